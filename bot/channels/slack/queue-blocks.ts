import type { types } from "@slack/bolt";
import { z } from "zod";
import type { QueueAction } from "../../../flows/queue/transitions.js";
import type { SubmissionView } from "../../../flows/queue/view.js";
import type { Lang } from "../../../knowledge/types.js";
import type { Translate } from "../../runtime/i18n.js";
import type { Home, HistoryLine, PostContent } from "../../runtime/queue-desk.js";

type Block = types.KnownBlock;

/** Slack reads &, < and > as control characters; what founders and staff wrote is shown, never interpreted. */
const esc = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** A section's text is at most 3,000 characters. */
const clip = (text: string, max = 2900): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Buttons and modals carry what they act on as `action_id` "queue:<action>" and `value` the submission id (or
 * question id); modals carry theirs in `private_metadata`. All three come back from Slack unverified in shape,
 * so each is parsed with these schemas (house style §8).
 */
export const CardAction = z.enum(["claim", "request_changes", "approve", "reject", "escalate", "dossier"]);
export type CardAction = z.infer<typeof CardAction>;
export const ItemId = z.string().regex(/^[A-Z]{1,8}(-[A-Z0-9]{1,8}){1,4}$/);
export const ModalMeta = z.object({
  kind: z.enum(["request_changes", "reject", "escalate", "answer"]),
  id: ItemId,
  /** Where the click came from, for the ephemeral answer after the modal. */
  channel: z.string().max(40).optional(),
});
export type ModalMeta = z.infer<typeof ModalMeta>;

const button = (t: Translate, lang: Lang, action: CardAction, id: string, style?: "primary" | "danger"): types.Button => ({
  type: "button", action_id: `queue:${action}`, value: id, text: { type: "plain_text", text: t(lang, `slack.button.${action}`) }, ...(style && { style }),
});

const STYLE: Partial<Record<QueueAction, "primary" | "danger">> = { approve: "primary", reject: "danger" };

/** The lines a submission shows everywhere: risk, flags, duties, effort, timeline, status, assignee, due date. */
function facts(t: Translate, lang: Lang, v: SubmissionView, assigneeKey: string | null | undefined): string[] {
  const flags = v.prohibited.length === 0 ? t(lang, "slack.card.none") : v.prohibited.map((c) => `\`${c}\``).join(", ");
  const duties = v.obligations.length === 0 ? t(lang, "slack.card.none") : v.obligations.slice(0, 6).map((c) => `\`${c}\``).join(", ");
  const lines = [
    `*${t(lang, "slack.card.tier")}:* ${t(lang, `queue.tierName.${v.tier}`)}`,
    `*${t(lang, "slack.card.flags")}:* ${flags}`,
    `*${t(lang, "slack.card.duties")}:* ${duties}`,
    `*${t(lang, "slack.card.effort")}:* ${v.effortPersonDays ? t(lang, "slack.card.effortRange", v.effortPersonDays) : t(lang, "slack.card.undated")}`,
    `*${t(lang, "slack.card.timeline")}:* ${v.timelineEnd ?? t(lang, "slack.card.undated")}`,
    `*${t(lang, "slack.card.status")}:* ${t(lang, `queue.statusName.${v.status}`)}`,
  ];
  if (assigneeKey !== undefined) lines.push(`*${t(lang, "slack.card.assignee")}:* ${assigneeKey === null ? t(lang, "slack.card.unassigned") : `<@${assigneeKey}>`}`);
  if (v.due !== null) lines.push(v.overdue ? `:warning: *${t(lang, "slack.card.overdue", { due: v.due })}*` : `*${t(lang, "slack.card.due")}:* ${v.due}`);
  return lines;
}

const title = (t: Translate, lang: Lang, v: SubmissionView): string => t(lang, "slack.card.title", { id: v.id, name: v.name === null ? t(lang, "slack.card.withheld") : esc(v.name) });

/** A button for each move the view offers its viewer. */
const moveButtons = (t: Translate, lang: Lang, v: SubmissionView): types.Button[] =>
  v.actions.flatMap((a) => {
    const card = CardAction.safeParse(a);
    return card.success ? [button(t, lang, card.data, v.id, STYLE[a])] : [];
  });

/** The buttons of a submission: its moves for the compliance team, then the dossier. */
function actions(t: Translate, lang: Lang, v: SubmissionView): Block {
  return { type: "actions", block_id: `card:${v.id}`, elements: [...moveButtons(t, lang, v), button(t, lang, "dossier", v.id)] };
}

/** A submission's card in the review channel, highlighted when overdue. */
export function cardMessage(t: Translate, lang: Lang, content: Extract<PostContent, { kind: "card" }>): { text: string; blocks: Block[] } {
  const v = content.view;
  const head = `${v.overdue ? ":warning: " : ""}*${title(t, lang, v)}*`;
  return {
    text: title(t, lang, v),
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: clip([head, ...facts(t, lang, v, content.assigneeKey)].join("\n")) } },
      actions(t, lang, v),
    ],
  };
}

/** One line of the card's thread: who did what, when, and why when they said. */
export function historyText(t: Translate, lang: Lang, h: HistoryLine): string {
  const who = h.actorKey === null ? t(lang, `slack.role.${h.role}`) : `<@${h.actorKey}>`;
  const what = t(lang, `slack.history.action.${h.action}`) + (h.reason ? ` ${t(lang, "slack.history.reason", { reason: esc(h.reason) })}` : "");
  return clip(t(lang, "slack.history.line", { on: h.on, who, what }));
}

/** An escalated question in the regulators' channel: the submission's context (name redacted), then Answer. */
export function questionMessage(t: Translate, lang: Lang, content: Extract<PostContent, { kind: "question" }>): { text: string; blocks: Block[] } {
  const { question: q, view } = content;
  const heading = t(lang, "slack.question.title", { id: q.id, submission: q.submissionId ?? "—" });
  const lines = [`*${heading}*`, t(lang, "slack.question.text", { text: esc(q.text ?? "") })];
  if (view !== null) {
    lines.push(t(lang, "slack.question.context", {
      name: view.name === null ? t(lang, "slack.card.withheld") : esc(view.name), status: t(lang, `queue.statusName.${view.status}`), tier: t(lang, `queue.tierName.${view.tier}`),
    }));
  }
  const elements: types.Button[] = [];
  if (q.status === "answered") {
    lines.push(t(lang, "slack.question.answered", { role: t(lang, `slack.role.${q.answeredByRole}`), on: q.answeredAt.slice(0, 10), answer: esc(q.answer ?? "") }));
    if (content.published) lines.push(t(lang, "slack.question.published"));
    if (!content.published) elements.push({ type: "button", action_id: "question:publish", value: q.id, text: { type: "plain_text", text: t(lang, "slack.button.publish") } });
  } else {
    lines.push(t(lang, "slack.question.waiting"));
    elements.push({ type: "button", action_id: "question:answer", value: q.id, style: "primary", text: { type: "plain_text", text: t(lang, "slack.button.answer") } });
  }
  // While the submission waits for the regulator, its decisions too: the moves the transition table gives a regulator
  // (each press is checked again for its person, so a reviewer in the channel is refused).
  if (view !== null && view.status === "escalated") elements.push(...moveButtons(t, lang, view));
  const blocks: Block[] = [{ type: "section", text: { type: "mrkdwn", text: clip(lines.join("\n")) } }];
  if (elements.length > 0) blocks.push({ type: "actions", block_id: `question:${q.id}`, elements });
  return { text: heading, blocks };
}

/** The modal asking for a reason, a question for the regulator, or a regulator's answer. */
export function reasonModal(t: Translate, lang: Lang, meta: ModalMeta): types.ModalView {
  return {
    type: "modal",
    callback_id: "queue:reason",
    private_metadata: JSON.stringify(meta),
    title: { type: "plain_text", text: t(lang, `slack.modal.title.${meta.kind}`).slice(0, 24) },
    submit: { type: "plain_text", text: t(lang, "slack.modal.submit") },
    close: { type: "plain_text", text: t(lang, "slack.modal.cancel") },
    blocks: [{
      type: "input", block_id: "reason", label: { type: "plain_text", text: t(lang, `slack.modal.label.${meta.kind}`) },
      element: { type: "plain_text_input", action_id: "text", multiline: true, max_length: 3000 },
    }],
  };
}

/** One line per submission for `/triage queue`. */
export function queueLines(t: Translate, lang: Lang, views: readonly SubmissionView[]): string {
  if (views.length === 0) return t(lang, "slack.triage.empty");
  const lines = views.slice(0, 50).map((v) => t(lang, "slack.triage.line", {
    id: v.id, name: v.name === null ? t(lang, "slack.card.withheld") : esc(v.name), status: t(lang, `queue.statusName.${v.status}`), tier: t(lang, `queue.tierName.${v.tier}`),
    due: v.due === null ? "" : t(lang, v.overdue ? "slack.triage.overdueSuffix" : "slack.triage.dueSuffix", { due: v.due }),
  }));
  return [t(lang, "slack.triage.header", { count: views.length }), ...lines].join("\n");
}

/** One submission with its facts and its buttons, for `/triage show` and App Home. */
export const itemBlocks = (t: Translate, lang: Lang, v: SubmissionView): Block[] => [
  { type: "section", text: { type: "mrkdwn", text: clip([`${v.overdue ? ":warning: " : ""}*${title(t, lang, v)}*`, ...facts(t, lang, v, undefined)].join("\n")) } },
  actions(t, lang, v),
];

/** App Home: the person's claimed items, unclaimed ones, overdue ones and escalations waiting, each with buttons. */
export function homeView(t: Translate, lang: Lang, home: Home | null): types.HomeView {
  if (home === null) return { type: "home", blocks: [{ type: "section", text: { type: "mrkdwn", text: t(lang, "slack.home.notStaff") } }] };
  const section = (key: string, views: readonly SubmissionView[]): Block[] => [
    { type: "header", text: { type: "plain_text", text: t(lang, `slack.home.${key}`) } },
    ...(views.length === 0
      ? [{ type: "context", elements: [{ type: "mrkdwn", text: t(lang, "slack.home.none") }] } satisfies types.ContextBlock]
      : views.slice(0, 10).flatMap((v) => itemBlocks(t, lang, v))),
  ];
  // Slack allows 100 blocks in a view: four lists of at most 10 items, two blocks each, and their headers fit.
  return {
    type: "home",
    blocks: [...section("mine", home.mine), ...section("unclaimed", home.unclaimed), ...section("overdue", home.overdue), ...section("escalated", home.escalated)],
  };
}
