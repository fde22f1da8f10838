import { readFile } from "node:fs/promises";

// TextDecoder, not Buffer#toString: it drops a leading UTF-8 byte-order mark (Windows editors write one, and
// JSON.parse refuses it), and the bytes that are not UTF-8 become U+FFFD, which input.ts refuses by field.

/** All of stdin as text (for `--profile -`). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** A profile file's text, or null when it cannot be read. */
export async function readProfileText(file: string): Promise<string | null> {
  if (file === "-") return readStdin();
  try {
    return new TextDecoder().decode(await readFile(file));
  } catch {
    return null;
  }
}

/** One stdin line and its number, counted from 1 as an editor counts. */
export type InputLine = { number: number; text: string };

/**
 * Every stdin line, blank ones included, as it arrives, so a batch can be streamed and answer N is the answer to
 * line N. Only LF ends a line and a CRLF's CR is dropped: readline also breaks at a lone CR, which split a line in
 * two and shifted every answer after it. See test/bot/cli-batch.test.ts.
 */
export async function* stdinLines(): AsyncGenerator<InputLine> {
  const decoder = new TextDecoder();
  let pending = "";
  let number = 0;
  for await (const chunk of process.stdin) {
    pending += decoder.decode(chunk as Buffer, { stream: true });
    let start = 0;
    for (let end = pending.indexOf("\n"); end !== -1; end = pending.indexOf("\n", start)) {
      const text = pending.slice(start, end);
      yield { number: ++number, text: text.endsWith("\r") ? text.slice(0, -1) : text };
      start = end + 1;
    }
    pending = pending.slice(start);
  }
  pending += decoder.decode();
  // The last line need not end with a newline.
  if (pending !== "") yield { number: ++number, text: pending };
}
