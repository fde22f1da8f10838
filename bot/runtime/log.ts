import { createHmac, randomBytes } from "node:crypto";

/**
 * Structured log fields. There is deliberately no free-text slot: what people write is personal data of
 * Kazakh citizens and never reaches the log (house style §10). Chats are logged by a hash of their key.
 */
export type LogFields = {
  event: string;
  code?: string;
  channel?: string;
  chatKeyHash?: string;
  step?: string;
  submissionId?: string;
  count?: number;
  port?: number;
  ms?: number;
};

export type Log = (level: "info" | "warn" | "error", fields: LogFields) => void;

/**
 * A secret salt: a bare hash of "telegram:<id>" is reversed by hashing every id (reliability review D16). Random
 * per process unless LOG_SALT is set (bot/main.ts), which keeps a chat's hash the same across restarts.
 */
let salt: Buffer = randomBytes(32);
export const setLogSalt = (secret: string): void => {
  salt = Buffer.from(secret, "utf8");
};
export const hashChatKey = (chatKey: string): string => createHmac("sha256", salt).update(chatKey).digest("hex").slice(0, 16);

/** One JSON line per entry on stderr, so stdout stays free for a terminal chat or CLI output. */
export const stderrLog: Log = (level, fields) => {
  process.stderr.write(`${JSON.stringify({ level, at: new Date().toISOString(), ...fields })}\n`);
};

/** A logger that keeps entries in memory, for tests that check what would be logged. */
export function memoryLog(): { log: Log; entries: (LogFields & { level: string })[] } {
  const entries: (LogFields & { level: string })[] = [];
  return { log: (level, fields) => entries.push({ level, ...fields }), entries };
}
