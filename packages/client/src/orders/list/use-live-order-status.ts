import { useSubscription } from "@vue/apollo-composable";
import { onScopeDispose } from "vue";
import { OrdersListStatusChangedDocument } from "../../graphql/generated";

/**
 * Follows every order's status changes. Each event carries the order's summary with its id, so
 * Apollo's normalized cache updates that order's row in every list without a reload; `onChange`
 * (e.g. refetching the tab counts) runs once a burst of events has settled.
 */
export function useLiveOrderStatus(onChange: () => void, delayMs: number): void {
  const subscription = useSubscription(OrdersListStatusChangedDocument);
  let timer: ReturnType<typeof setTimeout> | undefined;
  subscription.onResult(() => {
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  });
  onScopeDispose(() => clearTimeout(timer));
}
