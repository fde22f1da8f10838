import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { astanaDate } from "../../bot/runtime/astana-time.js";
import { performEffect, type EffectContext } from "../../bot/runtime/effects.js";
import { createTranslator } from "../../bot/runtime/i18n.js";
import { openDatabase, type Database } from "../../bot/storage/db.js";
import { createSubmission } from "../../bot/storage/submissions.js";
import { upsertUser } from "../../bot/storage/users.js";
import { tempDir, removeTemp } from "./child.js";
import { InProc, inProcFounder } from "./inproc.js";
import { openPlain, type Plain } from "./plain-sqlite.js";
import { descriptions, seedSubmissions, type Sample } from "./seed.js";
import { fmtMs, fmtRate, median, percentile, spread, type Row } from "./stats.js";

/** Pragmas that decide what a commit costs; read from the product's write connection and set on the baseline's. */
const PRAGMAS = ["page_size", "journal_mode", "synchronous", "foreign_keys", "secure_delete", "cache_size", "temp_store", "mmap_size", "wal_autocheckpoint", "busy_timeout", "locking_mode"] as const;

/** The pragmas of the product's connection as it opened the file, inside a transaction so it is the writer's. */
async function productPragmas(db: Database): Promise<Record<string, string | number>> {
  return db.tx(async (q) => {
    const out: Record<string, string | number> = {};
    for (const name of PRAGMAS) {
      const row = (await q.get(`PRAGMA ${name}`)) as Record<string, string | number> | undefined;
      const value = row === undefined ? undefined : Object.values(row)[0];
      if (value !== undefined) out[name] = value;
    }
    return out;
  });
}

async function applyPragmas(c: Plain, pragmas: Record<string, string | number>): Promise<void> {
  for (const name of PRAGMAS) {
    const value = pragmas[name];
    if (value === undefined) continue;
    // journal_mode and busy_timeout answer with a row; run() is fine for both.
    await c.all(`PRAGMA ${name} = ${typeof value === "number" ? value : `'${value}'`}`);
  }
}

/** Filings in one arm: product or plain, `n` of them, each its own transaction; returns filings per second. */
type Arm = () => Promise<number>;

/**
 * Row 3a. Durable filings: `db.tx(createSubmission)` (bot/storage/submissions.ts) with a real assessment and
 * dossier, against a plain sqlite3 loop inserting the same JSON, one row per BEGIN IMMEDIATE…COMMIT, on a
 * connection with the product's own pragmas. Both JSON.stringify their objects per row, as any writer must.
 */
export async function filings(samples: readonly Sample[], notes: string[], pairs = 7, n = 500): Promise<Row[]> {
  const dir = await tempDir("filings");
  try {
    const db = await openDatabase(join(dir, "product", "triage.db"));
    const pragmas = await productPragmas(db);
    const plain = await openPlain(join(dir, "plain.db"));
    await applyPragmas(plain, pragmas);
    const check = await plain.get<Record<string, unknown>>("PRAGMA synchronous");
    await plain.exec(`CREATE TABLE filings (id INTEGER PRIMARY KEY, founder_user_id INTEGER NOT NULL, founder_chat_key TEXT NOT NULL, status TEXT NOT NULL,
      system_name TEXT, assessment_json TEXT NOT NULL, dossier_json TEXT NOT NULL, kb_version TEXT NOT NULL, lang TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`);
    const user = await db.tx((q) => upsertUser(q, "telegram", "777001", new Date().toISOString()));
    const bytes = median(samples.map((s) => JSON.stringify(s.assessment).length + JSON.stringify(s.dossier).length));

    const product: Arm = async () => {
      const start = performance.now();
      for (let i = 0; i < n; i++) {
        const s = samples[i % samples.length]!;
        await db.tx((q) => createSubmission(q, {
          founderUserId: user.id, founderChatKey: "telegram:777001", systemName: "ShopReply Assistant", assessment: s.assessment, dossier: s.dossier, lang: "en",
        }, new Date().toISOString()));
      }
      return n / ((performance.now() - start) / 1000);
    };
    const baseline: Arm = async () => {
      const start = performance.now();
      for (let i = 0; i < n; i++) {
        const s = samples[i % samples.length]!;
        const now = new Date().toISOString();
        await plain.run("BEGIN IMMEDIATE");
        await plain.run(
          `INSERT INTO filings (founder_user_id, founder_chat_key, status, system_name, assessment_json, dossier_json, kb_version, lang, created_at, updated_at)
           VALUES (?, ?, 'submitted', ?, ?, ?, ?, 'en', ?, ?)`,
          [user.id, "telegram:777001", "ShopReply Assistant", JSON.stringify(s.assessment), JSON.stringify(s.dossier), s.assessment.kbVersion, now, now],
        );
        await plain.run("COMMIT");
      }
      return n / ((performance.now() - start) / 1000);
    };
    // Warm both paths (JIT, page cache, the WAL file) before any timed arm.
    await product();
    await baseline();
    const p: number[] = [];
    const b: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < pairs; i++) {
      const [x, y] = i % 2 === 0 ? [await product(), await baseline()] : (([yy, xx]) => [xx, yy])([await baseline(), await product()]);
      p.push(x!);
      b.push(y!);
      ratios.push(x! / y!);
    }
    await plain.close();
    await db.close();
    notes.push(
      `Filings: ${pairs} alternated pairs of ${n} filings each (after one untimed pair), ${(bytes / 1024).toFixed(1)} KB of assessment + dossier JSON per row (median), ` +
        `pragmas read from the product's write connection and set on the baseline's: ${Object.entries(pragmas).map(([k, v]) => `${k}=${v}`).join(", ")} ` +
        `(baseline check: synchronous=${Object.values(check ?? {})[0]}).`,
    );
    return [{
      section: "storage",
      figure: "durable filings: `db.tx(createSubmission)` vs plain sqlite3 INSERT, one per BEGIN IMMEDIATE…COMMIT",
      product: `${fmtRate(median(p), "filings")}${spread(ratios)}`,
      baseline: fmtRate(median(b), "filings"),
      ratio: median(ratios),
      target: "≥ 0.6×",
      met: median(ratios) >= 0.6,
    }];
  } finally {
    await removeTemp(dir);
  }
}

/**
 * What one page of the team's queue needs, as one plain query: the columns shown and the latest move, the page's
 * keys chosen before any JSON is read (the cheapest single query on this schema we found; computing the columns
 * before the sort, as a first draft would, costs about 1.3× more at 10,000).
 */
const PLAIN_QUEUE_PAGE = `
  SELECT s.id, s.status, s.system_name, s.updated_at, s.resubmission_due,
    json_extract(s.dossier_json, '$.entries.systemName.confidential') AS name_confidential,
    json_extract(s.assessment_json, '$.tier') AS tier,
    json_extract(s.assessment_json, '$.prohibited') AS prohibited,
    e.action AS last_action, e.reason AS last_reason
  FROM (SELECT rowid AS r FROM submissions WHERE status IN ('submitted', 'in_review', 'changes_requested', 'escalated')
        ORDER BY created_at, id LIMIT 20) page
  JOIN submissions s ON s.rowid = page.r
  LEFT JOIN submission_events e ON e.id = (SELECT MAX(id) FROM submission_events WHERE submission_id = s.id AND action != 'answer')
  ORDER BY s.created_at, s.id`;

const REVIEWER = { chatKey: "slack:D0BENCHREV", userKey: "U0BENCHREV" };

/**
 * Rows 3b and 2b: a reviewer's /queue over 10,000 seeded submissions (half claimed), in this process.
 * - The `loadQueue` effect (bot/runtime/effects.ts performEffect) against the single plain query for a page of 20.
 * - The whole /queue turn through the runtime, as a diagnostic against the same query.
 * - Fairness: founders completing assessments through the runtime with and without a reviewer running /queue
 *   back to back on the same runtime. The reviewer is a Slack member only when staff is configured, so this row
 *   uses the terminal-independent runtime (bot/runtime/dispatch.ts createRuntime) with staff configured and a
 *   recording sender for every channel, rather than the Telegram process.
 */
/**
 * The fairness arms: with 3 founders an arm had 28 replies, so its "p99" was its slowest reply, one GC pause or
 * scheduler hiccup away from doubling (the ratio swung 1.1–5.2× across runs of the same code). 10 founders give
 * about 95 replies an arm, so the p99 is a percentile again, and 5 pairs a steadier median.
 */
const FAIR_FOUNDERS = 10;
const FAIR_PAIRS = 5;

export async function queue(samples: readonly Sample[], notes: string[], size = 10_000): Promise<Row[]> {
  const dir = await tempDir("queue");
  const rows: Row[] = [];
  try {
    const path = join(dir, "data", "triage.db");
    const seedStart = performance.now();
    await seedSubmissions(path, size, samples);
    const seedMs = performance.now() - seedStart;
    const db = await openDatabase(path);
    const plain = await openPlain(path);
    await applyPragmas(plain, await productPragmas(db));
    const p = new InProc(db, { reviewers: [REVIEWER.userKey], regulators: [] });
    try {
      // The reviewer's chat: the language first, then /queue works.
      const hello = await p.turn(REVIEWER.chatKey, REVIEWER.userKey, { type: "text", text: "hello" });
      await p.press(REVIEWER.chatKey, REVIEWER.userKey, hello.out, [/English/]);
      const reviewer = (await db.get("SELECT id FROM users WHERE channel_user_key = ?", [REVIEWER.userKey])) as { id: number };
      const now = new Date();
      const ctx: EffectContext = {
        userId: reviewer.id, chatKey: REVIEWER.chatKey, channel: "slack", role: "reviewer", lang: "en", now, today: astanaDate(now),
        translate: createTranslator(), allowedRoles: ["reviewer"],
      };
      const loadQueue = () => performEffect(db, { kind: "loadQueue" }, ctx);
      const first = await loadQueue();
      const listed = first.events[0] && "submissions" in first.events[0] ? (first.events[0].submissions as unknown[]).length : Number.NaN;
      const plainRows = (await plain.all(PLAIN_QUEUE_PAGE)).length;

      // Calls for about 150 ms (at least 3), so a slow path costs the bench little and a fast one is still averaged.
      const perCall = async (fn: () => Promise<unknown>) => {
        const start = performance.now();
        let calls = 0;
        while (calls < 3 || performance.now() - start < 150) {
          await fn();
          calls++;
        }
        return (performance.now() - start) / calls;
      };
      const effect = () => perCall(loadQueue);
      const query = () => perCall(() => plain.all(PLAIN_QUEUE_PAGE));
      await effect();
      await query();
      const e: number[] = [];
      const qq: number[] = [];
      const ratios: number[] = [];
      for (let i = 0; i < 5; i++) {
        const [a, b] = i % 2 === 0 ? [await effect(), await query()] : (([y, x]) => [x, y])([await query(), await effect()]);
        e.push(a!);
        qq.push(b!);
        ratios.push(a! / b!);
      }
      rows.push({
        section: "storage",
        figure: `/queue at ${size.toLocaleString("en")} submissions: the \`loadQueue\` effect vs one plain query (LIMIT 20)`,
        product: `${fmtMs(median(e))} per call${spread(ratios)}`,
        baseline: `${fmtMs(median(qq))} per query`,
        ratio: median(ratios),
        target: "≤ 3×",
        met: median(ratios) <= 3,
      });

      // The whole reviewer turn: dispatch of "/queue" until its reply reaches the sender.
      const queueTurn = async () => (await p.turn(REVIEWER.chatKey, REVIEWER.userKey, { type: "text", text: "/queue" }, { anyReply: true })).ms;
      const sampleReply = await p.turn(REVIEWER.chatKey, REVIEWER.userKey, { type: "text", text: "/queue" }, { anyReply: true });
      const replyChars = p.text(sampleReply.out).length;
      const listsSeeded = /KZ-AI-2025-/.test(p.text(sampleReply.out));
      const turns: number[] = [];
      for (let i = 0; i < 15; i++) turns.push(await queueTurn());
      rows.push({
        section: "storage",
        figure: `/queue at ${size.toLocaleString("en")}: the reviewer's whole turn through the runtime (diagnostic)`,
        product: `${fmtMs(median(turns))} p50, ${fmtMs(percentile(turns, 99))} max`,
        baseline: `${fmtMs(median(qq))} per query`,
        ratio: median(turns) / median(qq),
        target: "—",
        met: null,
      });

      // Fairness: founders' replies with and without the reviewer's /queue running back to back.
      const texts = await descriptions();
      let nextId = 7_100_000;
      const founders = async (count: number) => {
        const latencies: number[] = [];
        for (let i = 0; i < count; i++) {
          const id = nextId++;
          latencies.push(...(await inProcFounder(p, id, texts[id % texts.length]!.text)).latencies);
        }
        return latencies;
      };
      const arm = async (load: boolean) => {
        let stop = false;
        let served = 0;
        const loop = (async () => {
          while (load && !stop) {
            await queueTurn();
            served++;
          }
        })();
        const latencies = await founders(FAIR_FOUNDERS);
        stop = true;
        await loop;
        return { p99: percentile(latencies, 99), p50: median(latencies), n: latencies.length, served };
      };
      await arm(false);
      const without: number[] = [];
      const withLoad: number[] = [];
      const fair: number[] = [];
      const p50s: number[] = [];
      let served = 0;
      let samplesPerArm = 0;
      for (let i = 0; i < FAIR_PAIRS; i++) {
        const [quiet, loaded] = i % 2 === 0 ? [await arm(false), await arm(true)] : (([l, q]) => [q, l])([await arm(true), await arm(false)]);
        without.push(quiet!.p99);
        withLoad.push(loaded!.p99);
        fair.push(loaded!.p99 / quiet!.p99);
        p50s.push(loaded!.p50 / quiet!.p50);
        served += loaded!.served;
        samplesPerArm = loaded!.n;
      }
      rows.push({
        section: "fairness",
        figure: `a founder's p99 reply while a reviewer's /queue over ${size.toLocaleString("en")} runs back to back (in-process runtime)`,
        product: `${fmtMs(median(withLoad))} with /queue${spread(fair)}`,
        baseline: `${fmtMs(median(without))} without`,
        ratio: median(fair),
        target: "≤ 2×",
        met: median(fair) <= 2,
      });
      notes.push(
        `/queue: ${size.toLocaleString("en")} submissions seeded by SQL in ${fmtMs(seedMs)} (100 founders, every other one claimed, real assessments and dossiers); ` +
          `the effect listed ${listed} and the plain query ${plainRows} rows; a /queue reply is ${replyChars.toLocaleString("en")} characters${listsSeeded ? "" : " and did NOT list the seeded ids"}. ` +
          `Fairness: ${FAIR_PAIRS} alternated pairs, each arm ${FAIR_FOUNDERS} founders one after another (${samplesPerArm} replies per arm), the loaded arms served ${served} /queue turns in all; ` +
          `p50 ratio ${median(p50s).toFixed(2)}×. In-process the runtime has no rate limit (none is configured). "≤ 2×" stands for "not delayed": ` +
          `one process shares one event loop, so any concurrent work costs something; 2× is the bound the issue sets for the flood.`,
      );
      if (p.errors > 0) notes.push(`/queue: the runtime logged ${p.errors} errors.`);
    } finally {
      await p.stop();
      await plain.close();
      await db.close();
    }
    return rows;
  } finally {
    await removeTemp(dir);
  }
}
