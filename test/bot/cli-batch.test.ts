import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

/** Runs the CLI as `npm run --silent triage -- …` does; stdin may be bytes, so a test can send what is not UTF-8. */
function triage(args: string[], stdin: string | Buffer = ""): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", "bot/channels/cli/triage.ts", ...args], { cwd: ROOT, input: stdin, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Line = { line: number; error?: string; tier?: string; session?: string; citations?: unknown[] };
const batch = (args: string[], stdin: string | Buffer): Line[] => {
  const r = triage(args, stdin);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Line);
};

const json = (value: unknown) => JSON.stringify(value);
const tooManyKeys = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`extra${i}`, "x"]));

test("assess --batch answers every input line on its own numbered line, blank, whitespace-only and lone-CR lines included", () => {
  const input = [
    json({ describe: "Cameras tell managers who looks angry", lang: "en" }),
    "",
    '{"describe":"b\rc"}', // a lone CR is part of the line, not a line break
    "   \t",
    "\u00a0\u200b",
    `${json({ profile: { failureImpact: "severe" } })}\r`, // CRLF: the CR is dropped
    json({ profile: { failureImpact: "minimal" } }),
  ].join("\n");
  const out = batch(["assess", "--batch", "--today", "2026-03-02"], input);
  assert.deepEqual(out.map((o) => o.line), [1, 2, 3, 4, 5, 6, 7]);
  assert.ok(out[0]!.tier && !out[0]!.error);
  assert.equal(out[1]!.error, "line is empty");
  assert.equal(out[2]!.error, "line is not valid JSON");
  assert.equal(out[3]!.error, "line is empty");
  assert.equal(out[4]!.error, "line is empty");
  assert.equal(out[5]!.tier, "high");
  assert.ok(out[6]!.tier && !out[6]!.error);
});

test("the review's repro prints four lines for four input lines", () => {
  const out = batch(["assess", "--batch"], '{"describe":"a"}\n\n{"describe":"b\rc"}\n{"describe":"d"}\n');
  assert.deepEqual(out.map((o) => [o.line, o.error ?? "result"]), [[1, "result"], [2, "line is empty"], [3, "line is not valid JSON"], [4, "result"]]);
});

test("a UTF-8 byte-order mark before the first line or a profile is ignored, and a last line without a newline is answered", () => {
  const input = `\ufeff${json({ question: "Do I have to label deepfake videos?", lang: "en" })}\n${json({ question: "Is there a regulatory sandbox?", lang: "en" })}`;
  const out = batch(["ask", "--batch"], input);
  assert.deepEqual(out.map((o) => o.line), [1, 2]);
  assert.equal(out[0]!.error, undefined);
  assert.ok(out[0]!.citations!.length > 0);
  assert.equal(out[1]!.error, undefined);
  const profile = triage(["assess", "--profile", "-", "--json"], `\ufeff${json({ failureImpact: "severe" })}`);
  assert.equal(profile.code, 0, profile.stderr);
  assert.equal(JSON.parse(profile.stdout).tier, "high");
});

test("interview --batch numbers its replies too, and a blank line gets an error without ending the sessions", () => {
  const input = [json({ session: "s1", describe: "A grammar helper for school essays." }), " ", json({ session: "s1", facts: {} })].join("\n");
  const out = batch(["interview", "--batch", "--today", "2026-03-02"], input);
  assert.deepEqual(out.map((o) => [o.line, o.session, o.error]), [[1, "s1", undefined], [2, undefined, "line is empty"], [3, "s1", undefined]]);
});

test("a description or question with nothing readable in it is refused, naming the field, instead of an all-unknown result", () => {
  const notUtf8 = Buffer.concat([Buffer.from('{"describe":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('"}\n')]);
  const assessed = batch(["assess", "--batch"], Buffer.concat([Buffer.from(`${json({ describe: "  \u00a0 " })}\n${json({ describe: "\u200b\u200d\u2060\ufeff" })}\n`), notUtf8]));
  assert.deepEqual(assessed.map((o) => o.line), [1, 2, 3]);
  assert.match(assessed[0]!.error ?? "", /^describe: .*(space|invisible)/);
  assert.match(assessed[1]!.error ?? "", /^describe: .*(space|invisible)/);
  assert.match(assessed[2]!.error ?? "", /^describe: .*UTF-8/);

  const asked = batch(["ask", "--batch"], `${json({ question: "\u200b" })}\n${json({ question: "\ufffd\ufffd" })}\n`);
  assert.match(asked[0]!.error ?? "", /^question: .*(space|invisible)/);
  assert.match(asked[1]!.error ?? "", /^question: .*UTF-8/);

  const interviewed = batch(["interview", "--batch"], `${json({ session: "s1", describe: "\u180e\u200c " })}\n`);
  assert.equal(interviewed[0]!.session, "s1");
  assert.match(interviewed[0]!.error ?? "", /^describe: .*(space|invisible)/);

  const described = triage(["assess", "--describe", "\u200b \u200b", "--json"]);
  assert.equal(described.code, 2);
  assert.match(described.stderr, /--describe/);
  assert.equal(described.stdout, "");
  const question = triage(["ask", "\ufffd", "--lang", "ru"]);
  assert.equal(question.code, 2);
  assert.match(question.stderr, /ask/);
  assert.match(question.stderr, /UTF-8/);
});

test("thousands of unknown keys give a short error that names the first few and counts the rest", () => {
  const out = batch(["assess", "--batch"], `${json({ describe: "A chatbot for a bank", ...tooManyKeys })}\n${json({ profile: tooManyKeys })}\n`);
  assert.equal(out.length, 2);
  for (const o of out) {
    assert.ok(o.error!.length < 400, `${o.error!.length} characters`);
    assert.match(o.error!, /extra0/);
    assert.match(o.error!, /and 4995 more/);
  }
  const facts = batch(["interview", "--batch"], `${json({ session: "s1", describe: "A chatbot for a bank" })}\n${json({ session: "s1", facts: tooManyKeys })}\n`);
  assert.ok(facts[1]!.error!.length < 400, `${facts[1]!.error!.length} characters`);
  assert.match(facts[1]!.error!, /facts\.extra0/);
  assert.match(facts[1]!.error!, /and 4995 more/);
  const longKey = batch(["assess", "--batch"], json({ profile: { ["x".repeat(100_000)]: "severe" } }));
  assert.ok(longKey[0]!.error!.length < 200, `a 100,000-character key gave ${longKey[0]!.error!.length} characters`);
  const profile = triage(["assess", "--profile", "-"], json(tooManyKeys));
  assert.equal(profile.code, 2);
  assert.ok(profile.stderr.length < 400, `${profile.stderr.length} characters`);
  assert.match(profile.stderr, /and 4995 more/);
});
