import { inflateRawSync } from "node:zlib";

/** The largest document we fetch: a description is a few pages, and a file of this size holds many. */
export const MAX_DOCUMENT_KB = 512;
/** The most text we unpack from a .docx, so a small zip that inflates to gigabytes (a zip bomb) is refused. */
const MAX_UNPACKED = 4 * 1024 * 1024;

/** How a document is read, by its extension; PDF needs a parser we do not carry (README "Telegram"). */
export type DocumentKind = "text" | "docx" | "pdf" | "other";
export function documentKind(fileName: string): DocumentKind {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext === "txt" || ext === "md") return "text";
  if (ext === "docx") return "docx";
  if (ext === "pdf") return "pdf";
  return "other";
}

/** The text of a .txt/.md (UTF-8) or .docx document, or null when it holds none we can read. */
export function documentText(kind: "text" | "docx", bytes: Buffer): string | null {
  try {
    const text = kind === "text" ? new TextDecoder("utf-8", { fatal: true }).decode(bytes) : docxText(bytes);
    return text === null || text.trim() === "" ? null : text.replace(/^\uFEFF/, "");
  } catch {
    return null;
  }
}

/** A .docx is a zip: its body is word/document.xml, one <w:p> per paragraph, the words in <w:t> runs. */
function docxText(zip: Buffer): string | null {
  const xml = zipEntry(zip, "word/document.xml");
  if (xml === null) return null;
  return xml
    .replace(/<w:tab\/>/g, "\t")
    .replace(/<w:br\/>|<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&apos;/g, "'").replace(/&amp;/g, "&")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * One file of a zip archive as UTF-8, read through its central directory; null when it is not there. The tests read
 * the dossier's own DOCX with it too (test/support/unzip.ts), so one ZIP reader serves both.
 */
export function zipEntry(zip: Buffer, name: string): string | null {
  // The end-of-central-directory record sits in the last 22 bytes plus a comment of at most 64 KB.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let n = 0; n < count && zip.readUInt32LE(at) === 0x02014b50; n++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString("utf8", at + 46, at + 46 + nameLength) === name) {
      const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const raw = zip.subarray(data, data + size);
      if (method === 0) return raw.toString("utf8");
      if (method === 8) return inflateRawSync(raw, { maxOutputLength: MAX_UNPACKED }).toString("utf8");
      return null;
    }
    at += 46 + skip;
  }
  return null;
}
