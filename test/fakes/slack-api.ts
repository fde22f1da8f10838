import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * One Web API call: the method, its parameters and the token it was made with (a bot's xoxb-, an app's xapp-). `root` is what the app's API URL put before `/api/` ("" for a
 * bare one): a test that gives each process it starts its own root ("/p3") reads from it which process called.
 */
export type SlackApiCall = { method: string; params: Record<string, unknown>; root?: string; token?: string };

/** An answer Slack might give instead of success: its HTTP status, headers (Retry-After) and JSON body. */
export type SlackApiRefusal = { status?: number; headers?: Record<string, string>; body: Record<string, unknown> };

/**
 * A fake Slack Web API on 127.0.0.1 (Bolt's `clientOptions.slackApiUrl` points here). It answers every method
 * with `ok: true` unless a test scripted a refusal for it, and records every call the app made (refused ones
 * too), so tests read the messages a reviewer would see.
 */
export class FakeSlackApi {
  readonly calls: SlackApiCall[] = [];
  private callWaiters: { match: (c: SlackApiCall) => boolean; resolve: (c: SlackApiCall) => void }[] = [];
  private refusals = new Map<string, SlackApiRefusal[]>();
  private server: Server | undefined;
  private base = "";
  private ts = 1;
  /** What apps.connections.open hands out: the URL of a fake Socket Mode end (test/fakes/slack-socket.ts). */
  socketUrl = "";
  /** users.info's `locale` per member; anyone not listed reads "ru-RU". */
  readonly locales = new Map<string, string>();
  /**
   * How long the answer to a chat.postMessage takes after the fake recorded (accepted) it, as the way back from
   * Slack does: an app that dies in between never learns that its message went out.
   */
  latencyMs = 0;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      // A file's bytes go to the upload URL files.getUploadURLExternal handed out, not to a Web API method.
      const upload = (req.url ?? "").startsWith("/upload/");
      const path = (req.url ?? "").split("?")[0] ?? "";
      const api = /^(.*?)\/api\/([\w.]+)$/.exec(path);
      const method = upload ? "upload" : (api?.[2] ?? path.replace(/^\//, ""));
      const root = api?.[1] ?? "";
      void (upload ? readBytes(req).then((bytes) => ({ size: bytes.length })) : readBody(req))
        .then(async (params) => {
          const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1] ?? bodyToken(params);
          const call: SlackApiCall = { method, params, ...(root !== "" && { root }), ...(token !== undefined && { token }) };
          this.calls.push(call);
          this.callWaiters = this.callWaiters.filter((w) => (w.match(call) ? (w.resolve(call), false) : true));
          if (this.latencyMs > 0 && method === "chat.postMessage") await new Promise((done) => setTimeout(done, this.latencyMs));
          const refusal = this.refusals.get(method)?.shift();
          res.writeHead(refusal?.status ?? 200, { "content-type": "application/json", ...refusal?.headers });
          res.end(JSON.stringify(refusal?.body ?? this.answer(method, params)));
        })
        // A request cut off half-way (its sender was killed) is no call at all: nothing is recorded or answered.
        .catch(() => req.socket.destroy());
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return `${this.base}/api/`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  /** The next call of `method` gets `refusal` instead of success; several calls queue up in order. */
  refuse(method: string, refusal: SlackApiRefusal): void {
    this.refusals.set(method, [...(this.refusals.get(method) ?? []), refusal]);
  }

  waitForCall(match: (c: SlackApiCall) => boolean, fromIndex = 0): Promise<SlackApiCall> {
    const seen = this.calls.slice(fromIndex).find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => this.callWaiters.push({ match, resolve }));
  }

  private answer(method: string, params: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case "auth.test":
        return { ok: true, user_id: "UBOT", bot_id: "BBOT", team_id: "T1", url: "https://example.invalid/" };
      case "chat.postMessage":
        return { ok: true, channel: params.channel, ts: `${1_700_000_000 + this.ts++}.000100` };
      case "files.getUploadURLExternal":
        return { ok: true, upload_url: `${this.base}/upload/F${this.ts}`, file_id: `F${this.ts++}` };
      case "files.completeUploadExternal":
        return { ok: true, files: [{ id: "F1" }] };
      case "apps.connections.open":
        return { ok: true, url: this.socketUrl };
      case "users.info":
        return { ok: true, user: { id: params.user, locale: this.locales.get(String(params.user)) ?? "ru-RU" } };
      case "chat.update":
        return { ok: true, channel: params.channel, ts: params.ts };
      default:
        return { ok: true };
    }
  }
}

async function readBytes(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = (await readBytes(req)).toString("utf8");
  if ((req.headers["content-type"] ?? "").includes("application/json")) return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  const params: Record<string, unknown> = Object.fromEntries(new URLSearchParams(text));
  for (const key of ["blocks", "view"]) {
    if (typeof params[key] === "string") params[key] = JSON.parse(params[key] as string);
  }
  return params;
}

/** A token sent in the form body rather than in the Authorization header. */
const bodyToken = (params: Record<string, unknown>): string | undefined => (typeof params.token === "string" ? params.token : undefined);

/** Signs a request body as Slack does (v0 HMAC-SHA256 over "v0:timestamp:body"). */
export function slackSignature(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature };
}
