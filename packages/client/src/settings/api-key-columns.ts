import { type DataTableColumns, NButton, NPopconfirm, NTag } from "naive-ui";
import { h } from "vue";
import { formatDateTime } from "../format/date-time";
import type { ApiKeyInfoFragment } from "../graphql/generated";

interface ApiKeyColumnsOptions {
  t: (key: string, named?: Record<string, unknown>) => string;
  locale: string;
  onRevoke: (key: ApiKeyInfoFragment) => void;
  revoking: (key: ApiKeyInfoFragment) => boolean;
}

export function apiKeyColumns({ t, locale, onRevoke, revoking }: ApiKeyColumnsOptions): DataTableColumns<ApiKeyInfoFragment> {
  const date = (iso: string | null) => (iso ? formatDateTime(iso, locale) : t("apiKeys.never"));
  return [
    { key: "name", title: t("apiKeys.columns.name"), ellipsis: true },
    { key: "prefix", title: t("apiKeys.columns.prefix"), width: 120, render: (key) => h("code", `${key.prefix}…`) },
    { key: "role", title: t("apiKeys.columns.role"), width: 130, render: (key) => t(`apiKeys.roles.${key.role}`) },
    { key: "createdAt", title: t("apiKeys.columns.createdAt"), width: 190, render: (key) => date(key.createdAt) },
    { key: "lastUsedAt", title: t("apiKeys.columns.lastUsedAt"), width: 190, render: (key) => date(key.lastUsedAt) },
    {
      key: "revokedAt",
      title: t("apiKeys.columns.revokedAt"),
      width: 190,
      render: (key) =>
        key.revokedAt
          ? h("span", { "data-test": "revoked-at" }, formatDateTime(key.revokedAt, locale))
          : h(NTag, { type: "success", size: "small", bordered: false }, () => t("apiKeys.active")),
    },
    {
      key: "actions",
      title: "",
      width: 110,
      render: (key) =>
        key.revokedAt
          ? null
          : h(
              NPopconfirm,
              {
                onPositiveClick: () => onRevoke(key),
                positiveText: t("apiKeys.revokeConfirmButton"),
                negativeText: t("apiKeys.cancel"),
              },
              {
                trigger: () =>
                  h(
                    NButton,
                    { size: "small", type: "error", secondary: true, loading: revoking(key), "data-test": "revoke" },
                    () => t("apiKeys.revoke"),
                  ),
                default: () => t("apiKeys.revokeConfirm", { name: key.name }),
              },
            ),
    },
  ];
}
