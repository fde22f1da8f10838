import sqlite3 from "sqlite3";

export type Plain = {
  run(sql: string, params?: unknown[]): Promise<void>;
  get<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T | undefined>;
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
  /** A statement prepared once, for seeding loops. */
  prepare(sql: string): { run(params: unknown[]): Promise<void>; finalize(): Promise<void> };
  close(): Promise<void>;
};

/**
 * A bare `sqlite3` connection (the module the product uses), with no wrapper, no zod and no queue: the baselines
 * and the seeders use it.
 */
export function openPlain(path: string): Promise<Plain> {
  return new Promise((resolve, reject) => {
    const conn = new sqlite3.Database(path, (err) => {
      if (err) return reject(err);
      const cb = (res: () => void, rej: (e: Error) => void) => (e: Error | null) => (e ? rej(e) : res());
      resolve({
        run: (sql, params = []) => new Promise((res, rej) => conn.run(sql, params, cb(res, rej))),
        get: <T>(sql: string, params: unknown[] = []) =>
          new Promise<T | undefined>((res, rej) => conn.get(sql, params, (e: Error | null, row: T) => (e ? rej(e) : res(row)))),
        all: <T>(sql: string, params: unknown[] = []) =>
          new Promise<T[]>((res, rej) => conn.all(sql, params, (e: Error | null, rows: T[]) => (e ? rej(e) : res(rows)))),
        exec: (sql) => new Promise((res, rej) => conn.exec(sql, cb(res, rej))),
        prepare(sql) {
          const statement = conn.prepare(sql);
          return {
            run: (params) => new Promise((res, rej) => statement.run(params, cb(res, rej))),
            finalize: () => new Promise((res) => statement.finalize(() => res())),
          };
        },
        close: () => new Promise((res, rej) => conn.close(cb(res, rej))),
      });
    });
  });
}
