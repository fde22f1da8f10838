import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { isRealCitation, type Citation } from "../../knowledge/law/articles.js";

const ROOT = resolve(import.meta.dirname, "../..");

/** Runs the CLI as a user would (`npm run --silent triage -- …` runs exactly this). */
function triage(args: string[], stdin = ""): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", "bot/channels/cli/triage.ts", ...args], { cwd: ROOT, input: stdin, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const citationsIn = (value: unknown): Citation[] => {
  if (Array.isArray(value)) return value.flatMap(citationsIn);
  if (value === null || typeof value !== "object") return [];
  const o = value as Record<string, unknown>;
  const self = typeof o.act === "string" ? [o as unknown as Citation] : [];
  return [...self, ...Object.values(o).flatMap(citationsIn)];
};

test("assess --profile prints the tier, prohibited codes and obligations as JSON with real citations", () => {
  const dir = mkdtempSync(join(tmpdir(), "triage-cli-"));
  const file = join(dir, "profile.json");
  writeFileSync(file, JSON.stringify({ failureImpact: "severe", emotionRecognition: "yes", emotionConsent: "no", syntheticContent: "yes" }));
  const r = triage(["assess", "--profile", file, "--json", "--today", "2026-03-20"]);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.tier, "high");
  assert.deepEqual(out.prohibited.map((p: { code: string }) => p.code), ["emotion_recognition_without_consent"]);
  const codes = out.obligations.map((o: { code: string }) => o.code);
  assert.ok(codes.includes("synthetic_labelling") && codes.includes("trusted_list_audit"));
  assert.ok(out.obligations.every((o: { article: unknown; why: unknown }) => o.article && typeof o.why === "string"));
  assert.equal(out.timeline.start, "2026-03-20");
  assert.match(out.kbVersion, /^kb-/);
  const citations = citationsIn(out);
  assert.ok(citations.length > 10);
  assert.deepEqual(citations.filter((c) => !isRealCitation(c)), []);
});

test("assess --profile - reads the profile from stdin and answers in the chosen language", () => {
  const r = triage(["assess", "--profile", "-", "--lang", "kk"], JSON.stringify({ failureImpact: "minimal", userFacing: "no" }));
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /қауіп-қатер дәрежесі/i);
  assert.match(r.stdout, /заңгерлік кеңес емес/);
});

test("assess --describe reads a founder's words in Russian and shows what gave each field away", () => {
  const r = triage(["assess", "--describe", "Камеры показывают руководителю, кто из сотрудников злится", "--json"]);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.lang, "ru");
  const emotion = out.inferences.find((i: { field: string }) => i.field === "emotionRecognition");
  assert.equal(emotion?.value, "yes");
  assert.ok(emotion.evidence.length > 0);
  assert.ok(out.openQuestions.some((q: { field: string }) => q.field === "emotionConsent"));
});

test("a profile with a misspelt field or a wrong value is refused with exit code 2, naming the field", () => {
  const typo = triage(["assess", "--profile", "-"], JSON.stringify({ failureImpct: "severe" }));
  assert.equal(typo.code, 2);
  assert.match(typo.stderr, /failureImpct/);
  const wrong = triage(["assess", "--profile", "-"], JSON.stringify({ autonomy: "total" }));
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /profile\.autonomy/);
  assert.doesNotMatch(wrong.stderr, /\n\s+at /, "no stack trace");
  const notJson = triage(["assess", "--profile", "-"], "{not json");
  assert.equal(notJson.code, 2);
  const badLang = triage(["ask", "hello", "--lang", "de"]);
  assert.equal(badLang.code, 2);
  assert.match(badLang.stderr, /lang/);
  const unknownFlag = triage(["assess", "--profle", "x.json"]);
  assert.equal(unknownFlag.code, 2);
  const missingFile = triage(["assess", "--profile", "/nonexistent/profile.json"]);
  assert.equal(missingFile.code, 2);
  assert.match(missingFile.stderr, /nonexistent/);
});

test("assess --batch answers each line in order and a bad line does not stop the batch", () => {
  const lines = [
    JSON.stringify({ describe: "Біздің бот клиенттерге жауап береді", lang: "kk" }),
    "this is not json",
    JSON.stringify({ profile: { failureImpact: "severe" } }),
    JSON.stringify({ profile: { failureImpact: "catastrophic" } }),
    JSON.stringify({ question: "wrong kind of line" }),
  ].join("\n");
  const r = triage(["assess", "--batch", "--today", "2026-03-02", "--auditor-wait", "44"], lines);
  assert.equal(r.code, 0, r.stderr);
  const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(out.length, 5);
  assert.equal(out[0].lang, "kk");
  assert.ok(out[1].error);
  assert.equal(out[2].tier, "high");
  assert.equal(out[2].timeline.steps.find((s: { code: string }) => s.code === "auditor_wait").workingDays, 44, "the auditor backlog is configurable");
  assert.match(out[3].error, /failureImpact/);
  assert.ok(out[4].error);
});

test("ask answers with citations, a confidence and whether to escalate, as JSON and in batch", () => {
  const one = triage(["ask", "Do I have to label deepfake videos?", "--json"]);
  assert.equal(one.code, 0, one.stderr);
  const answer = JSON.parse(one.stdout);
  assert.ok(answer.answer.length > 0);
  assert.ok(answer.citations.length > 0);
  assert.equal(typeof answer.confidence, "number");
  assert.equal(answer.escalate, false);
  const batch = triage(["ask", "--batch"], [
    JSON.stringify({ question: "Есть ли в законе регуляторная песочница?", lang: "ru" }),
    JSON.stringify({ question: "" }),
    JSON.stringify({ question: "Who won the football match yesterday?", lang: "en" }),
  ].join("\n"));
  const out = batch.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(out.length, 3);
  assert.ok(out[0].citations.some((c: { entryId: string }) => c.entryId.startsWith("not_in_law.")));
  assert.ok(out[1].error);
  assert.equal(out[2].escalate, true);
});

test("schema --json prints the profile's JSON Schema; without --json a readable field list", () => {
  const json = triage(["schema", "--json"]);
  assert.equal(json.code, 0, json.stderr);
  const schema = JSON.parse(json.stdout);
  assert.equal(schema.type, "object");
  assert.deepEqual(schema.properties.autonomy.enum, ["low", "medium", "high", "unknown"]);
  const text = triage(["schema", "--lang", "ru"]);
  assert.match(text.stdout, /failureImpact: minimal \| harm \| severe \| unknown/);
  assert.match(text.stdout, /[а-я]/);
});

test("an unknown command prints the usage and exits with code 2", () => {
  const r = triage(["triage-everything"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /assess --profile/);
});
