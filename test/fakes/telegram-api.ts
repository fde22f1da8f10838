import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * One Bot API call as the fake saw it: method name and decoded parameters (JSON or multipart fields).
 * `refusedWith` is the error code the fake answered it with (0: the connection was cut); absent when accepted.
 * `root` is the path the bot's API root put before `/bot<token>/` ("" for a bare root): a test that gives each
 * process it starts its own root ("/p3") reads from it which process made the call.
 */
export type BotApiCall = { method: string; params: Record<string, unknown>; refusedWith?: number; root?: string };

/** A Bot API error answer: Telegram's own shape, sent with the error code as the HTTP status. */
export type BotApiFault = { error_code: number; description: string; parameters?: { retry_after?: number } };

/** A connection cut before any answer, as a network failure looks to the bot. */
export const DISCONNECT = "disconnect";

type Answer = { status: number; body: unknown } | typeof DISCONNECT;

/** The faults the tests inject, as Telegram words them. */
export const FAULTS = {
  conflict: { error_code: 409, description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running" },
  unauthorized: { error_code: 401, description: "Unauthorized" },
  notFound: { error_code: 404, description: "Not Found" },
  badGateway: { error_code: 502, description: "Bad Gateway" },
  blocked: { error_code: 403, description: "Forbidden: bot was blocked by the user" },
  chatNotFound: { error_code: 400, description: "Bad Request: chat not found" },
  tooManyRequests: (retryAfter: number): BotApiFault => ({ error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } }),
} satisfies Record<string, BotApiFault | ((n: number) => BotApiFault)>;

/**
 * A fake Telegram Bot API on 127.0.0.1, enough for long polling and replies. Tests push updates with
 * `pushUpdate`, then read `calls` to see what the bot sent, as a user of the chat would. Like Telegram, it
 * forgets an update once a getUpdates call confirms it (an offset past its id), and `failNext` makes the next
 * call of a method fail the way Telegram fails it.
 */
export class FakeTelegramApi {
  readonly calls: BotApiCall[] = [];
  /** The offset of every getUpdates call, in order: what the bot confirmed. */
  readonly getUpdatesOffsets: number[] = [];
  /** How many entries each non-empty getUpdates answer held, in order. */
  readonly batchSizes: number[] = [];
  private pending: { update_id: number }[] = [];
  /** Entries delivered once with the next getUpdates answer, ahead of the queued updates (a `null`, say). */
  private raw: unknown[] = [];
  private readonly faults = new Map<string, (BotApiFault | typeof DISCONNECT)[]>();
  private waiters: (() => void)[] = [];
  private callWaiters: { match: (c: BotApiCall) => boolean; resolve: (c: BotApiCall) => void }[] = [];
  /** Methods answered with a Bot API error, as Telegram answers a callback query that waited too long. */
  readonly refused = new Set<string>();
  /**
   * How long the answer to a call other than getUpdates takes after the fake recorded (accepted) it, as the way
   * back from Telegram does: a bot that dies in between never learns that its message went out.
   */
  latencyMs = 0;
  /** The message id the fake gave each message it accepted, as the bot read it in the answer. */
  readonly messageIds = new WeakMap<BotApiCall, number>();
  /** Private chats whose person blocked the bot: every send there is refused with 403, as Telegram does. */
  readonly blockedBy = new Set<string>();
  /** Members of group chats by chat id, for getChatMember; anyone else is "left". */
  readonly members = new Map<string, Set<number>>();
  private readonly files = new Map<string, Buffer>();
  private nextFileId = 1;
  private nextUpdateId = 1;
  private nextMessageId = 1;
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      // A request cut off half-way (its sender was killed) is no call at all: nothing is recorded or answered.
      void this.handle(req).catch((): Answer => DISCONNECT).then((answer) => {
        if (answer === DISCONNECT) {
          req.socket.destroy();
          return;
        }
        const { status, body } = answer;
        // Telegram's gateway answers a 5xx with an HTML page, not the Bot API's JSON.
        if (status >= 500) {
          res.writeHead(status, { "content-type": "text/html" });
          res.end(`<html><body>${status}</body></html>`);
          return;
        }
        if (Buffer.isBuffer(body)) {
          res.writeHead(status, { "content-type": "application/octet-stream" });
          res.end(body);
          return;
        }
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.wake();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** Queues an update for the bot's next getUpdates; fills in update_id. */
  pushUpdate(update: Record<string, unknown>): number {
    return this.pushUpdates(update)[0]!;
  }

  /** Queues updates so that they arrive together, in this order, in one getUpdates answer. */
  pushUpdates(...updates: Record<string, unknown>[]): number[] {
    const ids = updates.map((update) => {
      const id = this.nextUpdateId++;
      this.pending.push({ update_id: id, ...update });
      return id;
    });
    this.wake();
    return ids;
  }

  /** Stores a file the bot can fetch with getFile and a download, as a document a user sent; returns its file_id. */
  addFile(content: Buffer): string {
    const id = `file${this.nextFileId++}`;
    this.files.set(id, content);
    return id;
  }

  /** Puts an entry Telegram would never send (`null`, an object without update_id) into the next getUpdates answer. */
  pushRawEntry(entry: unknown): void {
    this.raw.push(entry);
    this.wake();
  }

  /**
   * The next call of `method` is refused with `fault`. A getUpdates waiting in its long poll is answered with
   * the fault at once, so updates pushed after this arrive only once the bot polls again.
   */
  failNext(method: string, fault: BotApiFault | typeof DISCONNECT): void {
    this.faults.set(method, [...(this.faults.get(method) ?? []), fault]);
    if (method === "getUpdates") this.wake();
  }

  /** Resolves with the first call (past or future) after `fromIndex` that matches. */
  waitForCall(match: (c: BotApiCall) => boolean, fromIndex = 0): Promise<BotApiCall> {
    const seen = this.calls.slice(fromIndex).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.callWaiters.push({ match, resolve }));
  }

  private wake(): void {
    this.waiters.splice(0).forEach((w) => w());
  }

  private takeFault(method: string): BotApiFault | typeof DISCONNECT | undefined {
    return this.faults.get(method)?.shift();
  }

  private async handle(req: IncomingMessage): Promise<Answer> {
    if ((req.url ?? "").includes("/file/bot")) return this.download(req.url ?? "");
    const method = (req.url ?? "").split("/").pop() ?? "";
    const root = /^(.*?)\/bot[^/]*\/[^/]*$/.exec(req.url ?? "")?.[1] ?? "";
    const params = await readParams(req);
    if (method === "getUpdates") return this.getUpdates(params);
    const fault = this.takeFault(method) ?? (this.refused.has(method) ? LATE_CALLBACK_ANSWER : undefined) ??
      (this.blockedBy.has(String(params.chat_id)) && method.startsWith("send") ? FAULTS.blocked : undefined);
    const call: BotApiCall = { method, params, ...(fault && { refusedWith: fault === DISCONNECT ? 0 : fault.error_code }), ...(root !== "" && { root }) };
    this.calls.push(call);
    this.callWaiters = this.callWaiters.filter((w) => (w.match(call) ? (w.resolve(call), false) : true));
    if (this.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.latencyMs));
    if (fault) return refusal(fault);
    const unparsable = entityError(params);
    if (unparsable) return refusal(unparsable);
    switch (method) {
      case "getChatMember":
        return ok({ user: { id: params.user_id }, status: this.members.get(String(params.chat_id))?.has(Number(params.user_id)) ? "member" : "left" });
      case "getFile": {
        const file = this.files.get(String(params.file_id));
        return file ? ok({ file_id: params.file_id, file_size: file.length, file_path: `documents/${String(params.file_id)}` }) : refusal({ error_code: 400, description: "Bad Request: invalid file_id" });
      }
      case "getMe":
        return ok({ id: 42, is_bot: true, first_name: "Triage", username: "kz_ai_triage_bot" });
      case "sendMessage":
      case "sendDocument":
        this.messageIds.set(call, this.nextMessageId);
        return ok({ message_id: this.nextMessageId++, date: 0, chat: { id: params.chat_id, type: "private" }, text: params.text });
      default:
        return ok(true);
    }
  }

  /** GET <root>/file/bot<token>/<file_path>: the bytes of a file getFile named. */
  private download(url: string): Answer {
    const id = url.split("/").pop() ?? "";
    const file = this.files.get(id);
    return file ? { status: 200, body: file } : { status: 404, body: { ok: false, error_code: 404, description: "Not Found" } };
  }

  private async getUpdates(params: Record<string, unknown>): Promise<Answer> {
    const offset = Number(params.offset ?? 0);
    this.getUpdatesOffsets.push(offset);
    // Telegram forgets what an offset confirms.
    this.pending = this.pending.filter((u) => u.update_id >= offset);
    const hasAnswer = () => this.pending.length > 0 || this.raw.length > 0 || (this.faults.get("getUpdates")?.length ?? 0) > 0;
    if (!hasAnswer()) {
      // A short long-poll keeps the loop cheap without busy-waiting.
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        this.waiters.push(() => (clearTimeout(timer), resolve()));
      });
    }
    const fault = this.takeFault("getUpdates");
    if (fault) return refusal(fault);
    const result = [...this.raw.splice(0), ...this.pending];
    if (result.length > 0) this.batchSizes.push(result.length);
    return ok(result);
  }
}

/**
 * What Telegram answers a text or caption it cannot send: over the length limit (4096, a caption 1024) or, with
 * parse_mode HTML, markup it cannot parse (a tag it does not know, one left open or closed twice, a bare `<` or
 * `&`). The length is counted on the text as sent, markup included, which is stricter than Telegram.
 */
function entityError(params: Record<string, unknown>): BotApiFault | undefined {
  const field = typeof params.caption === "string" ? "caption" : typeof params.text === "string" ? "text" : undefined;
  if (field === undefined) return undefined;
  const text = String(params[field]);
  const limit = field === "caption" ? 1024 : 4096;
  if (text.length > limit) return { error_code: 400, description: field === "caption" ? "Bad Request: message caption is too long" : "Bad Request: message is too long" };
  if (params.parse_mode !== "HTML") return undefined;
  const known = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "a", "tg-spoiler", "blockquote"]);
  const open: string[] = [];
  for (const token of text.match(/<[^>]*>?|&[^;\s]*;?|[<>&]/g) ?? []) {
    const bad = { error_code: 400, description: `Bad Request: can't parse entities: unsupported start tag or unmatched end tag in "${token}"` };
    if (token.startsWith("&")) {
      if (!/^&(amp|lt|gt|quot|#\d+);$/.test(token)) return bad;
      continue;
    }
    const tag = /^<(\/?)([a-z-]+)(?:\s[^>]*)?>$/.exec(token);
    if (!tag || !known.has(tag[2]!)) return bad;
    if (tag[1] === "") open.push(tag[2]!);
    else if (open.pop() !== tag[2]) return bad;
  }
  return open.length > 0 ? { error_code: 400, description: "Bad Request: can't parse entities: unclosed start tag" } : undefined;
}

const LATE_CALLBACK_ANSWER: BotApiFault = { error_code: 400, description: "Bad Request: query is too old and response timeout expired or query ID is invalid" };

const ok = (result: unknown): Answer => ({ status: 200, body: { ok: true, result } });
const refusal = (fault: BotApiFault | typeof DISCONNECT): Answer => (fault === DISCONNECT ? DISCONNECT : { status: fault.error_code, body: { ok: false, ...fault } });

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
