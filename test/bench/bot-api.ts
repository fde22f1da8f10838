import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";

/** An inline button as the bot sent it. */
export type Button = { text: string; callback_data: string };

/**
 * A message the bot sent, with the moment the fake received it (performance.now() of the bench process) and the
 * message id the fake gave it (a press names the message its button was on, as Telegram's do).
 */
export type Sent = { method: string; chatId: string; at: number; text: string; buttons: Button[]; messageId: number };

type Waiting = { offset: number; limit: number; res: ServerResponse; timer: NodeJS.Timeout };
type Update = { update_id: number } & Record<string, unknown>;

/**
 * The bench's own fake Bot API on 127.0.0.1 (a random port), kept apart from test/fakes/telegram-api.ts so the
 * bench can stamp times: `queuedAt` when a founder pushes an update, `servedAt` when a getUpdates answer first
 * carries it, and the arrival of every sendMessage. getUpdates honours `offset`, `limit` (default 100, as
 * Telegram) and `timeout` (a long poll answered as soon as an update is waiting). Messages are handed to
 * `onSent` as they arrive, so founders react to them without polling.
 */
export class BenchBotApi {
  readonly queuedAt = new Map<number, number>();
  readonly servedAt = new Map<number, number>();
  /** Calls per method, for the notes (answerCallbackQuery, sendChatAction …). */
  readonly counts = new Map<string, number>();
  /** When each method was first called (performance.now()), for start-up diagnostics. */
  readonly firstAt = new Map<string, number>();
  onSent: ((message: Sent) => void) | undefined;
  private pending: Update[] = [];
  private waiting: Waiting | undefined;
  private nextUpdateId: number;
  private nextMessageId = 1;
  private server: Server | undefined;
  private firstPoll: (() => void) | undefined;
  /** Resolves at the bot's first getUpdates: it is up and polling. */
  readonly polling: Promise<number>;
  pollingAt: number | undefined;

  private readonly firstUpdateId: number;

  constructor(firstUpdateId = 1) {
    this.firstUpdateId = firstUpdateId;
    this.nextUpdateId = firstUpdateId;
    this.polling = new Promise((resolve) => {
      this.firstPoll = () => resolve(performance.now());
    });
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    this.server.keepAliveTimeout = 60_000;
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    if (this.waiting) {
      clearTimeout(this.waiting.timer);
      this.waiting = undefined;
    }
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Queues updates (update_id filled in) for the bot's next getUpdates; returns their ids. */
  push(...updates: Record<string, unknown>[]): number[] {
    const now = performance.now();
    const ids = updates.map((update) => {
      const id = this.nextUpdateId++;
      this.pending.push({ update_id: id, ...update });
      this.queuedAt.set(id, now);
      return id;
    });
    this.answerWaiting();
    return ids;
  }

  /** Updates pushed so far. */
  get pushed(): number {
    return this.nextUpdateId - this.firstUpdateId;
  }

  /** Forgets the per-update stamps of a finished round, so a long run does not grow. */
  clearStamps(): void {
    this.queuedAt.clear();
    this.servedAt.clear();
  }

  private answerWaiting(): void {
    const w = this.waiting;
    if (!w) return;
    const batch = this.take(w.offset, w.limit);
    if (batch.length === 0) return;
    clearTimeout(w.timer);
    this.waiting = undefined;
    reply(w.res, batch);
  }

  private take(offset: number, limit: number): Update[] {
    // Telegram forgets what an offset confirms.
    if (this.pending.length > 0 && this.pending[0]!.update_id < offset) this.pending = this.pending.filter((u) => u.update_id >= offset);
    const batch = this.pending.slice(0, limit);
    const now = performance.now();
    for (const u of batch) if (!this.servedAt.has(u.update_id)) this.servedAt.set(u.update_id, now);
    return batch;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.url ?? "").split("/").pop() ?? "";
    const params = await readJson(req);
    this.counts.set(method, (this.counts.get(method) ?? 0) + 1);
    if (!this.firstAt.has(method)) this.firstAt.set(method, performance.now());
    switch (method) {
      case "getUpdates":
        return this.getUpdates(params, res);
      case "getMe":
        return reply(res, { id: 42, is_bot: true, first_name: "Bench", username: "bench_bot" });
      case "sendMessage":
      case "editMessageText": {
        const markup = params.reply_markup as { inline_keyboard?: Button[][] } | undefined;
        const sent: Sent = {
          method,
          chatId: String(params.chat_id),
          at: performance.now(),
          text: String(params.text ?? ""),
          buttons: (markup?.inline_keyboard ?? []).flat(),
          messageId: method === "sendMessage" ? this.nextMessageId++ : Number(params.message_id ?? 0),
        };
        this.onSent?.(sent);
        return reply(res, { message_id: sent.messageId, date: 0, chat: { id: params.chat_id, type: "private" }, text: sent.text });
      }
      case "sendDocument":
        return reply(res, { message_id: this.nextMessageId++, date: 0, chat: { id: params.chat_id ?? 0, type: "private" } });
      default:
        return reply(res, true);
    }
  }

  private getUpdates(params: Record<string, unknown>, res: ServerResponse): void {
    if (this.pollingAt === undefined) {
      this.pollingAt = performance.now();
      this.firstPoll?.();
    }
    const offset = Number(params.offset ?? 0);
    const limit = Math.min(100, Math.max(1, Number(params.limit ?? 100)));
    const timeoutS = Math.min(50, Math.max(0, Number(params.timeout ?? 0)));
    const batch = this.take(offset, limit);
    if (batch.length > 0 || timeoutS === 0) return reply(res, batch);
    // One bot polls at a time; a second poll replaces the first (as Telegram answers the first with a conflict).
    if (this.waiting) {
      clearTimeout(this.waiting.timer);
      reply(this.waiting.res, []);
    }
    const timer = setTimeout(() => {
      if (this.waiting?.res === res) this.waiting = undefined;
      reply(res, []);
    }, timeoutS * 1000);
    this.waiting = { offset, limit, res, timer };
    res.on("close", () => {
      if (this.waiting?.res === res) {
        clearTimeout(this.waiting.timer);
        this.waiting = undefined;
      }
    });
  }
}

function reply(res: ServerResponse, result: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify({ ok: true, result }));
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (!(req.headers["content-type"] ?? "").includes("application/json") || chunks.length === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
  } catch {
    return {};
  }
}
