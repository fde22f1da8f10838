import assert from "node:assert/strict";
import { zipEntry } from "../../bot/channels/telegram/document-text.js";

/** One file out of a ZIP archive (the dossier's DOCX), read with the product's own reader; fails when it is not there. */
export function unzipEntry(zip: Uint8Array, name: string): string {
  const text = zipEntry(Buffer.from(zip), name);
  assert.ok(text !== null, `${name} is not in the archive`);
  return text;
}
