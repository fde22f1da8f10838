import type { BotProcess } from "./crash-bot.js";

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const between = (min: number, max: number) => min + Math.random() * (max - min);

export type KillerPlan = {
  /** The killer stops once this many kills are done and `done()` says the people are finished. */
  minKills: number;
  /** …and in any case after this many, so that the people can finish. */
  maxKills: number;
  /** A kill comes this long after the process is up, unless something triggers one sooner. */
  randomAfterMs: [number, number];
  /** A trigger (a filing press, a reviewer's decision that got 200) kills this long after it, with `triggerChance`. */
  afterTriggerMs: [number, number];
  triggerChance: number;
  /**
   * The chance that a kill waits for the next message the platform accepts and lands before the bot hears back:
   * the message in flight, the one the courier must send again and the only one it may repeat.
   */
  inFlightChance: number;
  /** The chance that a restart is killed again before it is up (during migrations, the rules re-check, getMe). */
  startUpChance: number;
};

export type KillReason = "random" | "startUp" | "filing" | "decision" | "inFlight";

/**
 * The supervisor from hell: keeps the bot running over the same SQLite file, SIGKILLs it at random moments and
 * right after the moments that matter (`trigger`), and starts it again at once.
 */
export class Killer {
  readonly reasons: KillReason[] = [];
  private active = true;
  private triggerWaiter: ((reason: KillReason) => void) | undefined;
  private loop: Promise<void> = Promise.resolve();

  constructor(
    private readonly bot: BotProcess,
    private readonly plan: KillerPlan,
    private readonly done: () => boolean,
    /** Resolves when a platform has just accepted a message from the bot (and not yet answered it). */
    private readonly accepted: () => Promise<unknown>,
  ) {}

  get kills(): number {
    return this.reasons.length;
  }

  /** Starts the bot and the killing; resolves once the first process is up. */
  async start(): Promise<void> {
    await this.bot.start();
    await this.bot.whenReady();
    this.loop = this.run();
  }

  /** Something just happened that a kill right now would test. */
  trigger(reason: "filing" | "decision"): void {
    if (!this.active || !this.triggerWaiter || Math.random() >= this.plan.triggerChance) return;
    this.triggerWaiter(reason);
  }

  /** Stops killing and resolves with the bot running and up. */
  async stop(): Promise<void> {
    await this.halt();
    await this.loop;
    if (!this.bot.running) await this.bot.start();
    await this.bot.whenReady();
  }

  /** Stops killing (and restarting); resolves once the loop has ended, whatever it ended with. */
  async halt(): Promise<void> {
    this.active = false;
    this.triggerWaiter?.("random");
    await this.loop.catch(() => undefined);
  }

  private async run(): Promise<void> {
    while (this.active) {
      const inFlight = Math.random() < this.plan.inFlightChance;
      const reason = await new Promise<KillReason>((resolve) => {
        // A kill in flight waits for a message; when none comes (everyone is waiting), it strikes anyway.
        const timer = setTimeout(() => resolve("random"), inFlight ? this.plan.randomAfterMs[1] : between(...this.plan.randomAfterMs));
        this.triggerWaiter = (r) => {
          clearTimeout(timer);
          resolve(r);
        };
        if (inFlight) {
          const waiter = this.triggerWaiter;
          // Not before the process has been up a moment, so that it gets some work done between kills.
          void sleep(this.plan.randomAfterMs[0])
            .then(() => this.accepted())
            .then(() => this.triggerWaiter === waiter && waiter("inFlight"));
        }
      });
      this.triggerWaiter = undefined;
      if (!this.active) return;
      if (reason === "filing" || reason === "decision") await sleep(between(...this.plan.afterTriggerMs));
      await this.kill(reason);
      await this.bot.start();
      if (Math.random() < this.plan.startUpChance && this.active) {
        await sleep(between(100, 900));
        if (!this.bot.isReady) {
          await this.kill("startUp");
          await this.bot.start();
        }
      }
      await this.bot.whenReady();
    }
  }

  private async kill(reason: KillReason): Promise<void> {
    await this.bot.kill();
    this.reasons.push(reason);
    if (this.kills >= this.plan.maxKills || (this.kills >= this.plan.minKills && this.done())) this.active = false;
  }
}
