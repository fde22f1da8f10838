import type { App, webApi } from "@slack/bolt";
import { type QueueFilter, matches, parseTriage } from "../../../flows/queue/view.js";
import type { Lang } from "../../../knowledge/types.js";
import type { Translate } from "../../runtime/i18n.js";
import { negotiateLocale } from "../../runtime/locale.js";
import { errorCode } from "../../runtime/errors.js";
import { type Log, hashChatKey } from "../../runtime/log.js";
import type { DeskRefusal, QueueDesk, StaffRole } from "../../runtime/queue-desk.js";
import { CardAction, ItemId, ModalMeta, homeView, itemBlocks, queueLines, reasonModal } from "./queue-blocks.js";

/**
 * The compliance team's door (issue 11): the `/triage` command, the cards' buttons and modals, App Home, and the
 * regulators' Answer. Nothing here is a conversation: each request acts for one person on one submission through
 * the queue desk, whose transaction records the request id, so Slack's retry of a request (same body, same
 * `x-slack-retry-num` series) and a double click change nothing twice. Answers are in the person's Slack locale
 * (users.info) when it is kk, ru or en, otherwise English; refusals are ephemeral, and logged without text.
 */
export function registerQueueDoor(app: App, deps: { desk: QueueDesk; translate: Translate; log: Log }): QueueDoor {
  const { desk, translate: t, log } = deps;
  // A person's locale changes rarely; one users.info per person per process keeps every click well inside 3 s.
  const locales = new Map<string, Lang>();
  async function langOf(client: webApi.WebClient, user: string): Promise<Lang> {
    const known = locales.get(user);
    if (known) return known;
    const info = await client.users.info({ user, include_locale: true }).catch(() => undefined);
    const lang = negotiateLocale(typeof info?.user?.locale === "string" ? info.user.locale : undefined) ?? "en";
    locales.set(user, lang);
    return lang;
  }

  const refusedLog = (user: string, reason: DeskRefusal) =>
    log("warn", { event: "slack.queue_refused", channel: "slack", code: reason, chatKeyHash: hashChatKey(`slack:${user}`) });

  /** The role a card's button acts in: the compliance team's, else the regulator's (who works escalated ones). */
  const roleFor = (user: string): StaffRole | undefined => desk.rolesOf(user)[0];

  async function tell(client: webApi.WebClient, channel: string | undefined, user: string, text: string): Promise<void> {
    // Outside a channel (App Home) the ephemeral goes to the person's DM with the app.
    await client.chat.postEphemeral({ channel: channel ?? user, user, text }).catch((error: unknown) =>
      log("warn", { event: "slack.ephemeral_failed", channel: "slack", code: error instanceof Error ? error.name : "unknown" }));
  }

  app.command("/triage", async ({ command, ack, client }) => {
    const lang = await langOf(client, command.user_id);
    const as = roleFor(command.user_id);
    if (as === undefined) {
      refusedLog(command.user_id, "notStaff");
      await ack({ response_type: "ephemeral", text: t(lang, "slack.refused.notStaff") });
      return;
    }
    const asked = parseTriage(command.text ?? "");
    switch (asked.kind) {
      case "help":
        await ack({ response_type: "ephemeral", text: t(lang, "slack.triage.help") });
        return;
      case "queue": {
        const listed = await desk.list(command.user_id, as);
        const filter: QueueFilter = asked.filter;
        const open = filter.kind === "all" ? listed!.views.filter((v) => v.status !== "approved" && v.status !== "rejected") : listed!.views;
        await ack({ response_type: "ephemeral", text: queueLines(t, lang, open.filter((v) => matches(v, filter, listed!.viewer))) });
        return;
      }
      case "show": {
        const shown = await desk.show(command.user_id, as, asked.id, lang);
        if (shown === null) {
          await ack({ response_type: "ephemeral", text: t(lang, "slack.refused.notFound", { id: asked.id }) });
          return;
        }
        const dossier = shown.dossier ?? t(lang, "slack.triage.noDossier", { id: asked.id });
        const text = dossier.length > 2900 ? `${dossier.slice(0, 2899)}…` : dossier;
        await ack({ response_type: "ephemeral", text: asked.id, blocks: [...itemBlocks(t, lang, shown.view), { type: "section", text: { type: "plain_text", text } }] });
        return;
      }
      case "stats": {
        const stats = (await desk.stats(command.user_id, as))!;
        const counts = (o: Record<string, number | undefined>, names: "statusName" | "tierName") =>
          Object.entries(o).map(([k, n]) => `${t(lang, `queue.${names}.${k}`)} ${n}`).join(", ") || "0";
        const lines = [
          t(lang, "slack.triage.stats.header"),
          t(lang, "slack.triage.stats.status", { counts: counts(stats.byStatus, "statusName") }),
          t(lang, "slack.triage.stats.tier", { counts: counts(stats.byTier, "tierName") }),
          stats.medianWorkingDaysInReview === null ? t(lang, "slack.triage.stats.noMedian") : t(lang, "slack.triage.stats.median", { days: stats.medianWorkingDaysInReview }),
        ];
        await ack({ response_type: "ephemeral", text: lines.join("\n") });
        return;
      }
    }
  });

  app.action(/^queue:/, async ({ ack, body, action, client }) => {
    if (body.type !== "block_actions" || action.type !== "button") return ack();
    const user = body.user.id;
    const channel = body.channel?.id;
    const lang = await langOf(client, user);
    const kind = CardAction.safeParse(("action_id" in action ? action.action_id : "").slice("queue:".length));
    const id = ItemId.safeParse(action.value);
    const as = roleFor(user);
    if (!kind.success || !id.success || as === undefined) {
      refusedLog(user, "notStaff");
      await tell(client, channel, user, t(lang, as === undefined ? "slack.refused.notStaff" : "slack.refused.notFound", { id: action.value ?? "" }));
      return ack();
    }
    if (kind.data === "dossier") {
      const shown = await desk.show(user, as, id.data, lang);
      if (shown?.dossier) {
        await client.filesUploadV2({ channel_id: user, filename: `${id.data}.md`, file: Buffer.from(shown.dossier), initial_comment: id.data });
      } else await tell(client, channel, user, t(lang, shown ? "slack.triage.noDossier" : "slack.refused.notFound", { id: id.data }));
      return ack();
    }
    if (kind.data === "claim" || kind.data === "approve") {
      const done = await desk.act({ userKey: user, as, requestId: `act:${"action_ts" in action ? action.action_ts : ""}`, submissionId: id.data, action: kind.data, lang });
      if (!done.ok) {
        refusedLog(user, done.reason);
        await tell(client, channel, user, t(lang, `slack.refused.${done.reason}`, { id: id.data }));
      }
      return ack();
    }
    // A modal asks for the reason; Slack's trigger_id is good for 3 s, so it opens before the ack.
    await client.views.open({ trigger_id: body.trigger_id, view: reasonModal(t, lang, { kind: kind.data, id: id.data, ...(channel !== undefined && { channel }) }) });
    return ack();
  });

  app.action("question:answer", async ({ ack, body, action, client }) => {
    if (body.type !== "block_actions" || action.type !== "button") return ack();
    const user = body.user.id;
    const lang = await langOf(client, user);
    const id = ItemId.safeParse(action.value);
    if (!desk.rolesOf(user).includes("regulator") || !id.success) {
      refusedLog(user, "notStaff");
      await tell(client, body.channel?.id, user, t(lang, "slack.refused.notStaff"));
      return ack();
    }
    await client.views.open({ trigger_id: body.trigger_id, view: reasonModal(t, lang, { kind: "answer", id: id.data, ...(body.channel && { channel: body.channel.id }) }) });
    return ack();
  });

  app.action("question:publish", async ({ ack, body, action, client }) => {
    if (body.type !== "block_actions" || action.type !== "button") return ack();
    const user = body.user.id;
    const lang = await langOf(client, user);
    const id = ItemId.safeParse(action.value);
    const done = id.success ? await desk.publish({ userKey: user, requestId: `publish:${"action_ts" in action ? action.action_ts : ""}`, questionId: id.data }) : { ok: false as const, reason: "notFound" as const };
    await tell(client, body.channel?.id, user, done.ok ? t(lang, "slack.done.publish") : t(lang, `slack.refused.${done.reason}`, { id: action.value ?? "" }));
    if (!done.ok) refusedLog(user, done.reason);
    return ack();
  });

  app.view("queue:reason", async ({ ack, body, view, client }) => {
    const user = body.user.id;
    const lang = await langOf(client, user);
    const meta = ModalMeta.safeParse(safeJson(view.private_metadata));
    const text = view.state.values.reason?.text?.value?.trim() ?? "";
    if (!meta.success) return ack();
    // One submission of one modal, however often Slack delivers it.
    const requestId = `view:${view.id}`;
    const as = roleFor(user);
    const done = meta.data.kind === "answer"
      ? await desk.answer({ userKey: user, requestId, questionId: meta.data.id, text, lang })
      : as === undefined ? { ok: false as const, reason: "notStaff" as const }
        : await desk.act({ userKey: user, as, requestId, submissionId: meta.data.id, action: meta.data.kind, reason: text, lang });
    if (done.ok || done.reason === "duplicate") return ack();
    refusedLog(user, done.reason);
    // The refusal shows under the field, and the modal stays open; nothing was changed.
    return ack({ response_action: "errors", errors: { reason: t(lang, `slack.refused.${done.reason}`, { id: meta.data.id }) } });
  });

  async function publishHome(client: webApi.WebClient, user: string): Promise<void> {
    const lang = await langOf(client, user);
    await client.views.publish({ user_id: user, view: homeView(t, lang, await desk.home(user)) });
  }

  /** Everyone who opened the app's Home in this process: their Home is on screen, or will be when they look again. */
  const homeViewers = new Set<string>();
  app.event("app_home_opened", async ({ event, client }) => {
    if (event.tab !== "home") return;
    homeViewers.add(event.user);
    await publishHome(client, event.user);
  });

  let redraw: NodeJS.Timeout | undefined;
  let stopped = false;
  return {
    queueChanged() {
      if (stopped) return;
      // One redraw for a burst of changes (a claim moves a card and its thread at once); Slack draws a Home per call,
      // and each one reads the whole queue, so a busy minute must not become a call per change per person.
      redraw ??= setTimeout(() => {
        redraw = undefined;
        for (const user of homeViewers) {
          void publishHome(app.client, user).catch((error: unknown) =>
            log("warn", { event: "slack.home_failed", channel: "slack", code: errorCode(error), chatKeyHash: hashChatKey(`slack:${user}`) }));
        }
      }, HOME_REDRAW_MS);
      redraw.unref();
    },
    stop() {
      stopped = true;
      clearTimeout(redraw);
      redraw = undefined;
    },
  };
}

/** How long a queue change waits for others before the open Homes are drawn again. */
const HOME_REDRAW_MS = 500;

export type QueueDoor = {
  /**
   * A submission or an escalation changed (its card or question post was just brought up to date): the App Home
   * of everyone who opened it in this process is drawn again shortly, so "claimed by me", "unclaimed" and "overdue"
   * do not stay as they were when the tab was opened. Someone who opens it later gets it fresh then.
   */
  queueChanged(): void;
  /** No redraw after this: the channel is stopping, and the database with it. */
  stop(): void;
};

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
