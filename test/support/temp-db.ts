import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type Database } from "../../bot/storage/db.js";

export type TempDb = { db: Database; path: string; cleanup: () => Promise<void> };

/** A real SQLite file in a fresh temporary folder; the file sits one folder down so opening must create it. */
export async function tempDb(): Promise<TempDb> {
  const dir = await mkdtemp(join(tmpdir(), "kz-ai-triage-"));
  const path = join(dir, "data", "triage.sqlite");
  const db = await openDatabase(path);
  return {
    db,
    path,
    cleanup: async () => {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Runs `body` against a fresh database file and removes it afterwards, whatever happens. */
export async function withTempDb(body: (db: Database, path: string) => Promise<void>): Promise<void> {
  const { db, path, cleanup } = await tempDb();
  try {
    await body(db, path);
  } finally {
    await cleanup();
  }
}
