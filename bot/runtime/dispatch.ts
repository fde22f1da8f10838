import { parseConversation, startConversation, step } from "../../flows/conversation.js";
import type { ConversationState } from "../../flows/state.js";
import { ActorRole, type FlowEnv, type FlowEvent, type Notification, type Reply } from "../../flows/types.js";
import { KB_VERSION } from "../../knowledge/version.js";
import { deepFreeze, ok, type Lang } from "../../knowledge/types.js";
import { type Database, type Queries, together, WriteRefused } from "../storage/db.js";
import { deliveriesWritten, owe } from "../storage/deliveries.js";
import { faqEntries } from "../storage/faq.js";
import type { PersonAnswer } from "../../knowledge/ask/people.js";
import { markDelivered, notificationsQueued, pending, type OutboxItem } from "../storage/outbox.js";
import { loadSession, replaceSession, saveSession, storedState, type StoredSession } from "../storage/sessions.js";
import { findUser, findUserByChat, setRole, upsertUser, type User } from "../storage/users.js";
import { markProcessed } from "../storage/updates.js";
import { astanaDate } from "./astana-time.js";
import type { ChannelName, Dispatch, Inbound, Sender } from "./channel.js";
import { ChatLock } from "./chat-lock.js";
import { createCourier } from "./courier.js";
import { RateLimiter } from "./rate-limit.js";
import { askModel, isModelEffect, performEffect, type ModelEffect } from "./effects.js";
import { rolesFor, type Staff } from "./roles.js";
import { errorCode } from "./errors.js";
import type { RegulatorChat } from "./regulators-group.js";
import type { Translate } from "./i18n.js";
import { negotiateLocale } from "./locale.js";
import { type Log, hashChatKey } from "./log.js";
import type { ModelAssist } from "../llm/assist.js";

/**
 * A flow step answers each effect with events that go back into the same flow; a well-formed flow settles in
 * two or three rounds, so hitting this bound means a flow bug, which we stop rather than spin on.
 */
const MAX_ROUNDS = 16;

/** How long the published FAQ is reused before it is read again: a published answer shows within this. */
const FAQ_FRESH_MS = 30_000;

export type RuntimeDeps = {
  db: Database;
  log: Log;
  translate: Translate;
  defaultLanguage: Lang;
  /** The clock, read once per event; tests pass a fixed one. */
  clock?: () => Date;
  /** Messages one person may send per minute; no limit when not given (the terminal chat never has one). */
  rateLimitPerMinute?: number;
  /** Who holds a staff role (from configuration); nobody, when not given. */
  staff?: Staff;
  /** Issue 10: the regulators' Telegram group, where escalated questions are posted. */
  regulatorChat?: RegulatorChat;
  /** The wait before retrying a refused send (bot/runtime/courier.ts); tests shorten it. */
  backoffMs?: (attempts: number) => number;
  /** The optional language model (issue 12); without it every flow runs offline, exactly as before. */
  model?: ModelAssist;
};

export type Runtime = {
  /** Handles one event and returns once its turn committed; replies go out on their own (bot/runtime/courier.ts). */
  dispatch: Dispatch;
  /** Registers how a channel delivers replies to its chats; only registered channels' chats are sent to. */
  setSender(channel: ChannelName, sender: Sender): void;
  /**
   * Shows pending notifications (a founder's status change, an answer) through their chats' flows and sends
   * everything due; resolves once nothing is left that can go now (refused sends wait for their retry).
   */
  deliverOutbox(): Promise<void>;
  /** Resolves once the chat's due replies are sent (the terminal chat waits for them before reading the next line). */
  settled(chatKey: string): Promise<void>;
  /** Takes no more work and resolves once what is in flight has ended, so the database can be closed after it. */
  stop(): Promise<void>;
  /**
   * Something committed outside `dispatch` (the Slack queue door, bot/runtime/queue-desk.ts) may owe sends and
   * notifications: start them, without waiting.
   */
  wake(): void;
};

/**
 * Whom a notification speaks to. In the terminal chat one person plays every role in one chat: a founder's news
 * waits while they act as reviewer or regulator (and arrives when they switch back), and the team's news waits
 * for a team role, so nobody reads text or buttons meant for someone else.
 */
const audienceOf = (n: Notification): "founder" | "team" => (n.kind === "escalationAnswered" ? n.audience : "founder");
const isFor = (role: ActorRole, n: Notification): boolean => (audienceOf(n) === "founder") === (role === "founder");

/**
 * The states this runtime last wrote, by chat, with the text stored: when a chat's next turn reads back that very
 * text, the state is taken as it was made instead of JSON-parsing and zod-validating 5–6 KB again (issue 13).
 * What is read from disk is still parsed whenever it differs (another process, an older version, a restore).
 * Frozen, so the flows (pure by design) cannot change a state that a later turn reuses. Bounded: past the cap the
 * oldest chats are parsed again.
 */
class WrittenStates {
  static readonly CAP = 1_000;
  private readonly states = new Map<string, { text: string; state: ConversationState }>();

  remember(chatKey: string, text: string, state: ConversationState): void {
    this.states.delete(chatKey);
    this.states.set(chatKey, { text, state: deepFreeze(state) });
    if (this.states.size > WrittenStates.CAP) this.states.delete(this.states.keys().next().value!);
  }

  reuse(chatKey: string, text: string): { ok: true; value: ConversationState } | null {
    const known = this.states.get(chatKey);
    return known !== undefined && known.text === text ? ok(known.state) : null;
  }
}

/** A follow-up turn of the same chat is not a platform update: it must not be dropped as a repeat of one. */
function withoutUpdateId(inbound: Inbound): Inbound {
  const { updateId: _, ...rest } = inbound;
  return rest;
}

/** Ends a rehearsed turn's transaction without writing: the update was a repeat, or what it read has changed. */
class Rehearsal extends Error {
  constructor(readonly outcome: "repeat" | "stale") {
    super(`rehearsed turn: ${outcome}`);
  }
}

/** `waiting`: model calls the turn asked for, made after its commit so no chat waits on a model through the database. */
type TurnResult = { lang: Lang; replies: Reply[]; waiting: ModelEffect[]; save: { userId: number; state: ConversationState } | null };

/**
 * The one entry point every channel calls (house style §5): take the chat's lock, load and parse its state,
 * step the flow, perform its effects, and write everything in one transaction, the replies it owes included
 * (bot/storage/deliveries.ts); the courier sends them after the commit, on its own. A failing step writes
 * nothing and the user gets an apology.
 */
export function createRuntime(deps: RuntimeDeps): Runtime {
  const { db, log } = deps;
  const staff = deps.staff ?? { reviewers: [], regulators: [] };
  // The FAQ of answers from people changes rarely and is read on every turn: kept for a short while.
  let faq: { at: number; entries: PersonAnswer[] } | undefined;
  async function publishedAnswers(q: Queries): Promise<PersonAnswer[]> {
    const at = clock().getTime();
    if (faq === undefined || at - faq.at > FAQ_FRESH_MS) faq = { at, entries: await faqEntries(q) };
    return faq.entries;
  }
  const limiter = deps.rateLimitPerMinute === undefined ? undefined : new RateLimiter(deps.rateLimitPerMinute, () => clock().getTime());
  const clock = deps.clock ?? (() => new Date());
  const lock = new ChatLock();
  const written = new WrittenStates();
  // Issue 10: a member of the regulators' Telegram group acts there as a regulator, and only there.
  const rolesOf = (inbound: Inbound): readonly ActorRole[] => (inbound.regulator ? ["regulator"] : rolesFor(inbound.channel, inbound.userKey, staff));
  const senders = new Map<string, Sender>();
  const courier = createCourier({ db, log, clock, senders, ...(deps.backoffMs && { backoffMs: deps.backoffMs }) });
  let delivering: Promise<void> | undefined;
  /**
   * How many notifications this process had queued (storage/outbox.ts) when a look last found none waiting: while
   * that count stands, the outbox is still empty and a turn need not look again.
   */
  let emptyAt: number | null = null;
  let deliverAgain = false;
  let stopped = false;

  /** Runs one event and the effect outcomes it leads to, inside the caller's transaction. */
  async function runTurn(q: Queries, inbound: Inbound, user: User, now: Date, stored: StoredSession | null, rehearsal = false): Promise<TurnResult> {
    const allowedRoles = rolesOf(inbound);
    const platformLocale = negotiateLocale(inbound.platformLocale);
    const env: FlowEnv = {
      now,
      today: astanaDate(now),
      kbVersion: KB_VERSION.id,
      role: user.role,
      switchableRoles: allowedRoles,
      publishedAnswers: await publishedAnswers(q),
      ...(platformLocale !== undefined && { platformLocale }),
      ...(deps.model !== undefined && { modelAssist: true }),
    };
    const replies: Reply[] = [];
    let state: ConversationState;
    let events: FlowEvent[];
    const parsed = stored === null ? null : written.reuse(inbound.chatKey, stored.stateText) ?? parseConversation(storedState(stored));
    if (parsed?.ok) {
      state = parsed.value;
      events = inbound.event.type === "unsupported" ? [] : [inbound.event];
      if (inbound.event.type === "unsupported") replies.push({ kind: "say", key: inbound.event.note ?? "errors.unsupported" });
    } else {
      // A rehearsal leaves starting over (and its log line) to the turn in the transaction.
      if (rehearsal) throw new WriteRefused();
      // A new chat, or a stored state from an older shape: start over (and say so when something was lost).
      if (parsed && !parsed.ok) {
        log("warn", { event: "session.restarted", code: parsed.reason, chatKeyHash: hashChatKey(inbound.chatKey) });
        replies.push({ kind: "say", key: "errors.flowRestarted" });
      }
      const event = inbound.event;
      // A language picked on the screen that ended an erased conversation (/forget keeps no session) answers
      // the new conversation's same first screen, whatever its stamp.
      const pickedLanguage = stored === null && event.type === "choice" && event.choiceId.startsWith("lang:");
      if (pickedLanguage) {
        state = startConversation(env, user.language ?? platformLocale ?? deps.defaultLanguage).state;
        events = [{ type: "choice", choiceId: event.choiceId }];
      } else {
        const started = startConversation(env, user.language ?? platformLocale ?? deps.defaultLanguage);
        state = started.state;
        // A deep link's first message (`/start kk`, `/start KZ-AI-…`) is the flow's to answer, first screen included.
        const text = event.type === "text" ? event.text.trim() : "";
        const linked = stored === null && /^\/start\s+\S/i.test(text);
        if (!linked) replies.push(...started.replies);
        // Issue 10: an adapter's note (a group's "in a private chat", an unreadable document) is not lost on the first screen.
        if (event.type === "unsupported" && event.note !== undefined) replies.push({ kind: "say", key: event.note });
        // News from the queue still has to reach them, and a command works on the first screen as on any other
        // (a reviewer's first "/claim ID" is not lost to the language question); other text is not read before
        // the language is chosen, or belonged to the conversation that was lost.
        const said = event.type === "command" ? `/${event.name}` : text;
        const isCommand = said.startsWith("/") && (linked || !/^\/start\b/i.test(said));
        events = event.type !== "unsupported" && (event.type === "notification" || (isCommand && parsed === null)) ? [event] : [];
      }
    }

    const userId = user.id;
    let forgotten = false;
    const waiting: ModelEffect[] = [];
    for (let round = 0; events.length > 0; round++) {
      if (round >= MAX_ROUNDS) throw new Error("flow did not settle");
      const next: FlowEvent[] = [];
      for (const event of events) {
        const result = step(state, event, env);
        state = result.state;
        replies.push(...result.replies);
        for (const effect of result.effects) {
          const ctx = {
            userId, chatKey: inbound.chatKey, channel: inbound.channel, role: env.role, lang: state.lang, now, today: env.today, translate: deps.translate, allowedRoles,
            ...(deps.regulatorChat && { regulatorChat: deps.regulatorChat }),
            ...(deps.model !== undefined && { model: deps.model }),
          };
          if (isModelEffect(effect)) {
            waiting.push(effect);
            continue;
          }
          const outcome = await performEffect(q, effect, ctx);
          replies.push(...outcome.documents);
          next.push(...outcome.events);
          // The person is erased, their platform identity included: no account or session is kept for them until
          // they write again.
          if (effect.kind === "forget") forgotten = true;
        }
        for (const e of next) if (e.type === "roleOutcome" && e.outcome.ok) env.role = e.outcome.role;
      }
      events = next;
    }
    return { lang: state.lang, replies, waiting, save: forgotten ? null : { userId, state } };
  }

  /**
   * The turn of an existing chat stepped on the read-only handle, outside any transaction: most turns (an answer,
   * a question, a /queue page) write nothing but their replies and the new state, so they need the writer only
   * for those, not while the flow thinks and the reads run (issue 13: one writer, held across every step, capped
   * throughput and made founders wait behind a reviewer's /queue). Null when the turn must run in a transaction
   * instead: a new chat or account, a role to correct, a state to start over, an effect that writes.
   */
  async function rehearse(inbound: Inbound, now: Date): Promise<{ user: User; stored: StoredSession; result: TurnResult } | null> {
    const q = db.reading;
    const [user, stored] = await together([findUser(q, inbound.channel, inbound.userKey), loadSession(q, inbound.chatKey)]);
    if (user === null || stored === null || stored.userId !== user.id || !rolesOf(inbound).includes(user.role)) return null;
    try {
      const result = await runTurn(q, inbound, user, now, stored, true);
      return result.save === null ? null : { user, stored, result };
    } catch (error) {
      // A write refused, or anything else: the transaction's turn does it again and answers for a real failure
      // (logged here too, in case only the read-only connection failed).
      if (!(error instanceof WriteRefused)) log("warn", { event: "dispatch.rehearsal_failed", code: errorCode(error), channel: inbound.channel, chatKeyHash: hashChatKey(inbound.chatKey) });
      return null;
    }
  }

  /**
   * Writes a rehearsed turn: its update marked as processed, its replies owed and its state stored, all at once
   * and only if neither the account nor the session changed since they were read. "stale" when they had (the
   * turn is stepped again in a transaction); "repeat" when the update had already been processed.
   */
  async function commitRehearsal(inbound: Inbound, now: Date, r: { user: User; stored: StoredSession; result: TurnResult }) {
    const at = now.toISOString();
    const save = r.result.save!;
    let text = "";
    let owed = null as Awaited<ReturnType<typeof owe>>;
    const outcome = await db.tx(async (q) => {
      const [fresh, user, replaced, owing] = await together([
        inbound.updateId === undefined ? true : markProcessed(q, inbound.channel, inbound.updateId, at),
        findUser(q, inbound.channel, inbound.userKey),
        replaceSession(q, inbound.chatKey, r.stored.stateText, save.state, at),
        owe(q, inbound.chatKey, r.result.lang, r.result.replies, at),
      ]);
      // Thrown, so the transaction rolls back what was written beside the check.
      if (!fresh) throw new Rehearsal("repeat");
      if (replaced === null || user === null || user.id !== r.user.id || user.role !== r.user.role || user.language !== r.user.language) {
        throw new Rehearsal("stale");
      }
      text = replaced;
      owed = owing;
      return "done" as const;
    }).catch((error: unknown) => {
      if (error instanceof Rehearsal) return error.outcome;
      throw error;
    });
    if (outcome === "done") written.remember(inbound.chatKey, text, save.state);
    return { outcome, owed };
  }

  async function handle(inbound: Inbound, outboxId?: number): Promise<void> {
    const now = clock();
    let waiting: ModelEffect[] = [];
    // Until the turn has read the person's stored choice, the apology speaks the platform's language, as a new chat would.
    let lang: Lang = negotiateLocale(inbound.platformLocale) ?? deps.defaultLanguage;
    let owed = null as Awaited<ReturnType<typeof owe>>;
    let wroteElsewhere = false;
    let notified = false;
    try {
      // A notification is marked delivered in the turn that shows it, so it always takes the transaction.
      const rehearsed = outboxId === undefined ? await rehearse(inbound, now) : null;
      if (rehearsed !== null) lang = rehearsed.user.language ?? lang;
      const committed = rehearsed === null ? null : await commitRehearsal(inbound, now, rehearsed);
      if (committed?.outcome === "repeat") return;
      if (committed?.outcome === "done") {
        owed = committed.owed;
        waiting = rehearsed!.result.waiting;
      } else await db.tx(async (q) => {
        // Read inside the transaction, where no other turn writes: what this turn alone owes and queues.
        const rowsBefore = deliveriesWritten();
        const queuedBefore = notificationsQueued();
        const counted = () => {
          wroteElsewhere = deliveriesWritten() - rowsBefore > (owed === null ? 0 : 1);
          notified = notificationsQueued() > queuedBefore;
        };
        // Three statements at once (each is a round trip to SQLite's thread, and the turn holds the only writer
        // meanwhile); they are independent, and none of them writes anything a repeat must not.
        const [fresh, existing, stored] = await together([
          inbound.updateId === undefined ? true : markProcessed(q, inbound.channel, inbound.updateId, now.toISOString()),
          findUser(q, inbound.channel, inbound.userKey),
          loadSession(q, inbound.chatKey),
        ]);
        if (!fresh) return;
        // A notification erased by /forget since the outbox was read is not shown to the chat's fresh account.
        if (outboxId !== undefined && !(await markDelivered(q, outboxId, now.toISOString()))) return;
        const allowed = rolesOf(inbound);
        let user = existing ?? (await upsertUser(q, inbound.channel, inbound.userKey, now.toISOString(), allowed[0]));
        // Configuration is the only source of roles: one taken away there (or given by older code) is gone here too.
        if (!allowed.includes(user.role)) {
          await setRole(q, user.id, allowed[0]!);
          user = { ...user, role: allowed[0]! };
        }
        lang = user.language ?? lang;
        const result = await runTurn(q, inbound, user, now, stored);
        const save = result.save;
        [owed] = await together([
          owe(q, inbound.chatKey, result.lang, result.replies, now.toISOString()),
          save === null ? undefined : saveSession(q, inbound.chatKey, save.userId, save.state, now.toISOString()).then((text) => written.remember(inbound.chatKey, text, save.state)),
        ]);
        counted();
        waiting = result.waiting;
      });
      // Committed: the reply may go (before the model calls below, which can take seconds).
      if (owed !== null) courier.hand(owed.delivery, owed.older);
      if (wroteElsewhere) courier.kick();
      if (notified) void processNotifications();
      // Still under the chat's lock, so nothing of this chat runs between the call and its answer; other chats
      // and the database go on meanwhile. The answer is stepped in a turn of its own.
      for (const effect of waiting) {
        const outcome = await askModel(effect, deps.model);
        for (const event of outcome.events) await handle({ ...withoutUpdateId(inbound), event });
      }
    } catch (error) {
      log("error", { event: "dispatch.failed", code: errorCode(error), channel: inbound.channel, chatKeyHash: hashChatKey(inbound.chatKey) });
      // A notification the person did not ask for gets no apology; it stays in the outbox for the next round.
      if (outboxId !== undefined) return;
      await db.tx((q) => owe(q, inbound.chatKey, lang, [{ kind: "say", key: "common.apology" }], now.toISOString())).catch((e: unknown) =>
        log("error", { event: "deliver.failed", code: errorCode(e), channel: inbound.channel, chatKeyHash: hashChatKey(inbound.chatKey) }),
      );
      courier.kick();
    }
  }

  /** A flood is cut off before it queues behind anyone: one notice, then its messages are skipped for the minute. */
  async function overLimit(inbound: Inbound): Promise<boolean> {
    if (limiter === undefined || inbound.channel === "console") return false;
    const verdict = limiter.take(`${inbound.channel}:${inbound.userKey}`);
    if (verdict === "ok") return false;
    log("warn", { event: "dispatch.rate_limited", channel: inbound.channel, chatKeyHash: hashChatKey(inbound.chatKey) });
    if (verdict === "limited") {
      const user = await findUser(db, inbound.channel, inbound.userKey);
      const lang = user?.language ?? negotiateLocale(inbound.platformLocale) ?? deps.defaultLanguage;
      await db.tx((q) => owe(q, inbound.chatKey, lang, [{ kind: "say", key: "errors.rateLimited" }], clock().toISOString()));
      courier.kick();
    }
    return true;
  }

  /** Returns once the turn committed; its replies and any notifications it caused go out in the background. */
  const dispatch: Dispatch = async (inbound) => {
    if (await overLimit(inbound)) return;
    await lock.run(inbound.chatKey, () => handle(inbound));
    // A notification left waiting (for the chat's role to change, for a channel's sender) may be shown now.
    if (emptyAt !== notificationsQueued()) void processNotifications();
  };

  /** Shows one waiting notification through its chat's flow, under that chat's lock. */
  async function deliver(item: OutboxItem): Promise<void> {
    const user = await findUserByChat(db, item.chatKey);
    if (!user) {
      // Nobody to tell any more (the chat was forgotten): drop it rather than retry for ever.
      await markDelivered(db, item.id, clock().toISOString());
      return;
    }
    if (!isFor(user.role, item.notification)) return;
    const channel = user.channel as ChannelName;
    // A process that runs only some channels leaves the others' notifications for the process that runs them.
    if (!senders.has(channel)) return;
    await lock.run(item.chatKey, () =>
      handle({ channel, chatKey: item.chatKey, userKey: user.channelUserKey, event: { type: "notification", notification: item.notification } }, item.id),
    );
  }

  /**
   * One delivery loop at a time; a call while it runs asks it to go round once more. Each round pages through
   * everything waiting, so a backlog (a rules change at start-up) goes out at once, and an item that fails is
   * tried again next round rather than in a tight loop. A storage failure here is logged, never passed on to
   * the chat whose message happened to trigger the round.
   */
  function processNotifications(): Promise<void> {
    if (stopped) return Promise.resolve();
    if (delivering) {
      deliverAgain = true;
      return delivering;
    }
    delivering = (async () => {
      do {
        deliverAgain = false;
        const queued = notificationsQueued();
        let seen = 0;
        for (let page = await pending(db); page.length > 0 && !stopped; page = await pending(db, { after: page.at(-1)!.id })) {
          seen += page.length;
          for (const item of page) if (!stopped) await deliver(item);
        }
        // Nothing waited at all: until a turn queues one, turns need not look (one read each, saved).
        if (seen === 0) emptyAt = queued;
      } while (deliverAgain && !stopped);
    })()
      .catch((error: unknown) => log("error", { event: "outbox.failed", code: errorCode(error) }))
      .finally(() => {
        delivering = undefined;
      });
    return delivering;
  }

  return {
    dispatch,
    setSender: (channel, sender) => {
      senders.set(channel, sender);
      void processNotifications();
      courier.kick();
    },
    async deliverOutbox() {
      await processNotifications();
      await courier.settled();
    },
    settled: (chatKey) => courier.settled(chatKey),
    wake: () => {
      void processNotifications();
      courier.kick();
    },
    async stop() {
      stopped = true;
      await delivering;
      await courier.stop();
    },
  };
}
