import { test } from "node:test";
import assert from "node:assert/strict";
import { splitHtml } from "../../bot/channels/telegram/split-message.js";
import { callbackUpdate, lastButtons, press, readable, sent, startBot, startInEnglish, textUpdate, textsOf, type TgUser } from "./telegram-harness.js";

const FOUNDER: TgUser = { id: 701, is_bot: false, first_name: "Aigerim", language_code: "en" };
const INJECTION = "Is <b>Bold</b> & Co <script>alert(1)</script> allowed?";

/** Tags each part opens and closes itself: the fake refuses what Telegram would, so this pins what it parses. */
const balanced = (html: string): boolean => {
  const open: string[] = [];
  for (const m of html.matchAll(/<(\/?)(\w+)[^>]*>/g)) {
    if (m[1] === "") open.push(m[2]!);
    else if (open.pop() !== m[2]) return false;
  }
  return open.length === 0;
};

test("telegram: <b>, & and <script> a founder wrote arrive literally, in HTML Telegram accepts, with headings in bold", { timeout: 60_000 }, async () => {
  const bot = await startBot();
  try {
    await startInEnglish(bot, FOUNDER);
    const described = await bot.push(textUpdate(FOUNDER, "/assess"));
    assert.ok(sent(described).length > 0);
    const reading = await bot.push(textUpdate(FOUNDER, `Our cameras tell shop managers which customers look angry. ${INJECTION}`));
    assert.match(textsOf(reading), /From your description I understood/);
    await bot.push(textUpdate(FOUNDER, `/person ${INJECTION}`));
    const listed = await bot.push(textUpdate(FOUNDER, "/questions"));
    const message = sent(listed)[0]!;
    assert.equal(message.params.parse_mode, "HTML");
    assert.ok(String(message.params.text).includes("Is &lt;b&gt;Bold&lt;/b&gt; &amp; Co &lt;script&gt;alert(1)&lt;/script&gt; allowed?"));
    assert.ok(readable(String(message.params.text)).includes(INJECTION), "the founder reads exactly what they wrote");
    assert.match(String(message.params.text), /^<b>Your questions to a person: 1<\/b>\n/);
    // The fake parses HTML as Telegram does and refuses what it cannot: nothing was refused.
    assert.deepEqual(bot.api.calls.filter((c) => c.refusedWith !== undefined).map((c) => c.method), []);
  } finally {
    await bot.stop();
  }
});

test("telegram: the whole result in one go comes in parts under 4096 characters, the risk degree in bold", { timeout: 90_000 }, async () => {
  const bot = await startBot();
  try {
    await startInEnglish(bot, FOUNDER);
    let calls = await bot.push(textUpdate(FOUNDER, "A chatbot for a bakery: takes orders by name and phone. If it breaks, customers call instead."));
    for (let i = 0; !calls.some((c) => /Want more detail/.test(String(c.params.text))); i++) {
      assert.ok(i < 25);
      const pick = lastButtons(calls).find((b) => /^(Yes, all correct|None of these|No)\b/.test(b.text)) ?? lastButtons(calls).find((b) => /I don't know/.test(b.text))!;
      calls = await bot.push(callbackUpdate(FOUNDER, pick.callback_data));
    }
    assert.match(textsOf(calls), /Risk degree: /);
    assert.ok(sent(calls).some((c) => /<b>Risk degree: \w+ [^<]*<\/b>/.test(String(c.params.text))));
    const everything = sent(await bot.push(callbackUpdate(FOUNDER, press(calls, /Everything/))));
    assert.ok(everything.length >= 2, "split into several messages");
    for (const part of everything) {
      const text = String(part.params.text);
      assert.ok(text.length <= 4096, `a part of ${text.length} characters`);
      assert.ok(balanced(text), "every part parses on its own");
    }
  } finally {
    await bot.stop();
  }
});

test("telegram: a reply that is one 9,000-character line is split between words, every word whole, through the real sender", { timeout: 30_000 }, async () => {
  const bot = await startBot();
  try {
    const words = Array.from({ length: 1_200 }, (_, i) => `word${i}`);
    // A founder's question as stored, shown back in /questions: a single line with no sentence end.
    await bot.channel.send(
      { chatKey: `telegram:${FOUNDER.id}`, lang: "en", replies: [{ kind: "say", key: "queue.own.header", params: { count: words.join(" ") } }] },
      { skip: 0, accepted: async () => undefined },
    );
    const parts = sent(bot.api.calls).map((c) => String(c.params.text));
    assert.ok(parts.length >= 3);
    for (const part of parts) assert.ok(part.length <= 4096 && balanced(part), `part of ${part.length}: ${part.slice(-20)}`);
    const read = parts.map((p) => readable(p).trim().split(" ")).flat();
    assert.equal(read.join(" "), `Your questions to a person: ${words.join(" ")}`);
  } finally {
    await bot.stop();
  }
});

const splitCases: { description: string; text: string; limit: number; parts: string[] }[] = [
  { description: "a paragraph break in reach is preferred over a line break", text: "aa bb\n\ncc\ndd", limit: 10, parts: ["aa bb", "cc\ndd"] },
  { description: "then a line break", text: "aaa\nbbb ccc", limit: 8, parts: ["aaa", "bbb ccc"] },
  { description: "then the end of a sentence", text: "One two. Three four five", limit: 16, parts: ["One two.", "Three four five"] },
  { description: "then a space, never inside a word", text: "alpha beta gamma", limit: 12, parts: ["alpha beta", "gamma"] },
  { description: "bold text split at a word closes and reopens its tag", text: "<b>alpha beta gamma</b>", limit: 20, parts: ["<b>alpha beta</b>", "<b>gamma</b>"] },
  { description: "an entity is never cut, even in a word too long for a part", text: "abcdefg&amp;hij", limit: 9, parts: ["abcdefg", "&amp;hij"] },
];
for (const { description, text, limit, parts } of splitCases) {
  test(`splitting Telegram HTML: ${description}`, () => {
    assert.deepEqual(splitHtml(text, limit), parts);
  });
}
