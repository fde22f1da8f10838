import { z } from "zod";
import { Lang } from "../knowledge/types.js";
import { IsoDate } from "../knowledge/estimate/types.js";

/** Roles a user can hold; MUST stay in sync with `Role` in flows/queue/transitions.ts. */
export const ActorRole = z.enum(["founder", "reviewer", "regulator"]);
export type ActorRole = z.infer<typeof ActorRole>;

/** A choice id: stable across languages, short enough for Telegram's 64-byte callback data with its envelope. */
export const ChoiceId = z.string().min(1).max(40).regex(/^[a-z0-9_.:-]+$/i);
export type ChoiceId = z.infer<typeof ChoiceId>;

export const CommandName = z.enum([
  "start", "help", "language", "privacy", "forget", "assess", "back", "status", "ask", "person",
  "dossier", "file", "resubmit", "cancel", "role", "queue", "claim", "changes", "approve", "reject", "escalate", "answer", "questions",
]);
export type CommandName = z.infer<typeof CommandName>;

/** A change the queue made that the founder must hear about. */
export const Notification = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("submissionStatus"),
    submissionId: z.string(),
    status: z.string(),
    reason: z.string().optional(),
    resubmissionDue: IsoDate.optional(),
  }),
  z.object({ kind: z.literal("questionAnswered"), questionId: z.string(), answer: z.string(), byRole: ActorRole }),
  z.object({ kind: z.literal("rulesChanged"), kbVersion: z.string(), changes: z.array(z.string()) }),
]);
export type Notification = z.infer<typeof Notification>;

/**
 * Everything a flow can receive. Adapters build the first four from platform updates; the runtime builds
 * the rest from effect outcomes and from other chats' actions.
 */
export const FlowEvent = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string().max(10_000) }),
  z.object({ type: z.literal("choice"), choiceId: ChoiceId, stamp: z.number().int().optional() }),
  z.object({ type: z.literal("command"), name: CommandName, args: z.string().max(10_000).default("") }),
  z.object({ type: z.literal("document"), fileName: z.string(), text: z.string().max(200_000) }),
  z.object({ type: z.literal("filed"), submissionId: z.string() }),
  z.object({ type: z.literal("escalated"), questionId: z.string() }),
  z.object({ type: z.literal("notification"), notification: Notification }),
]);
export type FlowEvent = z.infer<typeof FlowEvent>;

/** Parameters of a locale key; values already in the user's language or language-neutral. */
export type Params = Record<string, string | number>;

export type Choice = { id: ChoiceId; key: string; params?: Params };

/** Platform-neutral replies: adapters render them (inline keyboards, Block Kit, numbered lines, JSON). */
export type Reply =
  | { kind: "say"; key: string; params?: Params }
  | { kind: "ask"; key: string; params?: Params; choices: Choice[]; stamp?: number }
  | { kind: "document"; key: string; file: { name: string; format: "md" | "docx"; content: Uint8Array } }
  | { kind: "typing" };

/** The world, handed in: flows never read the clock or make ids. */
export type FlowEnv = { now: Date; today: IsoDate; kbVersion: string; platformLocale?: Lang; role: ActorRole };

export function assertNeverEvent(x: never): never {
  throw new Error(`unexpected variant: ${JSON.stringify(x)}`);
}
