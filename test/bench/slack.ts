import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { FakeSlackApi, slackSignature } from "../fakes/slack-api.js";
import { freePort } from "../support/crash-bot.js";
import { type Child, childEnv, removeTemp, startChild, startProduct, tempDir } from "./child.js";
import { type Sample, seedSubmissions } from "./seed.js";
import { type Row, fmtMs, fmtRate, median, percentile, spread, until } from "./stats.js";

const SECRET = "bench-slack-signing-secret";
/** The seeded queue's reviewer (test/bench/seed.ts), configured as one, so presses and /triage are theirs. */
const REVIEWER = "U0SEEDREV";
const REVIEW_CHANNEL = "C0BENCHREVIEW";
/** Submissions in the seeded queue; every other one waits to be claimed. */
const QUEUE = 200;
/** Requests in flight at once, as a busy team's clicks arrive. */
const CONCURRENCY = 8;

type Request = { body: string; contentType: string };
type Round = { perS: number; latencies: number[]; failed: number };

/** The request Slack sends for `/triage <text>`, form-encoded as Slack sends it. */
const command = (text: string, n: number): Request => ({
  contentType: "application/x-www-form-urlencoded",
  body: new URLSearchParams({
    command: "/triage", text, user_id: REVIEWER, channel_id: REVIEW_CHANNEL, team_id: "T1", api_app_id: "A1", token: "t", trigger_id: `trb${n}`, response_url: "http://127.0.0.1:1/r",
  }).toString(),
});

/** A press on a card's Claim button for submission `id`, each with its own action_ts as Slack's are. */
const claim = (id: string, n: number): Request => {
  const payload = {
    type: "block_actions", team: { id: "T1" }, user: { id: REVIEWER }, api_app_id: "A1", token: "t", trigger_id: `trp${n}`,
    channel: { id: REVIEW_CHANNEL }, container: { type: "message", message_ts: "1700000000.000100", channel_id: REVIEW_CHANNEL },
    actions: [{ type: "button", action_id: "queue:claim", block_id: `card:${id}`, value: id, action_ts: `${1_700_000_000 + n}.000300` }],
  };
  return { contentType: "application/x-www-form-urlencoded", body: `payload=${encodeURIComponent(JSON.stringify(payload))}` };
};

/** The seeded ids that wait to be claimed (seed.ts files every other one as submitted, starting with the first). */
const claimable = (): string[] => Array.from({ length: QUEUE / 2 }, (_, i) => `KZ-AI-2025-${String(2 * i + 1).padStart(5, "0")}`);

/**
 * Sends `requests` to an app's `/slack/events`, `CONCURRENCY` at a time, each signed when it is sent (Slack's
 * v0 HMAC over a fresh timestamp, which the app checks); the latency of one is from its send to its answer.
 */
async function drive(port: number, requests: readonly Request[]): Promise<Round> {
  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    while (next < requests.length) {
      const r = requests[next++]!;
      const sent = performance.now();
      try {
        const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: "POST", headers: { "content-type": r.contentType, ...slackSignature(SECRET, r.body) }, body: r.body });
        await res.arrayBuffer();
        if (res.status !== 200) failed++;
      } catch {
        failed++;
      }
      latencies.push(performance.now() - sent);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { perS: (requests.length / (performance.now() - t0)) * 1000, latencies, failed };
}

/** Resolves once the fake Web API has had no call for 250 ms (or after 15 s): the app's background work is done. */
async function quiet(api: FakeSlackApi): Promise<void> {
  let seen = -1;
  await until(() => {
    const now = api.calls.length;
    const still = now === seen;
    seen = now;
    return still;
  }, 15_000, 250);
}

/** Starts an app as a child process and waits until it says Slack is up, so its start is not in any figure. */
async function startApp(kind: "product" | "bare", env: Record<string, string>): Promise<{ child: Child; port: number }> {
  const port = await freePort();
  const all = { ...env, SLACK_BOT_TOKEN: "xoxb-bench", SLACK_SIGNING_SECRET: SECRET, SLACK_PORT: String(port) };
  const child = kind === "product" ? startProduct(all) : startChild(process.execPath, ["--import", "tsx", "test/bench/slack-bare.ts"], childEnv(all));
  const up = await until(() => child.stderrLines().some((l) => l.includes('"slack.started"')), 30_000);
  if (!up) {
    await child.stop();
    throw new Error(`the ${kind} Slack app did not start: ${child.stderrLines().slice(-3).join(" | ")}`);
  }
  return { child, port };
}

/**
 * Issue 11's Slack figures: a reviewer's interactions through Bolt's HTTP receiver with signature checks, the
 * product (`node bot/start.mjs`, Slack only, over a seeded queue of 200 submissions) against a bare Bolt
 * app that only acks, both child processes on the same harness, rounds alternated in pairs. Two interactions: `/triage
 * queue`, answered in the ack from the queue as stored, and a press on a card's Claim, which commits the claim
 * before the ack and then refreshes the card through the outbox (posted to the fake Web API after the ack; the next round waits
 * until that is done, so neither app's round pays for it).
 */
export async function slack(samples: readonly Sample[], notes: string[], pairs = 2, requests = 100): Promise<Row[]> {
  const dir = await tempDir("slack");
  const api = new FakeSlackApi();
  try {
    const apiUrl = await api.start();
    const seeded = join(dir, "seeded.db");
    await seedSubmissions(seeded, QUEUE, samples);
    const env = { SLACK_API_URL: apiUrl, SLACK_REVIEWER_IDS: REVIEWER, SLACK_REVIEW_CHANNEL: REVIEW_CHANNEL, DEFAULT_LANGUAGE: "en", RATE_LIMIT_PER_MINUTE: "100000" };
    const queries = Array.from({ length: requests }, (_, i) => command("queue", i));
    // Each pair claims its own share of the waiting submissions, so every product press is a claim that succeeds.
    const share = Math.floor(claimable().length / pairs);
    const presses = claimable().map((id, i) => claim(id, i));
    const rounds = { product: { queue: [] as Round[], claim: [] as Round[] }, bare: { queue: [] as Round[], claim: [] as Round[] } };
    let failed = 0;
    // Both apps started once, before any round (their start is not timed), and driven in alternation.
    const apps = {
      product: await startApp("product", { ...env, DATABASE_PATH: seeded }),
      bare: await startApp("bare", { ...env, DATABASE_PATH: join(dir, "bare.db") }),
    };
    try {
      // Warm-up: the first requests pay for JIT, the reviewer's users.info and the statements' first run.
      for (const app of Object.values(apps)) await drive(app.port, queries.slice(0, 10));
      for (let pair = 0; pair < pairs; pair++) {
        for (const kind of ["product", "bare"] as const) {
          const q = await drive(apps[kind].port, queries);
          rounds[kind].queue.push(q);
          failed += q.failed;
        }
        for (const kind of ["product", "bare"] as const) {
          const c = await drive(apps[kind].port, presses.slice(pair * share, (pair + 1) * share));
          rounds[kind].claim.push(c);
          failed += c.failed;
          // The product posts the claimed cards after its acks; the next round starts once that work is done.
          await quiet(api);
        }
      }
    } finally {
      await Promise.all(Object.values(apps).map((app) => app.child.stop()));
    }
    // Every product press was a claim that took (a refusal would be an ephemeral message, and cheaper).
    const refused = api.calls.filter((c) => c.method === "chat.postEphemeral").length;
    const rows: Row[] = [];
    for (const [what, key, count] of [[`/triage queue over ${QUEUE} submissions`, "queue", requests], ["a card's Claim press (a committed claim, then the card refreshed)", "claim", share]] as const) {
      const p = rounds.product[key];
      const b = rounds.bare[key];
      const thr = p.map((r, i) => r.perS / b[i]!.perS);
      const p99 = p.map((r, i) => percentile(r.latencies, 99) / percentile(b[i]!.latencies, 99));
      rows.push({
        section: "slack",
        figure: `Slack, ${what}: interactions/s (${count} a round, ${CONCURRENCY} at once)`,
        product: `${fmtRate(median(p.map((r) => r.perS)), "req")}${spread(thr)}`,
        baseline: `bare Bolt app ${fmtRate(median(b.map((r) => r.perS)), "req")}`,
        ratio: median(thr),
        target: "—",
        met: null,
      });
      rows.push({
        section: "slack",
        figure: `Slack, ${what}: p99 request → answer`,
        product: `${fmtMs(median(p.map((r) => percentile(r.latencies, 99))))}${spread(p99)}`,
        baseline: `bare Bolt app ${fmtMs(median(b.map((r) => percentile(r.latencies, 99))))}`,
        ratio: median(p99),
        target: "—",
        met: null,
      });
    }
    notes.push(
      `Slack: ${pairs} product/bare pairs of rounds, each app a child process started once before the rounds (start not timed), signed requests to /slack/events from one client, ${CONCURRENCY} in flight. ` +
        `p50 /triage queue ${fmtMs(median(rounds.product.queue.map((r) => median(r.latencies))))} vs ${fmtMs(median(rounds.bare.queue.map((r) => median(r.latencies))))}, ` +
        `p50 Claim ${fmtMs(median(rounds.product.claim.map((r) => median(r.latencies))))} vs ${fmtMs(median(rounds.bare.claim.map((r) => median(r.latencies))))}; ` +
        `requests not answered 200: ${failed}; presses refused: ${refused}. Slack's own limit is an answer within 3 s.`,
    );
    return rows;
  } finally {
    await api.stop();
    await removeTemp(dir);
  }
}
