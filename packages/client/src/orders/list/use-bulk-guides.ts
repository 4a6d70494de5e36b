import { ApolloError } from "@apollo/client/core";
import { useMutation } from "@vue/apollo-composable";
import { ref } from "vue";
import { errorMessage, type ErrorTexts } from "../../graphql/error-message";
import { BulkGenerateGuideDocument, type OrderSummaryFragment } from "../../graphql/generated";

export interface GuideFailure {
  orderId: string;
  marketplaceOrderId: string;
  message: string;
}

export interface BulkGuidesSummary {
  succeeded: number;
  failures: GuideFailure[];
  /** Selected orders that were not pending, so got no guide. */
  skipped: number;
}

/** "Generar guías" for many orders: one AUTOMATIC guide per pending order, one at a time. */
export function useBulkGuides(texts: () => ErrorTexts) {
  const { mutate } = useMutation(BulkGenerateGuideDocument, { throws: "always" });
  const running = ref(false);
  const done = ref(0);
  const total = ref(0);
  const summary = ref<BulkGuidesSummary | null>(null);

  async function run(selected: readonly OrderSummaryFragment[]): Promise<BulkGuidesSummary | null> {
    if (running.value) return null;
    const pending = selected.filter((order) => order.status === "PENDING");
    const result: BulkGuidesSummary = { succeeded: 0, failures: [], skipped: selected.length - pending.length };
    running.value = true;
    summary.value = null;
    done.value = 0;
    total.value = pending.length;
    try {
      // One by one: the marketplace throttles guide requests and every failure gets its reason.
      for (const order of pending) {
        try {
          await mutate({
            input: {
              orderId: order.id,
              type: "AUTOMATIC",
              // Clicking again on the same unchanged order returns the first guide, never a second.
              idempotencyKey: `bulk-guide-${order.id}-v${order.version}`,
            },
          });
          result.succeeded += 1;
        } catch (error) {
          result.failures.push({
            orderId: order.id,
            marketplaceOrderId: order.marketplaceOrderId,
            message: error instanceof ApolloError ? errorMessage(error, texts()) : texts().unexpected,
          });
        }
        done.value += 1;
      }
    } finally {
      running.value = false;
      summary.value = result;
    }
    return result;
  }

  return { run, running, done, total, summary };
}
