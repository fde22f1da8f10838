import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

/**
 * `triage interview --batch` as an integrator runs it: one process, lines written one at a time, each reply read
 * before the next line is written. A reply that only came at the end of input would hang this test.
 */
function interviewProcess() {
  const child = spawn(process.execPath, ["--import", "tsx", "bot/channels/cli/triage.ts", "interview", "--batch", "--today", "2026-03-02"], { cwd: ROOT });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    async say(line: unknown): Promise<Record<string, unknown>> {
      child.stdin.write(`${typeof line === "string" ? line : JSON.stringify(line)}\n`);
      const next = await lines.next();
      assert.ok(!next.done, "a reply for every line");
      return JSON.parse(next.value) as Record<string, unknown>;
    },
    close: () => new Promise<number | null>((done) => {
      child.on("close", done);
      child.stdin.end();
    }),
  };
}

type Question = { id: string; kind: string; fields: string[]; text: string; options: { id: string; label: string; sets: Record<string, string> }[] };

test("interview --batch answers each line as it is read: confirmation, questions, then the result", { timeout: 60_000 }, async () => {
  const p = interviewProcess();
  try {
    const first = await p.say({ session: "s1", describe: "Камеры в офисе определяют эмоции сотрудников, согласия никто не спрашивает.", lang: "ru" });
    const understood = first.understood as { field: string; value: string; evidence: string[] }[];
    assert.ok(understood.some((u) => u.field === "emotionRecognition" && u.value === "yes" && u.evidence.length > 0));
    assert.deepEqual(first.prohibited, [{ code: "emotion_recognition_without_consent", article: { act: "ai-law", article: "17", point: "3", subpoint: "6" }, settled: false }]);
    const confirm = first.question as Question;
    assert.equal(confirm.kind, "confirm");
    assert.ok(confirm.fields.includes("emotionConsent"));
    assert.match(confirm.text, /Из вашего описания/);
    assert.equal(first.result, null);

    // Another session and a bad line in between change nothing in this one.
    const other = await p.say({ session: "s2", describe: "A grammar helper for school essays." });
    assert.equal(other.session, "s2");
    // Replies carry the number of the line they answer: this is the third.
    assert.deepEqual(await p.say("not json"), { line: 3, error: "line is not valid JSON" });
    const bad = await p.say({ session: "s1", facts: { emotionConsent: "maybe" } });
    assert.equal(bad.session, "s1");
    assert.match(String(bad.error), /emotionConsent: expected one of consent\|legal_basis\|no\|unknown/);
    assert.match(String((await p.say({ session: "nobody", facts: {} })).error), /no session "nobody"/);

    let reply = await p.say({ session: "s1", facts: confirm.options.find((o) => o.id === "confirm")!.sets });
    assert.deepEqual(reply.prohibited, [{ code: "emotion_recognition_without_consent", article: { act: "ai-law", article: "17", point: "3", subpoint: "6" }, settled: true }]);
    for (let i = 0; reply.question !== null; i++) {
      assert.ok(i < 20, "the interview ends");
      const q = reply.question as Question;
      // "No", "none of these", or else "I don't know": whatever sets the most.
      const option = q.options.find((o) => o.id === "no") ?? q.options.find((o) => o.id === "unknown")!;
      reply = await p.say({ session: "s1", facts: option.sets });
    }
    const result = reply.result as { tier: string; prohibited: { code: string }[]; lang: string; explanation: { tier: { title: string } } };
    assert.deepEqual(result.prohibited.map((f) => f.code), ["emotion_recognition_without_consent"]);
    assert.equal(result.lang, "ru");
    assert.ok(result.explanation.tier.title.length > 0);
  } finally {
    assert.equal(await p.close(), 0);
  }
});

test("interview without --batch is refused with a message and exit code 2", async () => {
  const child = spawn(process.execPath, ["--import", "tsx", "bot/channels/cli/triage.ts", "interview"], { cwd: ROOT });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += String(d)));
  const code = await new Promise<number | null>((done) => child.on("close", done));
  assert.equal(code, 2);
  assert.match(stderr, /interview needs --batch/);
});
