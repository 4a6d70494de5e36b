import type { SyncRunFieldsFragment } from "../graphql/generated";

export function syncRun(id: string, overrides: Partial<SyncRunFieldsFragment> = {}): SyncRunFieldsFragment {
  return {
    __typename: "SyncRun",
    id,
    state: "RUNNING",
    startedAt: "2025-03-10T18:30:00Z",
    finishedAt: null,
    trigger: "ana@tienda.mx",
    ordersSeen: 0,
    ordersCreated: 0,
    ordersUpdated: 0,
    progress: 0,
    error: null,
    ...overrides,
  };
}
