import { test } from "node:test";
import assert from "node:assert/strict";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { documentUpdate, startBot, startInEnglish, textUpdate, textsOf, type Bot, type TgUser } from "./telegram-harness.js";

const FOUNDER: TgUser = { id: 750, is_bot: false, first_name: "Nurlan", language_code: "en" };
const DESCRIPTION = "Our cameras tell shop managers which customers look angry.";

/** Sends `content` as a document named `name` at the description step. */
async function sendDocument(bot: Bot, name: string, content: Buffer, size = content.length) {
  await bot.push(textUpdate(FOUNDER, "/assess"));
  return bot.push(documentUpdate(FOUNDER, { file_id: bot.api.addFile(content), file_name: name, file_size: size }));
}

test("telegram: a description sent as a .txt document is read like typed text", { timeout: 60_000 }, async () => {
  const bot = await startBot();
  try {
    await startInEnglish(bot, FOUNDER);
    const read = await sendDocument(bot, "system.txt", Buffer.from(`\uFEFF${DESCRIPTION}\n`, "utf8"));
    assert.ok(bot.api.calls.some((c) => c.method === "getFile"), "the file was fetched from Telegram");
    assert.match(textsOf(read), /From your description I understood/);
    assert.match(textsOf(read), /emotions/);
  } finally {
    await bot.stop();
  }
});

test("telegram: a description sent as a .docx is read from its paragraphs", { timeout: 60_000 }, async () => {
  const bot = await startBot();
  try {
    await startInEnglish(bot, FOUNDER);
    const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun("Our cameras tell shop managers")] }), new Paragraph("which customers look angry.")] }] });
    const read = await sendDocument(bot, "System.DOCX", await Packer.toBuffer(doc));
    assert.match(textsOf(read), /From your description I understood/);
    assert.match(textsOf(read), /emotions/);
  } finally {
    await bot.stop();
  }
});

test("telegram: a document over the size cap, a PDF and a photo each get a translated note of what can be read", { timeout: 60_000 }, async () => {
  const bot = await startBot();
  try {
    await startInEnglish(bot, FOUNDER);
    const large = await sendDocument(bot, "system.txt", Buffer.from(DESCRIPTION), 600 * 1024);
    assert.match(textsOf(large), /larger than 512 KB/);
    assert.ok(!bot.api.calls.some((c) => c.method === "getFile"), "a file over the cap is not even fetched");
    const pdf = await sendDocument(bot, "system.pdf", Buffer.from("%PDF-1.4"));
    assert.match(textsOf(pdf), /cannot read PDF files yet/);
    const photo = await bot.push({ message: { message_id: 1, date: 0, chat: { id: FOUNDER.id, type: "private" }, from: FOUNDER, photo: [{ file_id: "p", file_unique_id: "p", width: 9, height: 9 }] } });
    assert.match(textsOf(photo), /I can read text, documents \(\.txt, \.md, \.docx\) and buttons/);
  } finally {
    await bot.stop();
  }
});
