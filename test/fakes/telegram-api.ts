import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One Bot API call as the fake saw it: method name and decoded parameters (JSON or multipart fields). */
export type BotApiCall = { method: string; params: Record<string, unknown> };

/**
 * A fake Telegram Bot API on 127.0.0.1, enough for telegraf's long polling and replies. Tests push updates
 * with `pushUpdate`, then read `calls` to see what the bot sent, as a user of the chat would.
 */
export class FakeTelegramApi {
  readonly calls: BotApiCall[] = [];
  private readonly pending: unknown[] = [];
  private waiters: (() => void)[] = [];
  private callWaiters: { match: (c: BotApiCall) => boolean; resolve: (c: BotApiCall) => void }[] = [];
  /** Methods answered with a Bot API error, as Telegram answers a callback query that waited too long. */
  readonly refused = new Set<string>();
  private nextUpdateId = 1;
  private nextMessageId = 1;
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      void this.handle(req).then((body) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.waiters.forEach((w) => w());
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Queues an update for the bot's next getUpdates; fills in update_id. */
  pushUpdate(update: Record<string, unknown>): number {
    const id = this.nextUpdateId++;
    this.pending.push({ update_id: id, ...update });
    this.waiters.splice(0).forEach((w) => w());
    return id;
  }

  /** Resolves with the first call (past or future) after `fromIndex` that matches. */
  waitForCall(match: (c: BotApiCall) => boolean, fromIndex = 0): Promise<BotApiCall> {
    const seen = this.calls.slice(fromIndex).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.callWaiters.push({ match, resolve }));
  }

  private async handle(req: IncomingMessage): Promise<unknown> {
    const method = (req.url ?? "").split("/").pop() ?? "";
    const params = await readParams(req);
    if (method === "getUpdates") return { ok: true, result: await this.takeUpdates(params) };
    const call = { method, params };
    this.calls.push(call);
    this.callWaiters = this.callWaiters.filter((w) => (w.match(call) ? (w.resolve(call), false) : true));
    if (this.refused.has(method)) return { ok: false, error_code: 400, description: "Bad Request: query is too old and response timeout expired or query ID is invalid" };
    switch (method) {
      case "getMe":
        return { ok: true, result: { id: 42, is_bot: true, first_name: "Triage", username: "kz_ai_triage_bot" } };
      case "sendMessage":
      case "sendDocument":
        return { ok: true, result: { message_id: this.nextMessageId++, date: 0, chat: { id: params.chat_id, type: "private" }, text: params.text } };
      default:
        return { ok: true, result: true };
    }
  }

  private async takeUpdates(params: Record<string, unknown>): Promise<unknown[]> {
    const offset = Number(params.offset ?? 0);
    const ready = () => this.pending.filter((u) => (u as { update_id: number }).update_id >= offset);
    if (ready().length === 0) {
      // A short long-poll keeps the loop cheap without busy-waiting.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
    return ready();
  }
}

async function readParams(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const type = req.headers["content-type"] ?? "";
  if (type.includes("application/json")) return body.length ? (JSON.parse(body.toString("utf8")) as Record<string, unknown>) : {};
  if (type.includes("multipart/form-data")) return parseMultipart(body, type);
  return {};
}

/** Multipart fields as strings; a file part becomes { filename, size }. */
function parseMultipart(body: Buffer, type: string): Record<string, unknown> {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
  const marker = `--${boundary?.[1] ?? boundary?.[2] ?? ""}`;
  const out: Record<string, unknown> = {};
  for (const part of body.toString("latin1").split(marker)) {
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd < 0) continue;
    const headers = part.slice(0, headerEnd);
    const name = /name="([^"]+)"/.exec(headers)?.[1];
    if (!name) continue;
    const content = part.slice(headerEnd + 4).replace(/\r\n$/, "");
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];
    out[name] = filename !== undefined ? { filename, size: Buffer.byteLength(content, "latin1") } : Buffer.from(content, "latin1").toString("utf8");
  }
  return out;
}
