/**
 * Closed -> open after `threshold` failures in a row; open -> half-open after `cooldownMs`,
 * when one trial request is let through; its result closes or reopens the circuit.
 */
export type CircuitState = "closed" | "open" | "half-open";

export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;

  constructor(
    private readonly threshold: number,
    private readonly cooldownMs: number,
    private readonly nowMs: () => number,
  ) {}

  get state(): CircuitState {
    if (this.openedAt === null) return "closed";
    return this.nowMs() - this.openedAt >= this.cooldownMs ? "half-open" : "open";
  }

  /** True when a request may go out now; in half-open only one trial at a time. */
  allows(): boolean {
    const state = this.state;
    if (state === "closed") return true;
    if (state === "open" || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  succeeded(): void {
    this.failures = 0;
    this.openedAt = null;
    this.trialInFlight = false;
  }

  failed(): void {
    this.failures += 1;
    if (this.trialInFlight || this.failures >= this.threshold) this.openedAt = this.nowMs();
    this.trialInFlight = false;
  }
}
