import { dirname, join } from "node:path";
import { z } from "zod";
import { Lang, type Result, ok, fail } from "../knowledge/types.js";

const nonEmpty = z.string().trim().min(1);
const blankAsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsUnset, schema.optional());
// Digits only, so "1e2" or "0x10" is reported rather than read as a number nobody meant. At most a century:
// beyond that "keep" is what was meant, and a far larger number would make the sweep's cut-off an invalid date.
const retentionDays = z.string().trim().regex(/^\d+$/, "expected a whole number of days, like 90").transform(Number)
  .pipe(z.number().min(1, "expected at least 1 day").max(36_500, "expected at most 36500 days; leave it unset to keep everything"));

/** Slack member ids, comma-separated ("U0123ABC, U0456DEF"): who the compliance team and the regulators are. */
const slackIds = z.string().transform((v) => v.split(",").map((id) => id.trim()).filter((id) => id !== ""))
  .pipe(z.array(z.string().regex(/^[UW][A-Z0-9]{2,}$/, "expected Slack member ids like U0123ABC, separated by commas")));

const flag = z.enum(["true", "false"], "expected true or false").transform((v) => v === "true");

/** The environment we read, one schema; `bot/main.ts` is the only reader of process.env. */
const Env = z.object({
  DATABASE_PATH: optional(nonEmpty),
  DOCUMENTS_PATH: optional(nonEmpty),
  DATABASE_SYNCHRONOUS: optional(z.enum(["normal", "full"], "expected normal or full")),
  RETENTION_DAYS: optional(retentionDays),
  DEFAULT_LANGUAGE: optional(Lang),
  TELEGRAM_BOT_TOKEN: optional(z.string().regex(/^\d+:[\w-]{20,}$/, "expected a token from @BotFather, like 123456:ABC-DEF…")),
  TELEGRAM_API_ROOT: optional(z.url()),
  // Issue 10: webhook mode when a URL is given (Telegram only calls https on 443, 80, 88 or 8443), and the regulators' group.
  TELEGRAM_WEBHOOK_URL: optional(z.url({ protocol: /^https$/, error: "expected the public https URL Telegram should call, like https://bot.example.kz/telegram" })),
  TELEGRAM_WEBHOOK_SECRET: optional(z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, "expected 16 to 256 letters, digits, _ or -")),
  TELEGRAM_WEBHOOK_HOST: optional(nonEmpty),
  TELEGRAM_WEBHOOK_PORT: optional(z.coerce.number().int().min(1).max(65535)),
  TELEGRAM_REGULATOR_CHAT_ID: optional(z.string().trim().regex(/^-\d+$/, "expected the group's chat id, a negative number like -1001234567890")),
  SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-/, "expected a bot token starting with xoxb-")),
  SLACK_SIGNING_SECRET: optional(nonEmpty),
  SLACK_PORT: optional(z.coerce.number().int().min(1).max(65535)),
  SLACK_HOST: optional(nonEmpty),
  SLACK_REVIEWER_IDS: optional(slackIds),
  SLACK_REGULATOR_IDS: optional(slackIds),
  SLACK_API_URL: optional(z.url()),
  // Issue 11: Socket Mode, and the channels where the queue door posts cards and escalations.
  SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-/, "expected an app-level token starting with xapp-")),
  SLACK_REVIEW_CHANNEL: optional(z.string().regex(/^[CG][A-Z0-9]{2,}$/, "expected a Slack channel id like C0123ABC")),
  SLACK_REGULATOR_CHANNEL: optional(z.string().regex(/^[CG][A-Z0-9]{2,}$/, "expected a Slack channel id like C0123ABC")),
  HEALTH_PORT: optional(z.coerce.number().int().min(1).max(65535)),
  HEALTH_HOST: optional(nonEmpty),
  LOG_SALT: optional(z.string().min(16, "expected a secret of at least 16 characters")),
  RATE_LIMIT_PER_MINUTE: optional(z.string().trim().regex(/^\d+$/, "expected a whole number of messages, like 20").transform(Number)
    .pipe(z.number().min(1, "expected at least 1"))),
  // The optional language model (issue 12; README "A language model").
  LLM_BASE_URL: optional(z.url("expected the OpenAI-compatible API's base URL, like http://127.0.0.1:11434/v1")),
  LLM_MODEL: optional(nonEmpty),
  LLM_API_KEY: optional(nonEmpty),
  LLM_TIMEOUT_MS: optional(z.string().trim().regex(/^\d+$/, "expected a whole number of milliseconds, like 8000").transform(Number)
    .pipe(z.number().min(100, "expected at least 100 ms").max(120_000, "expected at most 120000 ms"))),
  LLM_SEND_PERSONAL_TEXT: optional(flag),
  LLM_IN_COUNTRY: optional(flag),
  LLM_STRUCTURED_OUTPUT: optional(z.enum(["jsonSchema", "functionCalling"], "expected jsonSchema or functionCalling")),
});

/** A language model behind an OpenAI-compatible API (vLLM, Ollama, llama.cpp server, a hosted one). */
export type LlmConfig = {
  baseUrl: string;
  model: string;
  apiKey?: string;
  /** How long a founder may wait on the model before the offline answer is given. */
  timeoutMs: number;
  /** Whether founder text may be sent at all; by default only to an endpoint the operator marked as in-country. */
  sendPersonalText: boolean;
  /** How structured output is asked for: response_format with a JSON schema, or a tool call. */
  structuredOutput: "jsonSchema" | "functionCalling";
};

export type Config = {
  databasePath: string;
  /** SQLite's `synchronous` in WAL mode (bot/storage/db.ts says what NORMAL gives up). */
  synchronous: "normal" | "full";
  /** Where the terminal chat writes exported dossier files. */
  documentsPath: string;
  /** Conversations and processed-update ids older than this many days are swept; undefined keeps them for ever. */
  retentionDays?: number;
  defaultLanguage: Lang;
  telegram?: {
    token: string; apiRoot?: string;
    /** Issue 10: Telegram calls us on `url`; we listen on host:port (loopback by default, behind a proxy). No secret set: a new one each start. */
    webhook?: { url: string; secret?: string; host: string; port: number };
    /** The regulators' Telegram group: escalated questions are posted there and answered from it. */
    regulatorChatId?: string;
  };
  slack?: {
    botToken: string; signingSecret: string; host: string; port: number; apiUrl?: string;
    /** Socket Mode instead of the HTTP receiver (issue 11). */
    appToken?: string;
    /** Where each submission's card goes, and each escalation (issue 11). */
    reviewChannel?: string; regulatorChannel?: string;
  };
  /**
   * Who holds a staff role, from configuration only: a Slack member listed nowhere gets no access to the queue,
   * and one listed in both may switch between the two roles.
   */
  staff: { reviewers: readonly string[]; regulators: readonly string[] };
  /** GET /healthz for a supervisor or container healthcheck, when a port is given (loopback unless HEALTH_HOST). */
  health?: { host: string; port: number };
  /** Keeps log hashes of chats stable across restarts; a random one per process when unset. */
  logSalt?: string;
  /** Messages one person may send per minute before being asked to slow down (the terminal chat has no limit). */
  rateLimitPerMinute: number;
  /** The optional language model; unset, everything runs offline. */
  llm?: LlmConfig;
};

export type ConfigIssue = { variable: string; message: string };

/** Parses the environment; every problem names its variable and what is expected. */
export function parseConfig(env: NodeJS.ProcessEnv): Result<Config, "invalidConfig"> & { issues?: ConfigIssue[] } {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ variable: String(i.path[0]), message: i.message }));
    return { ...fail("invalidConfig"), issues };
  }
  const e = parsed.data;
  if ((e.SLACK_BOT_TOKEN === undefined) !== (e.SLACK_SIGNING_SECRET === undefined)) {
    const missing = e.SLACK_BOT_TOKEN === undefined ? "SLACK_BOT_TOKEN" : "SLACK_SIGNING_SECRET";
    return { ...fail("invalidConfig"), issues: [{ variable: missing, message: "Slack needs both SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET" }] };
  }
  if ((e.LLM_BASE_URL === undefined) !== (e.LLM_MODEL === undefined)) {
    const missing = e.LLM_BASE_URL === undefined ? "LLM_BASE_URL" : "LLM_MODEL";
    return { ...fail("invalidConfig"), issues: [{ variable: missing, message: "a language model needs both LLM_BASE_URL and LLM_MODEL" }] };
  }
  const databasePath = e.DATABASE_PATH ?? "./data/triage.db";
  return ok({
    databasePath,
    synchronous: e.DATABASE_SYNCHRONOUS ?? "normal",
    documentsPath: e.DOCUMENTS_PATH ?? join(dirname(databasePath), "documents"),
    ...(e.RETENTION_DAYS !== undefined && { retentionDays: e.RETENTION_DAYS }),
    defaultLanguage: e.DEFAULT_LANGUAGE ?? "ru",
    ...(e.TELEGRAM_BOT_TOKEN !== undefined && {
      telegram: {
        token: e.TELEGRAM_BOT_TOKEN, ...(e.TELEGRAM_API_ROOT !== undefined && { apiRoot: e.TELEGRAM_API_ROOT }),
        ...(e.TELEGRAM_WEBHOOK_URL !== undefined && {
          webhook: {
            url: e.TELEGRAM_WEBHOOK_URL, ...(e.TELEGRAM_WEBHOOK_SECRET !== undefined && { secret: e.TELEGRAM_WEBHOOK_SECRET }),
            host: e.TELEGRAM_WEBHOOK_HOST ?? "127.0.0.1", port: e.TELEGRAM_WEBHOOK_PORT ?? 8443,
          },
        }),
        ...(e.TELEGRAM_REGULATOR_CHAT_ID !== undefined && { regulatorChatId: e.TELEGRAM_REGULATOR_CHAT_ID }),
      },
    }),
    staff: { reviewers: e.SLACK_REVIEWER_IDS ?? [], regulators: e.SLACK_REGULATOR_IDS ?? [] },
    ...(e.LOG_SALT !== undefined && { logSalt: e.LOG_SALT }),
    ...(e.HEALTH_PORT !== undefined && { health: { host: e.HEALTH_HOST ?? "127.0.0.1", port: e.HEALTH_PORT } }),
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE ?? 20,
    ...(e.LLM_BASE_URL !== undefined && e.LLM_MODEL !== undefined && {
      llm: {
        baseUrl: e.LLM_BASE_URL,
        model: e.LLM_MODEL,
        ...(e.LLM_API_KEY !== undefined && { apiKey: e.LLM_API_KEY }),
        timeoutMs: e.LLM_TIMEOUT_MS ?? 8_000,
        // Founder text is personal data of Kazakh citizens: it leaves the country only when the operator says so.
        sendPersonalText: e.LLM_SEND_PERSONAL_TEXT ?? e.LLM_IN_COUNTRY ?? false,
        structuredOutput: e.LLM_STRUCTURED_OUTPUT ?? "jsonSchema",
      },
    }),
    ...(e.SLACK_BOT_TOKEN !== undefined && e.SLACK_SIGNING_SECRET !== undefined && {
      slack: {
        botToken: e.SLACK_BOT_TOKEN,
        signingSecret: e.SLACK_SIGNING_SECRET,
        // Loopback unless told otherwise: the receiver goes behind a proxy, never straight onto every interface.
        host: e.SLACK_HOST ?? "127.0.0.1",
        port: e.SLACK_PORT ?? 3000,
        ...(e.SLACK_API_URL !== undefined && { apiUrl: e.SLACK_API_URL }),
        ...(e.SLACK_APP_TOKEN !== undefined && { appToken: e.SLACK_APP_TOKEN }),
        ...(e.SLACK_REVIEW_CHANNEL !== undefined && { reviewChannel: e.SLACK_REVIEW_CHANNEL }),
        ...(e.SLACK_REGULATOR_CHANNEL !== undefined && { regulatorChannel: e.SLACK_REGULATOR_CHANNEL }),
      },
    }),
  });
}
