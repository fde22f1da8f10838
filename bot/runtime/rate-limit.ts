/**
 * At most `perMinute` messages per person in any 60 seconds (reliability review D13: one person's flood held
 * another's reply for 20 s). `take` says whether this message may go on, and whether the person has already
 * been told to slow down in this stretch, so a flood gets one notice, not one per message.
 */
export class RateLimiter {
  private readonly seen = new Map<string, { at: number[]; told: boolean }>();

  constructor(private readonly perMinute: number, private readonly now: () => number) {}

  take(key: string): "ok" | "limited" | "alreadyTold" {
    const now = this.now();
    const entry = this.seen.get(key) ?? { at: [], told: false };
    entry.at = entry.at.filter((t) => now - t < 60_000);
    if (entry.at.length === 0) entry.told = false;
    this.seen.set(key, entry);
    if (this.seen.size > 10_000) this.prune(now);
    if (entry.at.length < this.perMinute) {
      entry.at.push(now);
      return "ok";
    }
    if (entry.told) return "alreadyTold";
    entry.told = true;
    return "limited";
  }

  /** People quiet for a minute cost nothing. */
  private prune(now: number): void {
    for (const [key, entry] of this.seen) if (entry.at.every((t) => now - t >= 60_000)) this.seen.delete(key);
  }
}
