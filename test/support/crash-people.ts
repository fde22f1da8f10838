import type { BotApiCall, FakeTelegramApi } from "../fakes/telegram-api.js";
import type { FakeSlackApi, SlackApiCall } from "../fakes/slack-api.js";
import { type Delivery, type SlackPlatform, posted } from "./crash-slack.js";

/*
 * The people of the crash test. They read only what reached them (the messages the fakes recorded for their
 * chat) and behave as people do when a bot goes quiet: they wait a while, then press again, ask /status, or type
 * /start to see where they are; a reviewer types the same command again. Every wait is bounded by `patienceMs`
 * and every run by a deadline, so a bot that stops answering fails the test with what the person last saw.
 */

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const between = (min: number, max: number) => min + Math.random() * (max - min);
const ID = /KZ-AI-\d{4}-\d{4}/;

type Button = { text: string; callback_data: string };
export const buttonsOf = (call: BotApiCall): Button[] =>
  ((call.params.reply_markup as { inline_keyboard?: Button[][] } | undefined)?.inline_keyboard ?? []).flat();
/** A message's text as the person reads it: a Telegram message sent as HTML shows without its tags and entities. */
export function textOf(call: BotApiCall | SlackApiCall): string {
  const text = String(call.params.text ?? "");
  if (call.params.parse_mode !== "HTML") return text;
  return text.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}

/** When people give up: `at` is a deadline (ms since the epoch); a test that failed elsewhere sets it to 0. */
export type Limit = { at: number };

export type PeopleTiming = {
  /** How long a person waits for an answer before trying again. */
  patienceMs: number;
  /** How long a founder waiting for the review stays quiet before asking /status. */
  statusEveryMs: number;
};

/** Everything a chat with the bot was sent, in order, as the Bot API accepted it: messages, typing, documents. */
export function chatSequence(api: FakeTelegramApi, chatId: number): BotApiCall[] {
  return api.calls.filter((c) => c.refusedWith === undefined && c.params.chat_id !== undefined && String(c.params.chat_id) === String(chatId));
}

/**
 * A founder on Telegram: /start, English, a description, "Yes, all correct", "no" or "I don't know" to every
 * question, "Draft the dossier", a name, Skip to the end, "File for review"; then waits for the review, corrects
 * and re-submits when changes are requested, and is done once told of the approval.
 */
export class Founder {
  readonly chatId: number;
  readonly name: string;
  submissionId: string | undefined;
  phase: "interview" | "filed" | "resubmitting" | "approved" = "interview";
  /** Tries again after no answer came within the patience (re-presses, /status, /start). */
  retries = 0;
  statusChecks = 0;
  readonly updateIds: number[] = [];
  /** Prompts this founder answered from a "Welcome back" re-prompt, by their buttons, to check the original came too. */
  readonly answeredFromReprompt: string[] = [];
  private readonly user: Record<string, unknown>;
  private seen = 0;
  private readonly pressed = new Set<string>();
  private described = false;
  private named = false;
  private lastAction: { press: string } | { text: string } | undefined;
  private lastActionAt = 0;
  private lastHeardAt = 0;
  private triesSinceAnswer = 0;
  private changesSeenInStatusAt: number | undefined;
  /** Changes were requested and this founder has set about re-submitting (by the notice's button or /resubmit). */
  private resubmitStarted = false;
  private messageId = 0;
  /** What this founder did and saw, with when, for a failure's story. */
  private readonly story: { at: number; line: string }[] = [];

  constructor(
    private readonly api: FakeTelegramApi,
    n: number,
    private readonly timing: PeopleTiming,
    private readonly onFilingPress: () => void,
  ) {
    this.chatId = 700_100 + n;
    this.name = `Bakery bot ${n}`;
    this.user = { id: this.chatId, is_bot: false, first_name: `Founder${n}`, language_code: "en" };
  }

  /** What this chat was sent, in order (text messages only). */
  messages(): BotApiCall[] {
    return chatSequence(this.api, this.chatId).filter((c) => c.method === "sendMessage");
  }

  /** Runs until told of the approval; throws with the chat's last messages when the limit passes first. */
  async run(limit: Limit): Promise<void> {
    await this.send({ text: "/start" });
    while (this.phase !== "approved") {
      if (Date.now() > limit.at) throw new Error(this.stuck("did not finish"));
      const all = this.messages();
      const fresh = all.slice(this.seen);
      this.seen = all.length;
      for (const m of fresh) {
        this.story.push({ at: Date.now(), line: `  got [${m.root ?? ""}] ${textOf(m).replace(/\n/g, " / ").slice(0, 80)}` });
        this.learn(m);
      }
      const action = this.decide(fresh);
      if (action) {
        await sleep(between(30, 200));
        await this.send(action);
        continue;
      }
      const now = Date.now();
      if (this.phase === "filed") {
        // Waiting for the review: now and then a look at /status, as people do.
        if (now - Math.max(this.lastActionAt, this.lastHeardAt) > this.timing.statusEveryMs) {
          this.statusChecks++;
          await this.send({ text: "/status" });
        }
        // /status says changes were requested and no notice with the button came: /resubmit, as /status suggests.
        if (this.changesSeenInStatusAt !== undefined && !this.resubmitStarted && now - this.changesSeenInStatusAt > this.timing.patienceMs) {
          this.resubmitStarted = true;
          this.phase = "resubmitting";
          await this.send({ text: "/resubmit" });
        }
      } else if (now - this.lastActionAt > this.timing.patienceMs) {
        await this.retry();
      }
      await sleep(25);
    }
  }

  /** Final check after the run: /status answered with this founder's id (retrying as a person would). */
  async finalStatus(limit: Limit): Promise<string> {
    for (;;) {
      const from = this.messages().length;
      await this.send({ text: "/status" });
      const until = Math.min(limit.at, Date.now() + this.timing.patienceMs);
      while (Date.now() < until) {
        const answer = this.messages().slice(from).find((m) => textOf(m).startsWith("Your submissions:"));
        if (answer) return textOf(answer);
        await sleep(25);
      }
      if (Date.now() >= limit.at) throw new Error(this.stuck("got no answer to the final /status"));
      this.retries++;
    }
  }

  private learn(m: BotApiCall): void {
    const text = textOf(m);
    this.lastHeardAt = Date.now();
    const filed = /^Filed\. Your submission id is (KZ-AI-\d{4}-\d{4})/.exec(text);
    if (filed) {
      this.submissionId = filed[1];
      if (this.phase === "interview") this.phase = "filed";
      this.triesSinceAnswer = 0;
    }
    if (this.submissionId === undefined && text.startsWith("Your submissions:")) {
      // The "Filed" reply did not come, but /status names the id.
      this.submissionId = ID.exec(text)?.[0];
      if (this.submissionId && this.phase === "interview") this.phase = "filed";
    }
    if (this.submissionId === undefined) return;
    const id = this.submissionId;
    if (text.startsWith(`${id} was re-submitted`)) {
      this.phase = "filed";
      this.triesSinceAnswer = 0;
    }
    if (text === `Good news: ${id} was approved.`) this.phase = "approved";
    if (text.startsWith("Your submissions:")) {
      if (text.includes(`${id} · ${this.name} · approved`)) this.phase = "approved";
      if (text.includes(`${id} · ${this.name} · changes requested`) && !this.resubmitStarted) this.changesSeenInStatusAt ??= Date.now();
    }
  }

  /** What to do about the newest message that asks something of this founder, if anything. */
  private decide(fresh: BotApiCall[]): { press: string } | { text: string } | undefined {
    for (const m of [...fresh].reverse()) {
      const text = textOf(m);
      const buttons = buttonsOf(m);
      const pick = (label: RegExp) => buttons.find((b) => label.test(b.text));
      const press = (b: Button | undefined) => {
        if (!b || this.pressed.has(b.callback_data)) return undefined;
        if (text.startsWith("Welcome back")) this.answeredFromReprompt.push(keyboardOf(m));
        return { press: b.callback_data };
      };
      if (buttons.length === 0) continue;
      if (this.phase === "interview") {
        if (/Which language/.test(text)) return press(pick(/English/));
        if (/Describe your AI system/.test(text)) {
          if (this.described) return undefined;
          this.described = true;
          return { text: `A chatbot for ${this.name}: takes orders by name and phone. If it breaks, customers call instead.` };
        }
        if (/What is the product called\?/.test(text)) {
          if (this.named) return undefined;
          this.named = true;
          return { text: this.name };
        }
        const action =
          press(pick(/^File for review$/)) ?? press(pick(/^Draft the dossier$/)) ?? press(pick(/^Skip$/)) ??
          press(pick(/^(Yes, all correct|None of these|No)\b/)) ?? press(pick(/I don't know/));
        // The newest question decides; an older message's buttons are not what the bot asks now.
        return action;
      }
      if (this.phase === "filed" && text.startsWith(`Changes were requested for ${this.submissionId}:`)) {
        const b = this.resubmitStarted ? undefined : press(pick(/Correct and re-submit/));
        if (b) {
          this.phase = "resubmitting";
          this.resubmitStarted = true;
        }
        return b;
      }
      if (this.phase === "resubmitting") return press(pick(/^Re-submit$/));
      return undefined;
    }
    return undefined;
  }

  /** No answer within the patience: press again, then alternate /start (which shows where one is) and /status. */
  private async retry(): Promise<void> {
    this.retries++;
    this.triesSinceAnswer++;
    const again = this.lastAction !== undefined && "press" in this.lastAction && this.triesSinceAnswer === 1 ? this.lastAction : undefined;
    await this.send(again ?? { text: this.triesSinceAnswer % 2 === 0 ? "/start" : "/status" }, { retry: true });
  }

  private async send(action: { press: string } | { text: string }, options: { retry?: boolean } = {}): Promise<void> {
    const chat = { id: this.chatId, type: "private" };
    this.story.push({ at: Date.now(), line: `sent ${"press" in action ? `press ${action.press}` : action.text.slice(0, 40)}${options.retry ? " (retry)" : ""}` });
    if ("press" in action) {
      this.pressed.add(action.press);
      if (!options.retry && /^v1:d:(file|resubmit)/.test(action.press)) this.onFilingPress();
      this.updateIds.push(this.api.pushUpdate({
        callback_query: { id: `cb${this.chatId}-${++this.messageId}`, from: this.user, chat_instance: String(this.chatId), data: action.press, message: { message_id: 1, date: 0, chat } },
      }));
    } else {
      this.updateIds.push(this.api.pushUpdate({ message: { message_id: ++this.messageId, date: 0, chat, from: this.user, text: action.text } }));
    }
    // A retry is not a new step: the first press stays the one to retry.
    if (!options.retry) {
      this.lastAction = action;
      this.triesSinceAnswer = 0;
    }
    this.lastActionAt = Date.now();
  }

  /** Everything this founder did and saw while running, in order. */
  transcript(): string {
    const t0 = this.story[0]?.at ?? 0;
    return this.story.map((e) => `${((e.at - t0) / 1000).toFixed(2)}s ${e.line}`).join("\n");
  }

  private stuck(what: string): string {
    const last = this.messages().slice(-4).map((m) => `  [${m.root ?? ""}] ${textOf(m).slice(0, 160)}`).join("\n");
    return `founder ${this.chatId} ${what} (phase ${this.phase}, id ${this.submissionId ?? "none"}, ${this.retries} retries); last messages:\n${last}`;
  }
}

/** A message's buttons as one string, to tell whether two messages asked the same question. */
export const keyboardOf = (m: BotApiCall): string => buttonsOf(m).map((b) => b.callback_data).join(" ");

/** One command the reviewer typed, each time Slack delivered it, and the reply it saw (if any). */
export type ReviewerCommand = { text: string; delivery: Delivery; answered: boolean };

/**
 * The compliance team's reviewer on Slack, in a DM with the bot: picks English, then works the queue from `queue`:
 * claims what waits, asks for changes, claims the re-submission and approves it. A command with no reply within
 * the patience is typed again (a new event); Slack itself retries each event that got no 200.
 */
export class Reviewer {
  readonly channel = "D0CRASH01";
  readonly commands: ReviewerCommand[] = [];
  resends = 0;
  readonly approved = new Set<string>();
  private readonly changesRequested = new Set<string>();
  private readonly seenInQueue = new Set<string>();

  constructor(
    private readonly slack: SlackPlatform,
    private readonly api: FakeSlackApi,
    readonly user: string,
    private readonly expected: number,
    private readonly timing: PeopleTiming,
    private readonly onDecision: () => void,
  ) {}

  async run(limit: Limit): Promise<void> {
    const greeting = await this.say("hello", (m) => /Which language/.test(textOf(m)), limit);
    const english = buttonsIn(greeting).find((b) => /English/.test(b.text.text));
    if (!english) throw new Error(`the reviewer's language prompt has no English button: ${textOf(greeting)}`);
    // A press answered "that button … has moved on" was taken the first time, whose reply was late: go on.
    await this.pressUntil(english, (m) => /Review commands|That button belongs to an earlier question/.test(textOf(m)), limit);
    while (this.approved.size < this.expected) {
      if (Date.now() > limit.at) throw new Error(`the reviewer did not finish: approved ${[...this.approved].join(", ") || "none"} of ${this.expected}`);
      const queue = textOf(await this.say("queue", (m) => /^(Open submissions|The queue is empty)/.test(textOf(m)), limit));
      const next = this.nextMove(queue);
      if (!next) {
        await sleep(between(300, 800));
        continue;
      }
      const reply = textOf(await this.say(next.command, (m) => textOf(m).includes(next.id) && !textOf(m).startsWith("Open submissions"), limit, true));
      if (reply.startsWith(`Changes requested for ${next.id}`)) this.changesRequested.add(next.id);
      if (reply.startsWith(`${next.id} is approved`)) this.approved.add(next.id);
    }
  }

  /** The first thing the queue asks of a reviewer, remembering what they already did to each submission. */
  private nextMove(queue: string): { id: string; command: string } | undefined {
    const listed = new Set<string>();
    let move: { id: string; command: string } | undefined;
    for (const [, id, status] of queue.matchAll(/(KZ-AI-\d{4}-\d{4}) · .*? · (waiting for review|in review|changes requested|resubmitted)/g)) {
      listed.add(id!);
      this.seenInQueue.add(id!);
      if (status === "changes requested" || status === "resubmitted") this.changesRequested.add(id!);
      if (move) continue;
      if (status === "waiting for review" || status === "resubmitted") move = { id: id!, command: `claim ${id}` };
      else if (status === "in review") {
        move = this.changesRequested.has(id!) ? { id: id!, command: `approve ${id}` } : { id: id!, command: `changes ${id} Please describe who checks the orders and how a person can stop the bot.` };
      }
    }
    // Approved submissions leave the queue: one the reviewer approved whose reply did not come counts once it is gone.
    for (const id of this.seenInQueue) if (!listed.has(id) && this.changesRequested.has(id)) this.approved.add(id);
    return move;
  }

  /** Types `text` until a reply matching `answered` comes after it. */
  private async say(text: string, answered: (m: SlackApiCall) => boolean, limit: Limit, decision = false): Promise<SlackApiCall> {
    for (;;) {
      const from = posted(this.api, this.channel).length;
      const delivery = await this.slack.message(this.channel, this.user, text);
      const command: ReviewerCommand = { text, delivery, answered: false };
      this.commands.push(command);
      if (decision && delivery.acked) this.onDecision();
      const reply = await this.replyAfter(from, answered, limit);
      if (reply) {
        command.answered = true;
        return reply;
      }
      this.resends++;
    }
  }

  private async pressUntil(button: { action_id: string; value: string }, answered: (m: SlackApiCall) => boolean, limit: Limit): Promise<SlackApiCall> {
    for (;;) {
      const from = posted(this.api, this.channel).length;
      const delivery = await this.slack.press(this.channel, this.user, button);
      const command: ReviewerCommand = { text: `(press ${button.value})`, delivery, answered: false };
      this.commands.push(command);
      const reply = await this.replyAfter(from, answered, limit);
      if (reply) {
        command.answered = true;
        return reply;
      }
      this.resends++;
    }
  }

  private async replyAfter(from: number, answered: (m: SlackApiCall) => boolean, limit: Limit): Promise<SlackApiCall | undefined> {
    const until = Date.now() + this.timing.patienceMs;
    while (Date.now() < until) {
      const reply = posted(this.api, this.channel).slice(from).find(answered);
      if (reply) return reply;
      if (Date.now() > limit.at) throw new Error(`the reviewer got no reply; last posted: ${posted(this.api, this.channel).slice(-2).map(textOf).join(" | ")}`);
      await sleep(25);
    }
    return undefined;
  }
}

type SlackButton = { action_id: string; value: string; text: { text: string } };
const buttonsIn = (call: SlackApiCall): SlackButton[] =>
  ((call.params.blocks ?? []) as { elements?: SlackButton[] }[]).flatMap((b) => b.elements ?? []);
