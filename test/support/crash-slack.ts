import type { FakeSlackApi, SlackApiCall } from "../fakes/slack-api.js";
import { slackSignature } from "../fakes/slack-api.js";

/*
 * Slack's side of the crash test, on 127.0.0.1: the fake Web API is test/fakes/slack-api.ts (each process behind
 * its own root, so calls tell which process made them); this file is Slack's delivery of events, which retries
 * what got no 200, as Slack does.
 */

/** What the bot posted in `channel`, in order. */
export const posted = (api: FakeSlackApi, channel: string): SlackApiCall[] =>
  api.calls.filter((c) => c.method === "chat.postMessage" && c.params.channel === channel);

/** One attempt Slack made to deliver a request: which try (0 first), and the HTTP status (0: no answer). */
export type Attempt = { retryNum: number; status: number };

/** A request Slack delivered, with every attempt; `acked` when one of them got 200. */
export type Delivery = { id: string; kind: "event" | "action"; text?: string; attempts: Attempt[]; acked: boolean };

/**
 * Slack's side of the Events API: signs each request with the app's signing secret and posts it to the app's
 * `/slack/events`. Slack waits 3 s for a 200; a request that got none (refused, cut, timed out, or any other
 * status) is sent again, the same body with `x-slack-retry-num` 1, 2 and 3, and then given up. Slack waits a
 * minute and five minutes before its later retries; this one waits `retryWaitsMs`, so a run stays short.
 */
export class SlackPlatform {
  readonly deliveries: Delivery[] = [];
  private eventNumber = 0;

  constructor(
    private readonly signingSecret: string,
    /** Where the app listens right now (it moves to a new port at every restart). */
    private readonly url: () => string,
    private readonly retryWaitsMs: readonly number[] = [1_000, 2_000, 4_000],
  ) {}

  /** A DM from `user` in `channel`, as a `message` event. */
  async message(channel: string, user: string, text: string): Promise<Delivery> {
    const n = ++this.eventNumber;
    const body = JSON.stringify({
      type: "event_callback", team_id: "T1", api_app_id: "A1", event_id: `EvCrash${n}`, event_time: Math.floor(Date.now() / 1000),
      event: { type: "message", channel, channel_type: "im", user, text, ts: `${1_700_000_000 + n}.000200` },
    });
    return this.deliver({ id: `EvCrash${n}`, kind: "event", text, attempts: [], acked: false }, body, "application/json");
  }

  /** A press on a button of a message the bot posted in `channel`. */
  async press(channel: string, user: string, button: { action_id: string; value: string }): Promise<Delivery> {
    const n = ++this.eventNumber;
    const actionTs = `${1_700_000_000 + n}.000300`;
    const payload = {
      type: "block_actions", team: { id: "T1" }, user: { id: user }, api_app_id: "A1", token: "t", trigger_id: `tr${n}`,
      channel: { id: channel }, container: { type: "message", message_ts: `${1_700_000_000 + n}.000100`, channel_id: channel },
      actions: [{ type: "button", action_id: button.action_id, block_id: "b", value: button.value, action_ts: actionTs }],
    };
    const body = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
    return this.deliver({ id: `${payload.container.message_ts}:${actionTs}`, kind: "action", attempts: [], acked: false }, body, "application/x-www-form-urlencoded");
  }

  /** The submission of a modal the bot opened (views.open's `view`), its one text field filled with `text`. */
  async submit(user: string, view: { callback_id: string; private_metadata: string }, text: string): Promise<Delivery> {
    const n = ++this.eventNumber;
    const payload = {
      type: "view_submission", team: { id: "T1" }, user: { id: user }, api_app_id: "A1", token: "t", trigger_id: `trv${n}`,
      view: { id: `V${n}`, callback_id: view.callback_id, private_metadata: view.private_metadata, hash: "h", state: { values: { reason: { text: { type: "plain_text_input", value: text } } } } },
    };
    const body = `payload=${encodeURIComponent(JSON.stringify(payload))}`;
    return this.deliver({ id: `view:V${n}`, kind: "action", text, attempts: [], acked: false }, body, "application/x-www-form-urlencoded");
  }

  private async deliver(delivery: Delivery, body: string, contentType: string): Promise<Delivery> {
    this.deliveries.push(delivery);
    for (let retryNum = 0; retryNum <= this.retryWaitsMs.length; retryNum++) {
      if (retryNum > 0) await new Promise((done) => setTimeout(done, this.retryWaitsMs[retryNum - 1]));
      const status = await this.post(body, contentType, retryNum);
      delivery.attempts.push({ retryNum, status });
      if (status === 200) {
        delivery.acked = true;
        break;
      }
    }
    return delivery;
  }

  private async post(body: string, contentType: string, retryNum: number): Promise<number> {
    const retry: Record<string, string> = retryNum > 0 ? { "x-slack-retry-num": String(retryNum), "x-slack-retry-reason": "http_error" } : {};
    try {
      const res = await fetch(`${this.url()}/slack/events`, {
        method: "POST",
        headers: { "content-type": contentType, ...slackSignature(this.signingSecret, body), ...retry },
        body,
        signal: AbortSignal.timeout(3_000),
      });
      await res.arrayBuffer().catch(() => undefined);
      return res.status;
    } catch {
      return 0;
    }
  }
}
