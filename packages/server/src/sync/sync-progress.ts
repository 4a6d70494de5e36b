import { parseId } from "../graphql/actor";
import { toSyncRunEvent, type SyncRunEvent } from "../graphql/pubsub";
import type { Services } from "../services";
import { SyncRun, SyncRunState } from "./sync-run.entity";

/**
 * The events of `syncProgress`. For one run: its current state first, then its updates, ending
 * with the run; listening starts before the state is read, so nothing falls in between.
 */
export async function* syncProgressEvents(services: Services, runId: string | null): AsyncGenerator<SyncRunEvent> {
  const source = services.pubsub.subscribe("SYNC_PROGRESS")[Symbol.asyncIterator]();
  let pending = source.next();
  try {
    if (runId !== null) {
      const run = await services.db.dataSource.getRepository(SyncRun).findOneBy({ id: parseId(runId) });
      if (!run) return;
      yield toSyncRunEvent(run);
      if (run.state !== SyncRunState.RUNNING) return;
    }
    for (;;) {
      const { value, done } = await pending;
      if (done) return;
      pending = source.next();
      if (runId !== null && String(value.id) !== runId) continue;
      yield value;
      if (runId !== null && value.state !== SyncRunState.RUNNING) return;
    }
  } finally {
    await source.return?.();
  }
}
