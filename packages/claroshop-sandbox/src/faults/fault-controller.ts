import { createPrng, type Prng } from "../random/prng";
import { defaultFaults, parseFaults, type FaultConfig } from "./fault-config";

/** What happens to one request, decided when it arrives. */
export interface FaultPlan {
  down: boolean;
  slowMs: number;
  hang: boolean;
  rate500: boolean;
  rate429: boolean;
  nonJson: boolean;
  truncated: boolean;
  missingStatus: boolean;
  duplicateRows: boolean;
}

/**
 * Holds the fault settings and a seeded generator. Each request draws the same number of values
 * in the same order, so a given seed and request sequence always meets the same faults.
 */
export class FaultController {
  private config: FaultConfig;
  private rng: Prng;

  constructor(
    private seed: number,
    private baseGuideDelayMs: number,
  ) {
    this.config = defaultFaults(baseGuideDelayMs);
    this.rng = createPrng(seed, "faults");
  }

  get current(): FaultConfig {
    return { ...this.config };
  }

  /** Replaces the settings (missing keys go back to defaults) and restarts the fault sequence. */
  set(input: unknown): FaultConfig {
    this.config = parseFaults(input, defaultFaults(this.baseGuideDelayMs));
    this.rng = createPrng(this.seed, "faults");
    return this.current;
  }

  reset(seed: number): void {
    this.seed = seed;
    this.set(undefined);
  }

  draw(): FaultPlan {
    const c = this.config;
    const roll = (rate: number): boolean => this.rng.next() < rate;
    return {
      down: c.down,
      slowMs: c.slowMs,
      hang: roll(c.hangRate),
      rate500: roll(c.rate500),
      rate429: roll(c.rate429),
      nonJson: roll(c.nonJsonRate),
      truncated: roll(c.truncatedRate),
      missingStatus: roll(c.missingStatusRate),
      duplicateRows: roll(c.duplicateRowsRate),
    };
  }
}
