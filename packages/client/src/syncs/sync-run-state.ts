import type { SyncRunState } from "../graphql/generated";

export const SYNC_STATE_TAG: Record<SyncRunState, "info" | "success" | "error"> = {
  RUNNING: "info",
  SUCCEEDED: "success",
  FAILED: "error",
};

/** Choices of the automatic sync interval, in minutes; null is off. */
export const SYNC_INTERVALS: readonly (number | null)[] = [30, 60, 90, 120, null];
