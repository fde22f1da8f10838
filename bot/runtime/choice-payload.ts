import { z } from "zod";
import { ChoiceId } from "../../flows/types.js";

/** Telegram allows 1–64 bytes of callback data (bytes, not characters); Slack button values share the format. */
const MAX_BYTES = 64;

/** `v1:<choice id>:<stamp>`: the stamp lets a flow refuse a button from a question that has moved on. */
export function encodeChoicePayload(choiceId: string, stamp: number | undefined): string {
  const data = `v1:${choiceId}:${stamp ?? ""}`;
  if (Buffer.byteLength(data, "utf8") > MAX_BYTES) throw new Error(`callback data over ${MAX_BYTES} bytes for choice ${choiceId}`);
  return data;
}

/** Choice ids may contain ":" themselves ("lang:en"), so the stamp is whatever follows the last colon. */
const ChoicePayload = z
  .string()
  .regex(/^v1:.+:\d*$/)
  .transform((data) => {
    const last = data.lastIndexOf(":");
    const choiceId = data.slice("v1:".length, last);
    const stamp = data.slice(last + 1);
    return stamp ? { choiceId, stamp: Number(stamp) } : { choiceId };
  })
  .pipe(z.object({ choiceId: ChoiceId, stamp: z.number().int().optional() }));

/** A button press back into a choice; anything else (an old format, a forged payload) is null. */
export function decodeChoicePayload(data: string): { choiceId: string; stamp?: number } | null {
  const parsed = ChoicePayload.safeParse(data);
  return parsed.success ? parsed.data : null;
}
