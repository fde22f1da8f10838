import assert from "node:assert/strict";
import { describe, test, type TestContext } from "node:test";
import { RULE_FOOTPRINTS } from "../../knowledge/assess/footprints.js";
import { conditionFields, fieldHolds } from "../../knowledge/law/rules-condition.js";
import { applyAnswer, nextQuestion, openFields, pendingQuestions } from "../../knowledge/profile/next-question.js";
import { groupQuestions, interviewQuestions, isGroup, questionForField, type InterviewQuestion } from "../../knowledge/profile/questions.js";
import { emptyProfile, fieldValues, type ProfileField, type SystemProfile } from "../../knowledge/profile/schema.js";
import { ALL_NO, ALL_YES, profile } from "../fixtures/profiles.js";

/** How many answer paths end after each number of questions. */
type Lengths = Map<number, number>;

/**
 * Two interview states have the same future when the same questions may still be asked and the answers
 * those questions' rules and routing read are the same: which questions matter depends only on the fields
 * that share a rule footprint with them (RULE_FOOTPRINTS), on their `askWhen`, and for a group question on
 * which of its fields are still unknown. Keying the memo on that projection of (profile, asked), rather than
 * on the raw pair, lets paths that differ only in answers that can no longer matter share their future, so
 * every path is counted without being walked one by one. The last test below checks the projection against
 * a plain walk.
 */
function stateKey(p: SystemProfile, asked: readonly string[], pending: readonly InterviewQuestion[]): string {
  const fieldsOf = (q: InterviewQuestion): readonly ProfileField[] => (isGroup(q) ? q.fields : [q.field]);
  const open = new Set(pending.flatMap(fieldsOf));
  const live = new Set<ProfileField>(open);
  for (const footprint of RULE_FOOTPRINTS) if ([...footprint].some((f) => open.has(f))) footprint.forEach((f) => live.add(f));
  for (const f of open) {
    const gate = questionForField(f)?.askWhen;
    if (gate) conditionFields(gate).forEach((g) => live.add(g));
  }
  for (const q of pending) if (q.askWhen) conditionFields(q.askWhen).forEach((f) => live.add(f));
  const still = openFields(p, asked);
  return `${pending.map((q) => q.id).join(",")}|${[...live].sort().map((f) => `${f}=${p[f]}${still.has(f) ? "" : "!"}`).join(",")}`;
}

type Walk = { lengths: Lengths; states: number; asked: Set<string> };

/**
 * Walks every answer path from `start`: each question answered with each of its options, "I don't know"
 * included, until `nextQuestion` returns null. Fails on a question without options (a dead end), on a
 * question asked twice (a loop), and wherever `estimateRemaining` (the pending count) falls short of the
 * longest path still ahead.
 */
function walkEveryPath(
  start: SystemProfile,
  key: (p: SystemProfile, asked: string[], pending: InterviewQuestion[]) => string,
  answers: (q: InterviewQuestion) => readonly { id: string }[] = (q) => q.options,
): Walk {
  const memo = new Map<string, Lengths>();
  const asked = new Set<string>();
  const visit = (p: SystemProfile, done: string[]): Lengths => {
    const pending = pendingQuestions(p, done);
    const k = key(p, done, pending);
    const known = memo.get(k);
    if (known) return known;
    const q = nextQuestion(p, done);
    const lengths: Lengths = new Map();
    if (q === null) {
      lengths.set(0, 1);
    } else {
      assert.ok(!done.includes(q.id), `loop: ${q.id} asked twice after ${done.join(" > ")}`);
      assert.ok(q.options.length > 0, `dead end: ${q.id} has no options`);
      const fields = isGroup(q) ? q.fields : [q.field];
      assert.ok(fields.some((f) => p[f] === "unknown"), `${q.id} asked about known fields only`);
      assert.ok(!q.askWhen || fieldHolds(q.askWhen, p), `${q.id} asked against its askWhen`);
      assert.ok(pending.includes(q), `${q.id} was not counted as pending`);
      asked.add(q.id);
      for (const option of answers(q)) {
        const answered = applyAnswer(p, q.id, option.id);
        assert.ok(answered.ok);
        for (const [n, count] of visit(answered.value, [...done, q.id])) lengths.set(n + 1, (lengths.get(n + 1) ?? 0) + count);
      }
    }
    const longest = Math.max(...lengths.keys());
    assert.ok(pending.length >= longest, `estimate ${pending.length} < ${longest} remaining after ${done.join(" > ")}`);
    memo.set(k, lengths);
    return lengths;
  };
  const lengths = visit(start, []);
  return { lengths, states: memo.size, asked };
}

function summary(lengths: Lengths): { paths: number; shortest: number; longest: number; median: number } {
  const sorted = [...lengths.keys()].sort((a, b) => a - b);
  const paths = sorted.reduce((sum, n) => sum + (lengths.get(n) ?? 0), 0);
  assert.ok(Number.isSafeInteger(paths));
  let seen = 0;
  const median = sorted.find((n) => (seen += lengths.get(n) ?? 0) * 2 >= paths) ?? 0;
  return { paths, shortest: sorted[0] ?? 0, longest: sorted.at(-1) ?? 0, median };
}

const report = (t: TestContext, name: string, w: Walk): ReturnType<typeof summary> => {
  const s = summary(w.lengths);
  t.diagnostic(`${name}: ${s.paths} paths, shortest ${s.shortest}, median ${s.median}, longest ${s.longest} questions (${w.states} distinct states)`);
  t.diagnostic(`${name} lengths: ${[...w.lengths].sort(([a], [b]) => a - b).map(([n, c]) => `${n}:${c}`).join(" ")}`);
  return s;
};

const canonical = (p: SystemProfile, asked: string[], pending: InterviewQuestion[]): string => stateKey(p, asked, pending);

/**
 * The cap, down from the 25 questions of one question per field. The worst case reaches it: a founder who
 * answers "not sure" or "at least one" to both screenings, so that each listed capability is asked on its
 * own (emotions, scoring, automated decisions and the two state classes each in one combined question),
 * who has personal data (their lawful basis and location follow), leaves the failure question open (which
 * brings in the field of use and, for a sensitive field, the trusted list). A question added to the data
 * must raise this on purpose.
 */
const LONGEST_CAP = 22;

/** What a founder's description typically settles before the first question. */
const DESCRIBED = {
  chatbot: profile({ failureImpact: "harm", personalData: "yes", userFacing: "yes" }),
  generator: profile({ failureImpact: "minimal", personalData: "no", userFacing: "yes", syntheticContent: "yes", biometrics: "no" }),
  scoring: profile({ failureImpact: "harm", personalData: "yes", userFacing: "yes", automatedDecisions: "yes", domain: "finance", autonomy: "medium" }),
  moods: profile({ emotionRecognition: "yes", biometrics: "yes", personalData: "yes", domain: "employment", userFacing: "yes" }),
};

/** Only "none of these" on a screening: the paths of a founder whose system has none of the rare capabilities listed. */
const noneOfThese = (q: InterviewQuestion): readonly { id: string }[] => (isGroup(q) && q.kind === "screening" ? q.options.filter((o) => o.id === "no") : q.options);

describe("every answer path through the questions", () => {
  const fromEmpty = walkEveryPath(emptyProfile(), canonical);

  test("from an empty profile, every path ends, with no dead end and no loop, within the cap", (t) => {
    const s = report(t, "empty profile", fromEmpty);
    assert.ok(s.longest <= LONGEST_CAP, `longest path ${s.longest} > ${LONGEST_CAP}`);
    assert.ok(s.shortest > 0);
  });

  test("every question is asked on some path; one a combined question stands in for, once a description settled the field it combines with", () => {
    const unreached = interviewQuestions().filter((q) => !fromEmpty.asked.has(q.id));
    for (const q of unreached) {
      assert.ok(!isGroup(q), `${q.id} is never asked`);
      const group = groupQuestions().find((g) => g.kind === "combined" && g.fields.includes(q.field));
      assert.ok(group, `${q.id} is never asked`);
      // Everything else settled as in a quiet system, minimal or high-risk (some duties bind high-risk systems only),
      // the question's own gate open, the combined fields unknown but one.
      const gate = Object.fromEntries((q.askWhen ? conditionFields(q.askWhen) : []).map((f) => [f, ALL_YES[f]]));
      const quietSystems: SystemProfile[] = [ALL_NO, { ...ALL_NO, failureImpact: "severe" }];
      const reached = quietSystems.some((quiet) =>
        group.fields
          .filter((f) => f !== q.field)
          .some((other) =>
            fieldValues(other)
              .filter((v) => v !== "unknown")
              .some((v) => {
                const start = { ...quiet, ...gate, ...Object.fromEntries(group.fields.map((f) => [f, "unknown"])), [other]: v } as SystemProfile;
                return walkEveryPath(start, canonical).asked.has(q.id);
              }),
          ),
      );
      assert.ok(reached, `${q.id} is asked on no path`);
    }
  });

  for (const [name, start] of Object.entries(DESCRIBED)) {
    test(`a description that settles some answers (${name}) leaves shorter paths`, (t) => {
      const s = report(t, name, walkEveryPath(start, canonical));
      const empty = summary(fromEmpty.lengths);
      assert.ok(s.longest < empty.longest && s.median < empty.median, `${name}: ${s.median}/${s.longest} vs ${empty.median}/${empty.longest}`);
    });
  }

  test("a founder whose system has none of the rare capabilities walks short paths, and shorter still after a description", (t) => {
    const empty = report(t, "empty profile, 'none of these' on screenings", walkEveryPath(emptyProfile(), canonical, noneOfThese));
    assert.ok(empty.longest <= 9, `${empty.longest}`);
    for (const [name, start] of Object.entries(DESCRIBED)) {
      const s = report(t, `${name}, 'none of these' on screenings`, walkEveryPath(start, canonical, noneOfThese));
      assert.ok(s.median <= 6 && s.longest <= 7, `${name}: ${s.median}/${s.longest}`);
    }
  });

  test("sharing futures between states counts exactly what a plain walk counts", () => {
    // Few enough questions left to walk every path one by one, and the tier still open: the failure
    // question, the field of use, automated decisions and autonomy all read one another through the tier.
    const start = profile({
      personalData: "no", biometrics: "no", emotionRecognition: "no", socialScoring: "no", manipulation: "no",
      exploitsVulnerability: "no", prohibitedOutputs: "no", criticalInfrastructure: "no", stateResources: "no",
      userFacing: "yes", syntheticContent: "no", restrictedData: "no", trainsOnWorks: "no",
    });
    const plain = walkEveryPath(start, (p, asked) => `${asked.join(",")}|${JSON.stringify(p)}`);
    const shared = walkEveryPath(start, canonical);
    assert.ok(summary(plain.lengths).paths > 500);
    assert.deepEqual(shared.lengths, plain.lengths);
    assert.ok(shared.states < plain.states);
  });

  test("sharing futures also counts exactly what a plain walk counts through screenings and combined questions", () => {
    // The prohibited practices still open (a screening, then each practice, emotions and scoring combined), the rest settled.
    const start = profile({
      failureImpact: "harm", domain: "retail", autonomy: "low", userFacing: "yes", personalData: "yes", biometrics: "no",
      automatedDecisions: "no", syntheticContent: "no", trainsOnWorks: "no", restrictedData: "no", criticalInfrastructure: "no",
      stateResources: "no", dataStorage: "kazakhstan", trainingLocation: "kazakhstan",
    });
    const plain = walkEveryPath(start, (p, asked) => `${asked.join(",")}|${JSON.stringify(p)}`);
    const shared = walkEveryPath(start, canonical);
    assert.ok(plain.asked.has("prohibited-practices") && plain.asked.has("emotions") && plain.asked.has("scoring"));
    assert.ok(summary(plain.lengths).paths > 1000);
    assert.deepEqual(shared.lengths, plain.lengths);
    assert.ok(shared.states < plain.states);
  });
});
