/**
 * Stops calling a model that keeps failing (issue 12): after `threshold` failures in a row it opens for
 * `cooldownMs`, during which every call is refused at once and the offline path answers; then one call is let
 * through, and its outcome closes the circuit or opens it again. See test/bot/llm-parts.test.ts "the circuit".
 */
export class CircuitBreaker {
  private failures = 0;
  private openUntil = 0;

  constructor(
    private readonly threshold: number,
    private readonly cooldownMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Whether a call may go now. */
  allows(): boolean {
    return this.clock() >= this.openUntil;
  }

  succeeded(): void {
    this.failures = 0;
    this.openUntil = 0;
  }

  failed(): void {
    this.failures++;
    // The trial call after a cooldown counts as the threshold-th failure again, so one more failure reopens it.
    if (this.failures >= this.threshold) {
      this.openUntil = this.clock() + this.cooldownMs;
      this.failures = this.threshold - 1;
    }
  }
}
