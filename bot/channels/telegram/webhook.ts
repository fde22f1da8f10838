import { randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { Telegram } from "telegraf";
import type { Update } from "telegraf/types";
import { errorCode } from "../../runtime/errors.js";
import type { Log } from "../../runtime/log.js";
import { botApiCode } from "./bot-api-errors.js";
import { ALLOWED_UPDATES, TelegramChannelError, isUpdate } from "./polling.js";

export type WebhookConfig = { url: string; secret?: string; host: string; port: number };

/** The largest update body we read; Telegram's updates are a few kilobytes, a document's text is fetched apart. */
const MAX_BODY = 1_000_000;

export type Webhook = { stop(): Promise<void>; address(): { host: string; port: number } };

/**
 * Webhook mode: our own node:http server receives Telegram's POSTs and `setWebhook` tells Telegram where, with a
 * secret it echoes in X-Telegram-Bot-Api-Secret-Token. A request without that exact secret is answered 401 and
 * nothing of it is read further, so nobody who learns the URL can speak for a founder. An update is answered 200
 * once its turn committed; a failure answers 500 and Telegram delivers it again (the runtime drops repeats).
 */
export async function startWebhook(
  telegram: Telegram,
  config: WebhookConfig,
  deps: { handle: (update: Update) => Promise<void>; log: Log },
): Promise<Webhook> {
  const { handle, log } = deps;
  // Unset, a fresh secret each start: setWebhook below replaces the one Telegram held.
  const secret = Buffer.from(config.secret ?? randomBytes(32).toString("base64url"));
  const path = new URL(config.url).pathname;

  const server: Server = createServer((req, res) => {
    void answer(req).then((status) => {
      res.writeHead(status, { "content-type": "text/plain" });
      res.end();
    });
  });

  async function answer(req: IncomingMessage): Promise<number> {
    if (req.method !== "POST" || (req.url ?? "").split("?")[0] !== path) return 404;
    const given = req.headers["x-telegram-bot-api-secret-token"];
    if (typeof given !== "string" || !sameSecret(Buffer.from(given), secret)) {
      log("warn", { event: "telegram.webhook_refused", code: "bad_secret", channel: "telegram" });
      req.resume();
      return 401;
    }
    let update: unknown;
    try {
      update = JSON.parse(await readBody(req));
    } catch {
      log("warn", { event: "telegram.update_malformed", channel: "telegram", count: 1 });
      // Telegram would only send the same body again: confirm it and move on.
      return 200;
    }
    if (!isUpdate(update)) {
      log("warn", { event: "telegram.update_malformed", channel: "telegram", count: 1 });
      return 200;
    }
    try {
      await handle(update);
      return 200;
    } catch (error) {
      log("error", { event: "telegram.update_failed", code: errorCode(error), channel: "telegram" });
      return 500;
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  try {
    await telegram.setWebhook(config.url, { secret_token: secret.toString(), allowed_updates: [...ALLOWED_UPDATES], drop_pending_updates: false });
  } catch (error) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    throw new TelegramChannelError(botApiCode(error) ?? errorCode(error));
  }
  return {
    address: () => {
      const a = server.address();
      return typeof a === "object" && a !== null ? { host: a.address, port: a.port } : { host: config.host, port: config.port };
    },
    async stop() {
      // Requests in flight finish (their turns commit); idle keep-alive connections are closed.
      server.closeIdleConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Compared in constant time, so the secret cannot be guessed a byte at a time from how fast we refuse. */
const sameSecret = (given: Buffer, secret: Buffer): boolean => given.length === secret.length && timingSafeEqual(given, secret);

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}
