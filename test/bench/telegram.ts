import { copyFile, mkdir } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { RECHECKED_KB_VERSION } from "../../bot/runtime/rules-change.js";
import { BenchBotApi } from "./bot-api.js";
import { BENCH_TOKEN, type Child, childEnv, cpuMs, removeTemp, rssKiB, sampleRss, startChild, startProduct, tempDir } from "./child.js";
import { echoFounder, Inbox, productFounder, textUpdate, type FounderRun, type PlanStep } from "./founders.js";
import { openPlain } from "./plain-sqlite.js";
import { CURRENT_KB, descriptions, OLD_KB, outdatedCopy, seedConversations, type Sample } from "./seed.js";
import { fmtMiB, fmtMs, fmtRate, median, percentile, sleep, spread, within, type Row } from "./stats.js";

/** Each founder waits at most this long for one reply before counting as failed. */
const TURN_TIMEOUT_MS = 30_000;

type Bot = { kind: "product" | "echo"; api: BenchBotApi; inbox: Inbox; child: Child; startedMs: number };

/** Fresh chat ids for every round, so no founder meets an earlier conversation or the rate limit of another round. */
let nextChat = 1_000_000;
const chatIds = (n: number) => Array.from({ length: n }, () => nextChat++);

/**
 * Starts a bot under test on its own fake Bot API and resolves once it polls: the product as the brief runs it
 * (`node bot/start.mjs`, the product's default configuration otherwise), or the echo bot.
 */
async function startBot(kind: Bot["kind"], env: Record<string, string> = {}): Promise<Bot> {
  const api = new BenchBotApi();
  const root = await api.start();
  const inbox = new Inbox(api);
  const t0 = performance.now();
  const base = { TELEGRAM_BOT_TOKEN: BENCH_TOKEN, TELEGRAM_API_ROOT: root, ...env };
  const child = kind === "product" ? startProduct(base) : startChild(process.execPath, ["--import", "tsx", "test/bench/echo-bot.ts"], childEnv(base));
  try {
    const polled = await within(45_000, `${kind} bot polling`, Promise.race([
      api.polling,
      child.exited.then((code) => {
        throw new Error(`${kind} bot exited with ${code} before polling: ${child.stderrLines().slice(-3).join(" ")}`);
      }),
    ]));
    return { kind, api, inbox, child, startedMs: polled - t0 };
  } catch (error) {
    await child.stop();
    await api.stop();
    throw error;
  }
}

async function stopBot(bot: Bot): Promise<void> {
  await bot.child.stop();
  await bot.api.stop();
}

/** Error lines the product logged (JSON lines on stderr), by event, for the notes. */
function loggedErrors(child: Child): string[] {
  return child.stderrLines().filter((l) => /"level":"error"/.test(l)).map((l) => /"event":"([^"]+)"/.exec(l)?.[1] ?? l.slice(0, 80));
}

type Round = { updates: number; wallMs: number; perS: number; queued: number[]; served: number[]; cpuPerUpdateMs: number; failed: string[]; fallbacks: number; runs: FounderRun[] };

async function round(bot: Bot, founders: ((chatId: number) => Promise<FounderRun>)[]): Promise<Round> {
  const ids = chatIds(founders.length);
  const cpu0 = cpuMs(bot.child.pid);
  const t0 = performance.now();
  const runs = await Promise.all(founders.map((f, i) => f(ids[i]!)));
  const turns = runs.flatMap((r) => r.turns);
  const end = Math.max(t0, ...turns.map((t) => t.repliedAt));
  const cpu = cpuMs(bot.child.pid) - cpu0;
  bot.api.clearStamps();
  const wallMs = end - t0;
  return {
    updates: turns.length,
    wallMs,
    perS: turns.length / (wallMs / 1000),
    queued: turns.map((t) => t.repliedAt - t.queuedAt),
    served: turns.map((t) => t.repliedAt - t.servedAt),
    cpuPerUpdateMs: cpu / Math.max(1, turns.length),
    failed: runs.filter((r) => r.error !== undefined).map((r) => r.error!),
    fallbacks: turns.filter((t) => t.fallback).length,
    runs,
  };
}

const productRound = (bot: Bot, n: number, texts: readonly string[]) =>
  round(bot, Array.from({ length: n }, (_, i) => (chatId: number) => productFounder(bot.inbox, chatId, texts[i % texts.length]!, TURN_TIMEOUT_MS)));
const echoRound = (bot: Bot, plans: readonly PlanStep[][]) =>
  round(bot, plans.map((plan) => (chatId: number) => echoFounder(bot.inbox, chatId, plan, TURN_TIMEOUT_MS)));

/**
 * Rows 1 and 2a. The product and the echo bot each run as one process for the whole section (a fresh database
 * for the product), polling their own fake Bot API; rounds alternate P, E with fresh founders each round, after
 * one untimed warm-up round each at the largest size measured (both are long-running servers: a round of 10 left
 * most of the product's code to V8's first tiers, and its first timed rounds ran up to 2× slower than its later
 * ones, which measured the JIT rather than the bot). In a round all founders start at once; the echo founders replay the preceding
 * product round's per-founder updates (same count, same kinds, same texts). Throughput is the round's updates
 * over the time from its first push to its last reply; latency runs from the founder queuing an update at the
 * fake ("arrival") to its reply.
 */
export async function telegram(notes: string[], options: { pairs: number; sizes: readonly number[] }): Promise<Row[]> {
  const dir = await tempDir("telegram");
  const texts = (await descriptions()).map((d) => d.text);
  const rows: Row[] = [];
  let product: Bot | undefined;
  let echo: Bot | undefined;
  try {
    [product, echo] = await Promise.all([startBot("product", { DATABASE_PATH: join(dir, "data", "triage.db") }), startBot("echo")]);
    const warm = await productRound(product, Math.max(...options.sizes), texts);
    await echoRound(echo, warm.runs.map((r) => r.plan));
    const failures: string[] = [...warm.failed];
    let fallbacks = 0;
    for (const n of options.sizes) {
      const pr: Round[] = [];
      const er: Round[] = [];
      for (let i = 0; i < options.pairs; i++) {
        const p = await productRound(product, n, texts);
        const e = await echoRound(echo, p.runs.map((r) => r.plan));
        pr.push(p);
        er.push(e);
        failures.push(...p.failed, ...e.failed);
        fallbacks += p.fallbacks;
      }
      const thr = pr.map((p, i) => p.perS / er[i]!.perS);
      const p99 = pr.map((p, i) => percentile(p.queued, 99) / percentile(er[i]!.queued, 99));
      const updates = median(pr.map((p) => p.updates));
      rows.push({
        section: "telegram",
        figure: `Telegram, ${n} founders completing assessments: updates/s (${updates} updates a round)`,
        product: `${fmtRate(median(pr.map((p) => p.perS)), "upd")}${spread(thr)}`,
        baseline: `echo bot ${fmtRate(median(er.map((e) => e.perS)), "upd")}`,
        ratio: median(thr),
        target: "≥ 0.5×",
        met: median(thr) >= 0.5,
      });
      rows.push({
        section: "telegram",
        figure: `Telegram, ${n} founders: p99 arrival → reply`,
        product: `${fmtMs(median(pr.map((p) => percentile(p.queued, 99))))}${spread(p99)}`,
        baseline: `echo bot ${fmtMs(median(er.map((e) => percentile(e.queued, 99))))}`,
        ratio: median(p99),
        target: "≤ 3×",
        met: median(p99) <= 3,
      });
      notes.push(
        `Telegram ${n}: ${options.pairs} P/E pairs, after one untimed warm-up round of ${Math.max(...options.sizes)} founders each. p50 arrival → reply ${fmtMs(median(pr.map((p) => median(p.queued))))} vs ${fmtMs(median(er.map((e) => median(e.queued))))}; ` +
          `p99 served (in a getUpdates answer) → reply ${fmtMs(median(pr.map((p) => percentile(p.served, 99))))} vs ${fmtMs(median(er.map((e) => percentile(e.served, 99))))}; ` +
          `bot CPU per update ${median(pr.map((p) => p.cpuPerUpdateMs)).toFixed(2)} ms vs ${median(er.map((e) => e.cpuPerUpdateMs)).toFixed(2)} ms.`,
      );
    }

    const mix = (bot: Bot) =>
      [...bot.api.counts.entries()].filter(([m]) => !["getUpdates", "getMe", "deleteWebhook", "setMyCommands"].includes(m))
        .map(([m, n]) => `${m} ${(n / Math.max(1, bot.api.pushed)).toFixed(2)}`).join(", ");
    const productMix = mix(product);
    const echoMix = mix(echo);

    // Row 2a: one founder floods while others complete assessments, with the product's default configuration.
    const victims = 8;
    const floodArm = async (flood: boolean) => {
      const flooder = nextChat++;
      let pushing: Promise<void> = Promise.resolve();
      if (flood) {
        pushing = (async () => {
          for (let sent = 0; sent < 500; sent += 10) {
            product!.api.push(...Array.from({ length: 10 }, (_, k) => textUpdate(flooder, `flood ${sent + k}`)));
            await sleep(20);
          }
        })();
      }
      const r = await productRound(product!, victims, texts);
      await pushing;
      // The flood's own answers trail behind; give them a moment so they are counted.
      if (flood) await sleep(300);
      return { p99: percentile(r.queued, 99), replies: r.queued.length, failed: r.failed, floodAnswered: product!.inbox.unclaimed.get(String(flooder)) ?? 0 };
    };
    await floodArm(false);
    const quiet: number[] = [];
    const loaded: number[] = [];
    const ratios: number[] = [];
    const answered: number[] = [];
    for (let i = 0; i < 5; i++) {
      const [q, l] = i % 2 === 0 ? [await floodArm(false), await floodArm(true)] : (([b, a]) => [a, b])([await floodArm(true), await floodArm(false)]);
      quiet.push(q!.p99);
      loaded.push(l!.p99);
      ratios.push(l!.p99 / q!.p99);
      answered.push(l!.floodAnswered);
      failures.push(...q!.failed, ...l!.failed);
    }
    rows.push({
      section: "fairness",
      figure: `Telegram: another founder's p99 reply while one founder floods 500 messages (${victims} founders, default config)`,
      product: `${fmtMs(median(loaded))} during the flood${spread(ratios)}`,
      baseline: `${fmtMs(median(quiet))} unloaded`,
      ratio: median(ratios),
      target: "≤ 2×",
      met: median(ratios) <= 2,
    });
    notes.push(
      `Flood: 500 texts from one user in bursts of 10 every 20 ms (≈ 500/s) while ${victims} founders complete assessments; 5 alternated pairs; p99 over each arm's replies (about ${victims * 9}). ` +
        `The product runs with its default RATE_LIMIT_PER_MINUTE (20), so the flood is mostly refused by the limit: the flooder got ${answered.join(", ")} messages back per flood ` +
        `(its first 20 turns and one "slow down" notice); the other ~480 are skipped before they reach a turn.`,
    );
    notes.push(`Bot API calls per update in the throughput rounds (warm-up included): product ${productMix}; echo ${echoMix}.`);
    notes.push(
      `Telegram harness: ${fallbacks} product turns had no keyboard (counted to their first message); ` +
        `failed founders: ${failures.length === 0 ? "none" : failures.slice(0, 3).join("; ")}; product errors logged: ${loggedErrors(product.child).join(", ") || "none"}; ` +
        `start to first getUpdates: product ${fmtMs(product.startedMs)}, echo ${fmtMs(echo.startedMs)}.`,
    );
    return rows;
  } finally {
    if (product) await stopBot(product);
    if (echo) await stopBot(echo);
    await removeTemp(dir);
  }
}

/**
 * Rows 4 and 5, on 10,000 stored conversations seeded by SQL (users, sessions with real state, assessments).
 * Memory: RSS of the product's `node` process idle after start and its peak under 50 founders (sampled every
 * 100 ms, with VmHWM), 10,000 conversations vs an empty database, alternated pairs. Start: the same 10,000
 * with every assessment under an older knowledge-base version and another tier (so each one changes), time from
 * spawning the process to the reply to a /start queued at the fake before it polls; baseline the same start on
 * an empty database. Then 10 founders complete assessments while the re-check runs, and the bench waits for
 * the re-check to record that it finished (the `meta` row bot/runtime/rules-change.ts writes).
 */
export async function seeded(
  samples: readonly Sample[],
  notes: string[],
  options: { conversations: number; recheckWaitMs: () => number; pairs: number },
): Promise<Row[]> {
  const dir = await tempDir("seeded");
  const texts = (await descriptions()).map((d) => d.text);
  const rows: Row[] = [];
  try {
    const seededPath = join(dir, "seeded.db");
    const emptyPath = join(dir, "empty.db");
    const seedStart = performance.now();
    await seedConversations(seededPath, options.conversations, samples);
    const seedMs = performance.now() - seedStart;
    await seedConversations(emptyPath, 0, samples);
    const stateBytes = median(samples.map((s) => s.stateJson.length));

    let run = 0;
    const memoryRun = async (from: string) => {
      const path = join(dir, `run${run++}`, "triage.db");
      await copyDb(from, path);
      const bot = await startBot("product", { DATABASE_PATH: path });
      try {
        await sleep(1_000);
        const idle = rssKiB(bot.child.pid).rss;
        const sampler = sampleRss(bot.child.pid);
        const load = await productRound(bot, 50, texts);
        const peak = sampler.stop();
        return { idle, peak: Math.max(peak, rssKiB(bot.child.pid).hwm), perS: load.perS, failed: load.failed.length };
      } finally {
        await stopBot(bot);
        await removeTemp(join(path, "..")).catch(() => undefined);
      }
    };
    const mem: { s: Awaited<ReturnType<typeof memoryRun>>; e: Awaited<ReturnType<typeof memoryRun>> }[] = [];
    for (let i = 0; i < options.pairs; i++) {
      if (i % 2 === 0) {
        const s = await memoryRun(seededPath);
        mem.push({ s, e: await memoryRun(emptyPath) });
      } else {
        const e = await memoryRun(emptyPath);
        mem.push({ s: await memoryRun(seededPath), e });
      }
    }
    const peakRatios = mem.map((m) => m.s.peak / m.e.peak);
    rows.push({
      section: "memory",
      figure: `RSS with ${options.conversations.toLocaleString("en")} stored conversations vs an empty database (peak under 50 founders)`,
      product: `${fmtMiB(median(mem.map((m) => m.s.peak)))}${spread(peakRatios)}`,
      baseline: fmtMiB(median(mem.map((m) => m.e.peak))),
      ratio: median(peakRatios),
      target: "≤ 1.2×",
      met: median(peakRatios) <= 1.2,
    });
    notes.push(
      `Memory: ${options.conversations.toLocaleString("en")} conversations seeded in ${fmtMs(seedMs)} (${(stateBytes / 1024).toFixed(1)} KB of state JSON each, median, from ${samples.length} real conversations); ` +
        `idle RSS ${fmtMiB(median(mem.map((m) => m.s.idle)))} vs ${fmtMiB(median(mem.map((m) => m.e.idle)))} (${(median(mem.map((m) => m.s.idle / m.e.idle))).toFixed(2)}×); ` +
        `throughput of the 50 founders ${(median(mem.map((m) => m.s.perS / m.e.perS))).toFixed(2)}× the empty database's.`,
    );

    // Row 4: start with outdated assessments.
    const outdatedPath = join(dir, "outdated.db");
    await outdatedCopy(seededPath, outdatedPath);
    const startRun = async (from: string, waitRecheck: boolean) => {
      const path = join(dir, `run${run++}`, "triage.db");
      await copyDb(from, path);
      const api = new BenchBotApi();
      const root = await api.start();
      const inbox = new Inbox(api);
      const t0 = performance.now();
      const waitMs = waitRecheck ? options.recheckWaitMs() : 0;
      const child = startProduct({ TELEGRAM_BOT_TOKEN: BENCH_TOKEN, TELEGRAM_API_ROOT: root, DATABASE_PATH: path });
      try {
        const chat = nextChat++;
        const first = await inbox.turn(chat, textUpdate(chat, "/start"), 30_000).then((r) => r.turn.repliedAt - t0, () => Number.NaN);
        const polledMs = (api.pollingAt ?? Number.NaN) - t0;
        const result = {
          first, polledMs, p99: Number.NaN, failed: 0, recheckMs: Number.NaN, checked: Number.NaN, checkedAtMs: Number.NaN, notified: 0, errors: [] as string[], rss: Number.NaN,
          exit: child.proc.exitCode, lastLog: child.stderrLines().slice(-3).map((l) => /"event":"([^"]+)"/.exec(l)?.[1] ?? l.slice(0, 100)).join(", "),
        };
        if (!waitRecheck) return result;
        const during = await productRound({ kind: "product", api, inbox, child, startedMs: polledMs }, 10, texts);
        result.p99 = percentile(during.queued, 99);
        result.failed = during.failed.length;
        // The re-check records each assessment it settled (notified_version) and, at the end, the version it ran for.
        const meta = await openPlain(path);
        try {
          const end = t0 + waitMs;
          for (;;) {
            const row = await meta.get<{ value: string }>("SELECT value FROM meta WHERE key = ?", [RECHECKED_KB_VERSION]).catch(() => undefined);
            if (row?.value === CURRENT_KB) {
              result.recheckMs = performance.now() - t0;
              break;
            }
            if (performance.now() >= end) break;
            await sleep(250);
          }
          const settled = await meta.get<{ n: number }>("SELECT COUNT(*) AS n FROM assessments WHERE kb_version = ? AND notified_version = ?", [OLD_KB, CURRENT_KB]).catch(() => undefined);
          result.checked = settled?.n ?? Number.NaN;
          result.checkedAtMs = performance.now() - t0;
        } finally {
          await meta.close();
        }
        result.notified = [...inbox.unclaimed.entries()].filter(([chatId]) => Number(chatId) >= 4_000_000 && Number(chatId) < 5_000_000).reduce((n, [, c]) => n + c, 0);
        result.errors = loggedErrors(child);
        result.rss = rssKiB(child.pid).hwm;
        return result;
      } finally {
        await child.stop();
        await api.stop();
        await removeTemp(join(path, "..")).catch(() => undefined);
      }
    };
    // Alternated pairs for the first reply (E O E O); the last outdated run, the bench's last, also waits for the re-check.
    const firsts: { e: number; o: number }[] = [];
    let last: Awaited<ReturnType<typeof startRun>> | undefined;
    let emptyRun: Awaited<ReturnType<typeof startRun>> | undefined;
    for (let i = 0; i < options.pairs; i++) {
      const lastPair = i === options.pairs - 1;
      const e = await startRun(emptyPath, i === 0);
      emptyRun ??= e;
      const o = await startRun(outdatedPath, lastPair);
      if (lastPair) last = o;
      firsts.push({ e: e.first, o: o.first });
      for (const r of [e, o]) if (!Number.isFinite(r.first)) notes.push(`Start: a run got no reply to its /start within 30 s (exit ${r.exit}; last log lines: ${r.lastLog || "none"}).`);
    }
    const outdated = last!;
    const empty = emptyRun!;
    const firstRatios = firsts.map((f) => f.o / f.e);
    const firstMs = median(firsts.map((f) => f.o));
    rows.push({
      section: "start",
      figure: `start with ${options.conversations.toLocaleString("en")} outdated assessments: process start → first update answered`,
      product: `${fmtMs(firstMs)}${spread(firstRatios)}`,
      baseline: `${fmtMs(median(firsts.map((f) => f.e)))} (empty database)`,
      ratio: median(firstRatios),
      target: "≤ 2 s",
      met: firstMs <= 2_000,
    });
    const done = Number.isFinite(outdated.recheckMs);
    const rate = outdated.checked / (outdated.checkedAtMs / 1000);
    rows.push({
      section: "start",
      figure: "the rules re-check completes in the background",
      product: done
        ? `done ${fmtMs(outdated.recheckMs)} after start${outdated.recheckMs > outdated.first ? ", after the first reply" : ", before the first reply"}`
        : `${outdated.checked.toLocaleString("en")} of ${options.conversations.toLocaleString("en")} re-checked ${fmtMs(outdated.checkedAtMs)} after start (${rate.toFixed(0)}/s: done in about ${fmtMs((options.conversations / rate) * 1000)})`,
      baseline: "—",
      ratio: null,
      target: "completes, start not blocked",
      met: done && firstMs <= 2_000,
    });
    rows.push({
      section: "start",
      figure: "10 founders' p99 reply right after that start, while the re-check and its notifications run (diagnostic)",
      product: fmtMs(outdated.p99),
      baseline: `${fmtMs(empty.p99)} (empty database)`,
      ratio: outdated.p99 / empty.p99,
      target: "—",
      met: null,
    });
    notes.push(
      `Start: ${options.pairs} alternated pairs for the first reply; first getUpdates ${fmtMs(outdated.polledMs)} (outdated) vs ${fmtMs(empty.polledMs)} (empty) after spawn. ` +
        `The re-check run waited up to the bench's budget: ${outdated.notified.toLocaleString("en")} notifications reached seeded chats by then; peak RSS ${fmtMiB(outdated.rss)} vs ${fmtMiB(empty.rss)}; ` +
        `founders failed ${outdated.failed} / ${empty.failed}; product errors logged: ${outdated.errors.join(", ") || "none"}.`,
    );
    return rows;
  } finally {
    await removeTemp(dir);
  }
}

/** Copies a closed database file (its WAL was folded in when its last connection closed) into a fresh folder. */
async function copyDb(from: string, to: string): Promise<void> {
  await mkdir(join(to, ".."), { recursive: true });
  await copyFile(from, to);
}
