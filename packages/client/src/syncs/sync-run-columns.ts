import { type DataTableColumns, NTag } from "naive-ui";
import { h } from "vue";
import { formatDateTime } from "../format/date-time";
import type { SyncRunFieldsFragment } from "../graphql/generated";
import { SYNC_STATE_TAG } from "./sync-run-state";

type Translate = (key: string, named?: Record<string, unknown>) => string;

export function syncRunColumns(t: Translate, locale: string): DataTableColumns<SyncRunFieldsFragment> {
  return [
    {
      key: "startedAt",
      title: t("syncs.columns.startedAt"),
      width: 190,
      render: (run) => formatDateTime(run.startedAt, locale),
    },
    {
      key: "state",
      title: t("syncs.columns.state"),
      width: 120,
      render: (run) =>
        h(NTag, { type: SYNC_STATE_TAG[run.state], size: "small", bordered: false }, () => t(`syncs.state.${run.state}`)),
    },
    {
      key: "trigger",
      title: t("syncs.columns.trigger"),
      ellipsis: true,
      render: (run) => (run.trigger === "schedule" ? t("syncs.scheduled") : run.trigger),
    },
    {
      key: "counts",
      title: t("syncs.columns.counts"),
      width: 250,
      render: (run) =>
        t("syncs.counts", { seen: run.ordersSeen, created: run.ordersCreated, updated: run.ordersUpdated }),
    },
    {
      key: "finishedAt",
      title: t("syncs.columns.finishedAt"),
      width: 190,
      render: (run) => (run.finishedAt ? formatDateTime(run.finishedAt, locale) : "—"),
    },
    { key: "error", title: t("syncs.columns.error"), ellipsis: { tooltip: true }, render: (run) => run.error ?? "" },
  ];
}
