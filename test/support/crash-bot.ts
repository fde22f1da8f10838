import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

/** A port on 127.0.0.1 that nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** One JSON log line of the bot's stderr, with the process that wrote it. */
export type LogLine = { process: number; level?: string; event?: string; code?: string };

/** The environment one process of the bot runs with; `process` numbers the processes from 1. */
export type BotEnv = (process: number, slackPort: number) => Record<string, string>;

/**
 * Both channels against the fakes over one database file, the reviewer configured. Process n talks to the fakes
 * behind API roots "/p<n>", so a call tells which process made it. The flood limit is lifted: these people act
 * faster than people do, and it is not what these tests are about.
 */
export function bothChannels(o: { databasePath: string; telegramUrl: string; slackApiUrl: string; signingSecret: string; reviewer: string; logSalt: string }): BotEnv {
  return (n, slackPort) => ({
    DATABASE_PATH: o.databasePath,
    DEFAULT_LANGUAGE: "en",
    LOG_SALT: o.logSalt,
    RATE_LIMIT_PER_MINUTE: "100000",
    TELEGRAM_BOT_TOKEN: "123456:TEST-token-for-the-fake-api-000",
    TELEGRAM_API_ROOT: `${o.telegramUrl}/p${n}/`,
    SLACK_BOT_TOKEN: "xoxb-test",
    SLACK_SIGNING_SECRET: o.signingSecret,
    SLACK_HOST: "127.0.0.1",
    SLACK_PORT: String(slackPort),
    SLACK_API_URL: o.slackApiUrl.replace(/\/api\/$/, `/p${n}/api/`),
    SLACK_REVIEWER_IDS: o.reviewer,
  });
}

/**
 * The bot as production runs it, one process over one SQLite file, started again after every kill like a
 * supervisor with no restart delay would. It runs `node bot/start.mjs`, the command `npm start` runs (and the
 * README's systemd unit), without npm (and its shell) as the parent: the PID is the bot itself, so a SIGKILL lands on
 * the bot at once, as an OOM kill or a lost machine does, and leaves no orphan still polling Telegram or holding the
 * Slack port (a SIGKILL to npm's PID would kill npm only).
 */
export class BotProcess {
  /** The current process's number (1, 2, …); bumped at every start. */
  process = 0;
  slackPort = 0;
  kills = 0;
  /** Kills that landed before the process had said both channels were up. */
  killsDuringStartUp = 0;
  readonly log: LogLine[] = [];
  /** Lines of stderr that were not JSON (a crash's stack, Bolt's own output). */
  readonly rawStderr: string[] = [];
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();
  private ready = false;
  private readyWaiters: (() => void)[] = [];

  constructor(private readonly env: BotEnv) {}

  get running(): boolean {
    return this.child !== undefined;
  }

  get isReady(): boolean {
    return this.ready;
  }

  /** Starts a new process on a fresh Slack port; resolves once it is spawned (see `whenReady`). */
  async start(): Promise<void> {
    if (this.child) throw new Error("the bot is already running");
    this.process++;
    this.slackPort = await freePort();
    this.ready = false;
    const number = this.process;
    const child = spawn(process.execPath, ["bot/start.mjs"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...this.env(number, this.slackPort) },
      stdio: ["ignore", "ignore", "pipe"],
    });
    this.child = child;
    const started = new Set<string>();
    let rest = "";
    child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop()!;
      for (const line of lines) {
        let entry: Record<string, unknown>;
        try {
          entry = JSON.parse(line) as Record<string, unknown>;
        } catch {
          if (line.trim() !== "") this.rawStderr.push(`[process ${number}] ${line}`);
          continue;
        }
        this.log.push({ process: number, level: String(entry.level), event: String(entry.event), ...(typeof entry.code === "string" && { code: entry.code }) });
        if (entry.event === "telegram.started" || entry.event === "slack.started") started.add(String(entry.event));
        if (started.size === 2 && !this.ready && this.child === child) {
          this.ready = true;
          this.readyWaiters.splice(0).forEach((w) => w());
        }
      }
    });
    this.exited = new Promise((done) =>
      child.on("exit", (code, signal) => {
        if (this.child === child) {
          // Nobody killed it: the bot died by itself, which the test reports rather than hides.
          this.rawStderr.push(`[process ${number}] exited by itself: code ${code} signal ${signal}`);
          this.child = undefined;
          this.ready = false;
        }
        done();
      }),
    );
  }

  /** Resolves once both channels logged that they are up; rejects after `ms` or if the process died first. */
  async whenReady(ms = 30_000): Promise<void> {
    if (this.ready) return;
    const child = this.child;
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`process ${this.process} not ready after ${ms} ms; its log:\n${this.story(this.process)}`)), ms);
      this.readyWaiters.push(() => (clearTimeout(timer), done()));
      void this.exited.then(() => {
        if (this.child !== child || !this.ready) {
          clearTimeout(timer);
          fail(new Error(`process ${this.process} died before it was ready; its log:\n${this.story(this.process)}`));
        }
      });
    });
  }

  /** What process `n` said: its JSON log lines (level, event, code) and anything else it wrote. */
  story(n: number): string {
    const json = this.log.filter((l) => l.process === n).map((l) => `  ${l.level} ${l.event}${l.code ? ` ${l.code}` : ""}`);
    return [...json, ...this.rawStderr.filter((l) => l.startsWith(`[process ${n}]`))].join("\n");
  }

  /** SIGKILL by PID, and wait until the process is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    if (!this.ready) this.killsDuringStartUp++;
    this.child = undefined;
    this.ready = false;
    this.kills++;
    child.kill("SIGKILL");
    await this.exited;
  }

  /** SIGTERM at the end: the bot shuts down as it does on a deploy. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    this.ready = false;
    child.kill("SIGTERM");
    const forced = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await this.exited;
    clearTimeout(forced);
  }
}
