import { AsyncLocalStorage } from "node:async_hooks";
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import sqlite3 from "sqlite3";
import { z } from "zod";
import { StorageError } from "./errors.js";
import { MIGRATIONS, type Migration } from "./migrations.js";

export type SqlValue = string | number | null;
export type RunOutcome = { changes: number; lastId: number };

/** The statements repositories need. A `Database` provides them, and so does the handle `tx` lends out. */
export interface Queries {
  run(sql: string, params?: readonly SqlValue[]): Promise<RunOutcome>;
  /** The first row, or `undefined` when there is none; repositories parse it with zod. */
  get(sql: string, params?: readonly SqlValue[]): Promise<unknown>;
  all(sql: string, params?: readonly SqlValue[]): Promise<unknown[]>;
  /**
   * Once what was written through this handle is committed, folds the write-ahead log into the database file
   * and empties it. secure_delete zeroes erased rows in the pages it writes, but the -wal file still holds the
   * older images of those pages until a checkpoint truncates it (see test/bot/erasure.test.ts).
   */
  purgeWalAfterCommit(): Promise<void>;
}

/**
 * Statements of one transaction issued at once, for those that do not depend on each other: each is a round trip
 * to SQLite's thread, and they overlap. Like Promise.all, but a failure is passed on only once every one of them
 * has ended, so the ROLLBACK that follows never races a statement still running.
 */
export async function together<T extends readonly unknown[]>(work: { [K in keyof T]: Promise<T[K]> | T[K] }): Promise<T> {
  const settled = await Promise.allSettled(work as readonly unknown[]);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((s) => (s as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/** What the `reading` handle answers a write with: the work must be done again inside a transaction. */
export class WriteRefused extends Error {
  constructor() {
    super("a write through the read-only handle");
    this.name = "WriteRefused";
  }
}

const BUSY_TIMEOUT_MS = 5_000;
const SchemaVersion = z.object({ version: z.number().int().nullable() });
const SecureDelete = z.object({ secure_delete: z.literal(1) });
const Checkpoint = z.object({ busy: z.number().int() });

function failure(err: Error, sql: string): StorageError {
  return new StorageError(`${err.message} (in: ${sql.trim().split("\n")[0]?.slice(0, 80) ?? ""})`, { cause: err });
}

/** A plain SELECT can go to the read-only connection; anything else (INSERT … RETURNING, a PRAGMA) writes or sets. */
const isRead = (sql: string): boolean => /^\s*SELECT\b/i.test(sql);
/** A statement that only changes rows, so it may share a transaction with others (PRAGMAs and schema changes may not). */
const isRowWrite = (sql: string): boolean => /^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/i.test(sql);

const isConstraint = (error: unknown): boolean =>
  error instanceof StorageError && (error.cause as { code?: unknown } | undefined)?.code === "SQLITE_CONSTRAINT";

type PendingWrite = { sql: string; params: readonly SqlValue[] | undefined; resolve: (outcome: RunOutcome) => void; reject: (error: unknown) => void };

/**
 * Statements prepared once per connection and reused (the same few dozen SQL texts run on every turn). Bounded,
 * so SQL built with a varying number of placeholders cannot grow it without end; the oldest is finalized.
 */
const STATEMENT_CACHE_SIZE = 200;
// The promise is cached, not the statement: queries of the same SQL that start together (a Promise.all over ids)
// share one preparation, rather than each preparing its own and leaving all but one unfinalized, which makes the
// connection refuse to close (SQLITE_BUSY: unfinalized statements).
const statements = new WeakMap<sqlite3.Database, Map<string, Promise<sqlite3.Statement>>>();

function prepared(conn: sqlite3.Database, sql: string): Promise<sqlite3.Statement> {
  let cache = statements.get(conn);
  if (cache === undefined) statements.set(conn, (cache = new Map()));
  const cached = cache.get(sql);
  if (cached !== undefined) {
    // Most recently used last, so eviction takes the least recently used.
    cache.delete(sql);
    cache.set(sql, cached);
    return cached;
  }
  const preparing = new Promise<sqlite3.Statement>((resolve, reject) => {
    const statement = conn.prepare(sql, (err: Error | null) => (err ? reject(failure(err, sql)) : resolve(statement)));
  });
  cache.set(sql, preparing);
  // SQL that does not prepare is not kept: the next use reports its error again.
  preparing.catch(() => cache.get(sql) === preparing && cache.delete(sql));
  if (cache.size > STATEMENT_CACHE_SIZE) {
    const [oldest, evicted] = cache.entries().next().value as [string, Promise<sqlite3.Statement>];
    cache.delete(oldest);
    // node-sqlite3 finalizes after the statement's queued work, so a query still using it finishes first.
    evicted.then((st) => st.finalize(), () => undefined);
  }
  return preparing;
}

async function runOn(conn: sqlite3.Database, sql: string, params: readonly SqlValue[] = []): Promise<RunOutcome> {
  const statement = await prepared(conn, sql);
  return new Promise((resolve, reject) => {
    statement.run([...params], function (this: sqlite3.RunResult, err: Error | null) {
      if (err) reject(failure(err, sql));
      else resolve({ changes: this.changes, lastId: this.lastID });
    });
  });
}

/**
 * The first row, read by stepping the statement to its end: a statement stopped after its first row would keep
 * its read open (holding back checkpoints, or a COMMIT after an INSERT … RETURNING) until a reset, one more
 * round trip to SQLite's thread. Every `get` is of a row by its key, an aggregate or a LIMIT, so the rest is empty.
 */
async function getOn(conn: sqlite3.Database, sql: string, params: readonly SqlValue[] = []): Promise<unknown> {
  return (await allOn(conn, sql, params))[0];
}

async function allOn(conn: sqlite3.Database, sql: string, params: readonly SqlValue[] = []): Promise<unknown[]> {
  const statement = await prepared(conn, sql);
  return new Promise((resolve, reject) => {
    statement.all([...params], (err: Error | null, rows: unknown[]) => (err ? reject(failure(err, sql)) : resolve(rows)));
  });
}

/** Finalizes a connection's prepared statements; a connection closes only once none is left open. */
function finalizeAll(conn: sqlite3.Database): Promise<void> {
  const cache = statements.get(conn);
  statements.delete(conn);
  const finalize = (preparing: Promise<sqlite3.Statement>) =>
    preparing.then((st) => new Promise<void>((resolve) => st.finalize(() => resolve())), () => undefined);
  return Promise.all([...(cache?.values() ?? [])].map(finalize)).then(() => undefined);
}

/** TRUNCATE rather than PASSIVE: a passive checkpoint leaves the old frames in the -wal file for the next writer to overwrite. */
async function truncateWal(conn: sqlite3.Database): Promise<void> {
  const { busy } = Checkpoint.parse(await getOn(conn, "PRAGMA wal_checkpoint(TRUNCATE)"));
  if (busy !== 0) {
    throw new StorageError("committed, but another connection kept the write-ahead log from being emptied", { cause: undefined });
  }
}

function execOn(conn: sqlite3.Database, sql: string): Promise<void> {
  return new Promise((resolve, reject) => {
    conn.exec(sql, (err: Error | null) => (err ? reject(failure(err, sql)) : resolve()));
  });
}

/**
 * The writing connection, used by one piece of work at a time (see test/bot/storage.test.ts "concurrent
 * transactions"), and a read-only one beside it: WAL lets reads outside a transaction (the courier, lists)
 * run while a turn writes, instead of queueing behind it.
 */
export class Database implements Queries {
  readonly #conn: sqlite3.Database;
  #reader: sqlite3.Database | null = null;
  /** Every use of the connection waits here, so two awaiting transactions never interleave their statements. */
  #tail: Promise<unknown> = Promise.resolve();
  /** Reads in flight on the reader, so `close` waits for them. */
  readonly #reads = new Set<Promise<unknown>>();
  /** Single writes waiting for the connection, to be committed together (see `run`). */
  #batch: PendingWrite[] | null = null;
  #closed: Promise<void> | null = null;
  /** Marks work already holding the connection: using `db` there would wait for itself forever. */
  readonly #holding = new AsyncLocalStorage<true>();

  constructor(conn: sqlite3.Database) {
    this.#conn = conn;
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<RunOutcome> {
    if (!isRowWrite(sql)) return this.#exclusive(() => runOn(this.#conn, sql, params));
    if (this.#holding.getStore() === true) {
      return Promise.reject(new StorageError("the database was used directly inside a transaction; use its handle", { cause: undefined }));
    }
    if (this.#closed !== null) return Promise.reject(new StorageError("the database is closed", { cause: undefined }));
    return new Promise((resolve, reject) => {
      const write: PendingWrite = { sql, params, resolve, reject };
      if (this.#batch !== null) {
        this.#batch.push(write);
        return;
      }
      const batch = [write];
      this.#batch = batch;
      void this.#exclusive(async () => {
        // Writes issued from here on start the next batch.
        this.#batch = null;
        await this.#commitBatch(batch);
      });
    });
  }

  /**
   * Group commit for single writes outside a transaction (the courier's "sent", Telegram's keyboard records):
   * those queued while the connection was busy share one BEGIN … COMMIT instead of one commit each. A failing
   * statement is undone alone (SQLite aborts the statement, not the transaction) and fails only its caller;
   * every caller hears of its write only once the COMMIT is done, so a resolved write is as durable as before.
   */
  async #commitBatch(batch: readonly PendingWrite[]): Promise<void> {
    if (batch.length === 1) {
      const [only] = batch;
      await runOn(this.#conn, only!.sql, only!.params).then(only!.resolve, only!.reject);
      return;
    }
    const outcomes: ({ ok: true; value: RunOutcome } | { ok: false; error: unknown })[] = [];
    try {
      await this.#transaction(async () => {
        for (const write of batch) {
          const outcome = await runOn(this.#conn, write.sql, write.params).then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));
          // Anything but a constraint may have ended the transaction itself (a full disk, I/O): fail the batch whole.
          if (!outcome.ok && !isConstraint(outcome.error)) throw outcome.error;
          outcomes.push(outcome);
        }
      });
    } catch (error) {
      for (const write of batch) write.reject(error);
      return;
    }
    batch.forEach((write, i) => {
      const outcome = outcomes[i]!;
      if (outcome.ok) write.resolve(outcome.value);
      else write.reject(outcome.error);
    });
  }

  get(sql: string, params?: readonly SqlValue[]): Promise<unknown> {
    return isRead(sql) ? this.#read((conn) => getOn(conn, sql, params)) : this.#exclusive(() => getOn(this.#conn, sql, params));
  }

  all(sql: string, params?: readonly SqlValue[]): Promise<unknown[]> {
    return isRead(sql) ? this.#read((conn) => allOn(conn, sql, params)) : this.#exclusive(() => allOn(this.#conn, sql, params));
  }

  /** Opens the read-only connection (after the migrations, so it sees the schema they made). */
  async openReader(path: string): Promise<void> {
    const reader = await connect(path, sqlite3.OPEN_READONLY);
    reader.serialize();
    await runOn(reader, `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    this.#reader = reader;
  }

  /**
   * A read outside any transaction: on the reader when there is one, and issued at once. The reader is serialized,
   * so reads issued together still run one after another, but SQLite's thread starts the next without waiting
   * for this thread to take the previous answer (a chain here cost a round trip per read under load).
   */
  #read<T>(work: (conn: sqlite3.Database) => Promise<T>): Promise<T> {
    const reader = this.#reader;
    if (reader === null) return this.#exclusive(() => work(this.#conn));
    if (this.#holding.getStore() === true) {
      return Promise.reject(new StorageError("the database was used directly inside a transaction; use its handle", { cause: undefined }));
    }
    if (this.#closed !== null) return Promise.reject(new StorageError("the database is closed", { cause: undefined }));
    const result = work(reader);
    const settled = result.then(() => undefined, () => undefined);
    this.#reads.add(settled);
    void settled.then(() => this.#reads.delete(settled));
    return result;
  }

  /**
   * A handle that only reads, on the reader, outside any transaction, and refuses every write with `WriteRefused`:
   * the dispatcher steps a turn with it first, so a turn that only reads and answers never holds the writer while
   * it thinks (issue 13), and one that would write is stepped again inside a transaction.
   */
  readonly reading: Queries = {
    run: () => Promise.reject(new WriteRefused()),
    get: (sql, params) => (isRead(sql) ? this.get(sql, params) : Promise.reject(new WriteRefused())),
    all: (sql, params) => (isRead(sql) ? this.all(sql, params) : Promise.reject(new WriteRefused())),
    purgeWalAfterCommit: () => Promise.reject(new WriteRefused()),
  };

  /** Outside a transaction every statement has already committed, so the log is emptied at once. */
  purgeWalAfterCommit(): Promise<void> {
    return this.#exclusive(() => truncateWal(this.#conn));
  }

  /**
   * Runs `fn` inside BEGIN IMMEDIATE … COMMIT, or ROLLBACK when it throws (the error is rethrown as is).
   * Use only the `q` it hands you inside `fn`; the handle stops working when the transaction ends.
   * A purge asked for with `q.purgeWalAfterCommit()` runs right after the COMMIT; if it fails, the
   * transaction stays committed and `tx` rejects with a StorageError.
   */
  tx<T>(fn: (q: Queries) => Promise<T>): Promise<T> {
    return this.#exclusive(async () => {
      let purge = false;
      const result = await this.#transaction(async () => {
        let live = true;
        const guard = <R>(work: () => Promise<R>): Promise<R> =>
          live ? work() : Promise.reject(new StorageError("a transaction's handle was used after the transaction ended", { cause: undefined }));
        const q: Queries = {
          run: (sql, params) => guard(() => runOn(this.#conn, sql, params)),
          get: (sql, params) => guard(() => getOn(this.#conn, sql, params)),
          all: (sql, params) => guard(() => allOn(this.#conn, sql, params)),
          purgeWalAfterCommit: () => guard(async () => {
            purge = true;
          }),
        };
        try {
          return await fn(q);
        } finally {
          live = false;
        }
      });
      // Still inside #exclusive: no other work can write between the COMMIT and the checkpoint.
      if (purge) await truncateWal(this.#conn);
      return result;
    });
  }

  /** Waits for queued work, then closes the connection; later calls fail with a StorageError. Closing twice is harmless. */
  close(): Promise<void> {
    this.#closed ??= this.#exclusive(async () => {
      await Promise.all(this.#reads);
      for (const conn of this.#reader === null ? [this.#conn] : [this.#reader, this.#conn]) {
        await finalizeAll(conn);
        await new Promise<void>((resolve, reject) => {
          conn.close((err) => (err ? reject(new StorageError(err.message, { cause: err })) : resolve()));
        });
      }
    });
    return this.#closed;
  }

  /** Applies the migrations not yet recorded, each in its own transaction. */
  async migrate(migrations: readonly Migration[]): Promise<void> {
    assertOrdered(migrations);
    await this.run(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    )`);
    const { version: newest } = SchemaVersion.parse(await this.get("SELECT MAX(version) AS version FROM schema_migrations"));
    const known = migrations.at(-1)?.version ?? 0;
    if (newest !== null && newest > known) {
      throw new StorageError(`the database is at schema version ${newest}, newer than this code (${known})`, { cause: undefined });
    }
    for (const migration of migrations) {
      await this.#exclusive(() => this.#transaction(async () => {
        const applied = await getOn(this.#conn, "SELECT 1 FROM schema_migrations WHERE version = ?", [migration.version]);
        if (applied !== undefined) return;
        await execOn(this.#conn, migration.sql);
        await runOn(this.#conn, "INSERT INTO schema_migrations (version) VALUES (?)", [migration.version]);
      }));
    }
  }

  async #transaction<T>(body: () => Promise<T>): Promise<T> {
    await runOn(this.#conn, "BEGIN IMMEDIATE");
    let result: T;
    try {
      result = await body();
      await runOn(this.#conn, "COMMIT");
    } catch (error) {
      await this.#rollback(error);
      throw error;
    }
    return result;
  }

  async #rollback(original: unknown): Promise<void> {
    try {
      await runOn(this.#conn, "ROLLBACK");
    } catch (rollbackError) {
      throw new StorageError("rollback failed after an error", { cause: new AggregateError([original, rollbackError]) });
    }
  }

  #exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.#holding.getStore() === true) {
      return Promise.reject(new StorageError("the database was used directly inside a transaction; use its handle", { cause: undefined }));
    }
    if (this.#closed !== null) return Promise.reject(new StorageError("the database is closed", { cause: undefined }));
    const result = this.#tail.then(() => this.#holding.run(true, work));
    // The chain only orders the work; each caller still receives its own failure through `result`.
    this.#tail = result.then(() => undefined, () => undefined);
    return result;
  }
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    const previous = i === 0 ? 0 : migrations[i - 1]!.version;
    if (!Number.isInteger(m.version) || m.version <= previous) {
      throw new Error(`migration versions must increase: ${m.version} follows ${previous}`);
    }
  });
}

function connect(path: string, mode = sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const conn = new sqlite3.Database(path, mode, (err) => (err ? reject(new StorageError(err.message, { cause: err })) : resolve(conn)));
  });
}

/**
 * FULL syncs the write-ahead log at every commit; NORMAL only at checkpoints. In WAL mode both survive a
 * crash of the process (the commit is in the OS's hands once written); what NORMAL gives up is the last
 * transactions before a power loss or an OS crash, which may roll back (the file stays consistent).
 */
export type Synchronous = "normal" | "full";

/**
 * Opens (creating if needed) the SQLite file at `path` in WAL mode with foreign keys and secure_delete on,
 * and brings its schema up to date. `migrations` is replaceable only so tests can check the migration runner itself.
 */
export async function openDatabase(
  path: string,
  migrations: readonly Migration[] = MIGRATIONS,
  options: { synchronous?: Synchronous } = {},
): Promise<Database> {
  await mkdir(dirname(path), { recursive: true });
  const conn = await connect(path);
  // Statements run in the order issued even if a transaction fires several without awaiting each.
  conn.serialize();
  const db = new Database(conn);
  try {
    await db.get("PRAGMA journal_mode = WAL");
    await db.run("PRAGMA foreign_keys = ON");
    // Deleted rows and freed pages are overwritten with zeros, so /forget and retention leave no readable
    // remains in the file (ON, not FAST: FAST keeps the old content of pages moved to the freelist).
    SecureDelete.parse(await db.get("PRAGMA secure_delete = ON"));
    await db.run(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
    await db.run(`PRAGMA synchronous = ${(options.synchronous ?? "normal").toUpperCase()}`);
    await db.migrate(migrations);
    await db.openReader(path);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
