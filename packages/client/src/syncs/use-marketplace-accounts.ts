import { useQuery } from "@vue/apollo-composable";
import { computed } from "vue";
import { MarketplaceAccountsDocument, MeDocument } from "../graphql/generated";

/** The seller's marketplace accounts and whether the signed-in user may change their settings. */
export function useMarketplaceAccounts() {
  const accounts = useQuery(MarketplaceAccountsDocument);
  // App.vue already asked; this answers from the cache.
  const me = useQuery(MeDocument);
  return {
    accounts: computed(() => accounts.result.value?.marketplaceAccounts ?? []),
    isAdmin: computed(() => me.result.value?.me.role === "ADMIN"),
    loading: accounts.loading,
    error: computed(() => accounts.error.value ?? null),
    refetch: () => accounts.refetch(),
  };
}
