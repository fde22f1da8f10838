import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";

/** All of stdin as text (for `--profile -`). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** A profile file's text, or null when it cannot be read. */
export async function readProfileText(file: string): Promise<string | null> {
  if (file === "-") return readStdin();
  try {
    return await readFile(file, "utf8");
  } catch {
    return null;
  }
}

/** Non-empty stdin lines, in order, as they arrive: a batch can be streamed. */
export async function* stdinLines(): AsyncGenerator<string> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) if (line.trim() !== "") yield line;
}
