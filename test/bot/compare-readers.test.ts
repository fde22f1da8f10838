import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { LANGS } from "../../knowledge/types.js";
import { startFakeOpenAi, type ChatRequest, type FakeReply } from "../fakes/openai-api.js";
import { freshSet, runOne, score, type Batch } from "../support/interview-score.js";

const ROOT = resolve(import.meta.dirname, "../..");

/** `npm run compare:llm` as an operator runs it, against the fake model. */
function compare(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "bot/channels/cli/compare-readers.ts", ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? "", ...env } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += String(d)));
  child.stderr.on("data", (d) => (stderr += String(d)));
  return new Promise((done) => child.on("close", (code) => done({ code, stdout, stderr })));
}

/**
 * A fake model that reads every description the same way: the system faces users, on the strength of the text's
 * first word. A plumbing check only: it makes the model column differ from the offline one, nothing more.
 */
function reader(body: ChatRequest): FakeReply {
  const text = JSON.parse(/<founder_text>\n(.*)\n<\/founder_text>/s.exec(body.messages.at(-1)!.content)![1]!) as string;
  return { content: JSON.stringify({ facts: [{ field: "userFacing", value: "yes", evidence: [text.split(/\s+/)[0]] }] }) };
}

type Figures = { n: number; fieldsRead: number; fieldsRight: number; plain: number; plainProposed: number; falseFlags: number; tierFromText: number; conversationRight: number };

test("compare:llm runs the frozen and dev sets with the model off and on; the offline column is the offline reader's own figures", { timeout: 240_000 }, async () => {
  const fake = await startFakeOpenAi(reader);
  const env = { LLM_BASE_URL: fake.baseUrl, LLM_MODEL: "kazllm-test", LLM_IN_COUNTRY: "true" };
  try {
    const r = await compare(["--json"], env);
    assert.equal(r.code, 0, r.stderr);
    const { rows, calls } = JSON.parse(r.stdout) as { rows: { lang: string; set: Batch; offline: Figures; model: Figures }[]; calls: Record<string, number> };
    assert.deepEqual(rows.map((row) => `${row.set} ${row.lang}`), ["frozen", "dev"].flatMap((set) => LANGS.map((lang) => `${set} ${lang}`)));
    for (const row of rows) {
      const own = score(freshSet(row.lang as never, row.set).map((d) => runOne(d, row.lang as never)));
      const off = row.offline;
      assert.equal(off.n, own.n);
      assert.equal(off.plainProposed / off.plain, own.prohibitedRecall, `${row.set} ${row.lang} prohibited recall`);
      assert.equal(off.falseFlags, own.falseFlags, `${row.set} ${row.lang} false flags`);
      assert.equal(off.tierFromText / off.n, own.tierFromText, `${row.set} ${row.lang} tier from text`);
      assert.equal(off.conversationRight / off.n, own.conversationRight, `${row.set} ${row.lang} conversation right`);
      assert.ok(off.fieldsRight <= off.fieldsRead && off.fieldsRead > 0);
      assert.notEqual(row.model.fieldsRead, off.fieldsRead, "the model's readings reached the model column");
    }
    // Every description was read by the model once, and each call counted.
    assert.deepEqual(calls, { ok: rows.length * 40 });
    assert.equal(fake.received.length, rows.length * 40);

    const text = await compare(["--sets", "frozen", "--langs", "en"], env);
    const lines = text.stdout.trim().split("\n");
    assert.match(lines[0]!, /^lang +set +n +measure +offline +model$/);
    const measures = lines.slice(1, 6).map((l) => l.split(/ {2,}/));
    assert.deepEqual(measures.map((m) => m.slice(0, 4)), ["fields right", "prohibited recall", "false flags", "tier from text", "conversation right"].map((m) => ["en", "frozen", "40", m]));
    assert.ok(measures.every((m) => m.length === 6), "an offline and a model figure on every line");
    assert.match(text.stdout, /model calls by outcome: \{"ok":40\}/);
  } finally {
    await fake.close();
  }
});

test("compare:llm refuses, with the reason, to run without a model it may send the descriptions to or without the sets", async () => {
  const abroad = await compare([], { LLM_BASE_URL: "http://127.0.0.1:9/v1", LLM_MODEL: "m" });
  assert.equal(abroad.code, 2);
  assert.match(abroad.stderr, /LLM_SEND_PERSONAL_TEXT=true/);
  const missing = await compare(["--dir", "/nonexistent", "--langs", "kk"], { LLM_BASE_URL: "http://127.0.0.1:9/v1", LLM_MODEL: "m", LLM_IN_COUNTRY: "true" });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^cannot read the description set \/nonexistent\/kk\.frozen\.json/);
  const typo = await compare(["--sets", "frozen,../x"], { LLM_BASE_URL: "http://127.0.0.1:9/v1", LLM_MODEL: "m", LLM_IN_COUNTRY: "true" });
  assert.equal(typo.code, 2);
  assert.match(typo.stderr, /^--sets\.1: expected set names like frozen,dev,dev2/);
});
