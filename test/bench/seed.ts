import { copyFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import { RECHECKED_KB_VERSION } from "../../bot/runtime/rules-change.js";
import { openDatabase } from "../../bot/storage/db.js";
import { basisOf, DOSSIER_FIELDS, Dossier } from "../../flows/dossier/dossier.js";
import { Assessment } from "../../knowledge/assess/assessment.js";
import { KB_VERSION } from "../../knowledge/version.js";
import { ROOT } from "./child.js";
import { InProc, inProcFounder } from "./inproc.js";
import { openPlain } from "./plain-sqlite.js";

/** One real stored conversation at its result: what a founder's chat holds once assessed. */
export type Sample = { stateJson: string; profileJson: string; resultJson: string; assessment: Assessment; dossier: Dossier };

type Description = { id: string; text: string };
export async function descriptions(): Promise<Description[]> {
  return JSON.parse(await readFile(join(ROOT, "test", "fixtures", "descriptions", "en.json"), "utf8")) as Description[];
}

/** What a founder writes in a dossier field: a couple of plain sentences, as the dossier flow asks for. */
const FIELD_TEXT: Record<string, string> = {
  systemName: "ShopReply Assistant",
  version: "2.3.1, released March 2026; the model is retrained every quarter.",
  intendedUse: "Answers customers' questions about orders, delivery and returns in the shop's chat, in Kazakh and Russian, around the clock.",
  limitations: "It does not handle payment disputes or complaints about staff; those go to a person. Accuracy drops for long messages mixing languages.",
  purpose: "To cut the waiting time for simple questions from hours to seconds and free the support team for difficult cases.",
  functionality: "Classifies the question, looks up the order in the shop system, drafts an answer from approved templates and sends it; unsure answers are queued for a person.",
  dataSources: "Our own support history of 2023–2025 (about 180,000 conversations, names and phone numbers removed) and the product catalogue.",
  dataLocation: "Stored on servers of a data centre in Almaty; training runs on the same servers.",
  dataLibraries: "PyTorch 2.3, Hugging Face Transformers 4.41, a fine-tuned multilingual encoder; no third-party data sets.",
  algorithmicLogic: "A text classifier picks one of 140 intents; a retrieval step finds the order; a template is filled. No free generation is shown to customers.",
  potentialHarms: "A wrong answer about a refund deadline could make a customer miss it; personal data in a conversation could be shown to the wrong person.",
  mitigationMeasures: "Refund and deadline answers always come from the order system, never from the model; each chat is tied to the logged-in customer; weekly sample review.",
  residualRisks: "Misclassified intents still reach customers in about 2% of answers; those are corrected by a person within a working day.",
};

function realisticDossier(assessment: Assessment): Dossier {
  const entries = Object.fromEntries(
    DOSSIER_FIELDS.filter((f) => FIELD_TEXT[f] !== undefined).map((f) => [f, { value: FIELD_TEXT[f]!, confidential: f === "algorithmicLogic" }]),
  );
  return Dossier.parse({ entries, basis: basisOf(assessment) });
}

/**
 * Drives `count` founders (the English description fixtures, in order) through the product's runtime in this
 * process to their result, and keeps what each chat stored: the session's state and the assessment row. A mix
 * of real conversations, so that seeded rows are neither all the same profile nor made up.
 */
export async function sampleConversations(dir: string, count: number): Promise<Sample[]> {
  const db = await openDatabase(join(dir, "samples.db"));
  const p = new InProc(db);
  try {
    const texts = (await descriptions()).slice(0, count);
    const samples: Sample[] = [];
    for (const [i, d] of texts.entries()) {
      const { chatKey } = await inProcFounder(p, 9_000_000 + i, d.text);
      const session = (await db.get("SELECT state_json FROM sessions WHERE chat_key = ?", [chatKey])) as { state_json: string } | undefined;
      const stored = (await db.get("SELECT profile_json, result_json FROM assessments WHERE chat_key = ? ORDER BY id DESC LIMIT 1", [chatKey])) as
        | { profile_json: string; result_json: string }
        | undefined;
      if (!session || !stored) throw new Error(`the sample conversation ${d.id} stored no session or no assessment`);
      const assessment = Assessment.parse(JSON.parse(stored.result_json));
      samples.push({ stateJson: session.state_json, profileJson: stored.profile_json, resultJson: stored.result_json, assessment, dossier: realisticDossier(assessment) });
    }
    return samples;
  } finally {
    await p.stop();
    await db.close();
  }
}

/** A migrated, empty product database at `path` (the product's own openDatabase). */
export async function emptyDatabase(path: string): Promise<void> {
  const db = await openDatabase(path);
  await db.close();
}

const OPEN_FOR_QUEUE = ["submitted", "in_review"] as const;

/**
 * `n` filed submissions written straight into the product's tables, in one transaction: 100 founders, real
 * assessments and dossiers (cycled from `samples`), every other one claimed by a reviewer (a second history
 * row), as a busy queue looks. Ids use a past year's scope so the product's own counter never meets them.
 */
export async function seedSubmissions(path: string, n: number, samples: readonly Sample[]): Promise<void> {
  await emptyDatabase(path);
  const c = await openPlain(path);
  try {
    await c.run("BEGIN IMMEDIATE");
    const users = c.prepare("INSERT INTO users (channel, channel_user_key, role, created_at) VALUES (?, ?, ?, ?)");
    for (let i = 0; i < 100; i++) await users.run(["telegram", String(5_000_000 + i), "founder", "2025-01-01T00:00:00.000Z"]);
    await users.run(["slack", "U0SEEDREV", "reviewer", "2025-01-01T00:00:00.000Z"]);
    await users.finalize();
    const founders = await c.all<{ id: number; channel_user_key: string }>("SELECT id, channel_user_key FROM users WHERE channel = 'telegram' ORDER BY id");
    const reviewer = (await c.get<{ id: number }>("SELECT id FROM users WHERE channel_user_key = 'U0SEEDREV'"))!.id;
    const insert = c.prepare(
      `INSERT INTO submissions (id, founder_user_id, founder_chat_key, status, system_name, assessment_json, dossier_json, kb_version, lang,
         resubmission_due, created_at, updated_at, anonymised) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'en', NULL, ?, ?, 0)`,
    );
    const event = c.prepare(
      "INSERT INTO submission_events (submission_id, at, actor_user_id, actor_role, action, from_status, to_status, reason) VALUES (?, ?, ?, ?, ?, ?, ?, NULL)",
    );
    const json = samples.map((s) => ({ assessment: JSON.stringify(s.assessment), dossier: JSON.stringify(s.dossier), kb: s.assessment.kbVersion }));
    const start = Date.parse("2025-01-01T00:00:00.000Z");
    for (let i = 0; i < n; i++) {
      const founder = founders[i % founders.length]!;
      const sample = json[i % json.length]!;
      const id = `KZ-AI-2025-${String(i + 1).padStart(5, "0")}`;
      const at = new Date(start + i * 60_000).toISOString();
      const status = OPEN_FOR_QUEUE[i % 2]!;
      await insert.run([id, founder.id, `telegram:${founder.channel_user_key}`, status, `${FIELD_TEXT.systemName} ${i + 1}`, sample.assessment, sample.dossier, sample.kb, at, at]);
      await event.run([id, at, founder.id, "founder", "file", null, "submitted"]);
      if (status === "in_review") await event.run([id, at, reviewer, "reviewer", "claim", "submitted", "in_review"]);
    }
    await insert.finalize();
    await event.finalize();
    await c.run("COMMIT");
  } finally {
    await c.close();
  }
}

/**
 * `n` founders' stored conversations (user, session state and assessment, cycled from `samples`) written straight
 * into the product's tables. Chats are telegram:4000000 onwards, apart from the ids the load's founders use.
 */
export async function seedConversations(path: string, n: number, samples: readonly Sample[]): Promise<void> {
  await emptyDatabase(path);
  const c = await openPlain(path);
  try {
    await c.run("BEGIN IMMEDIATE");
    const users = c.prepare("INSERT INTO users (channel, channel_user_key, language, role, created_at) VALUES ('telegram', ?, 'en', 'founder', ?)");
    const at = "2026-01-20T09:00:00.000Z";
    for (let i = 0; i < n; i++) await users.run([String(4_000_000 + i), at]);
    await users.finalize();
    const ids = await c.all<{ id: number; channel_user_key: string }>("SELECT id, channel_user_key FROM users WHERE channel = 'telegram' ORDER BY id");
    const session = c.prepare("INSERT INTO sessions (chat_key, user_id, state_json, updated_at) VALUES (?, ?, ?, ?)");
    const assessment = c.prepare("INSERT INTO assessments (user_id, chat_key, kb_version, profile_json, result_json, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    for (const [i, u] of ids.entries()) {
      const s = samples[i % samples.length]!;
      const chatKey = `telegram:${u.channel_user_key}`;
      await session.run([chatKey, u.id, s.stateJson, at]);
      await assessment.run([u.id, chatKey, s.assessment.kbVersion, s.profileJson, s.resultJson, at]);
    }
    await session.finalize();
    await assessment.finalize();
    await c.run("COMMIT");
  } finally {
    await c.close();
  }
}

/** An older knowledge-base version for the re-check row; anything other than the current id is outdated. */
export const OLD_KB = "kb-2025.06.1";

/**
 * A copy of a seeded conversations file in which every assessment was made under an older knowledge-base
 * version with another risk tier, so the re-check re-assesses every one and finds each changed.
 */
export async function outdatedCopy(from: string, to: string): Promise<void> {
  await copyFile(from, to);
  const c = await openPlain(to);
  try {
    await c.run(
      `UPDATE assessments SET kb_version = ?, result_json = json_set(result_json, '$.kbVersion', ?,
         '$.tier', CASE json_extract(result_json, '$.tier') WHEN 'minimal' THEN 'high' ELSE 'minimal' END)`,
      [OLD_KB, OLD_KB],
    );
    // Nothing says the current version was ever checked.
    await c.run("DELETE FROM meta WHERE key = ?", [RECHECKED_KB_VERSION]);
  } finally {
    await c.close();
  }
}

export const CURRENT_KB = KB_VERSION.id;
