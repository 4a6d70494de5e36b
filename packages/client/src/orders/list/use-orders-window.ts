import type { ApolloError, FetchPolicy } from "@apollo/client/core";
import { useApolloClient } from "@vue/apollo-composable";
import { computed, onScopeDispose, ref, shallowReactive, shallowRef, watch } from "vue";
import { type OrderFilter, OrdersDocument, type OrderSummaryFragment } from "../../graphql/generated";

/** Orders per window page: one request brings this many rows. */
export const ORDERS_PAGE_SIZE = 100;
/** Rows fetched beyond each edge of the visible rows, so a short scroll finds them loaded. */
const MARGIN_ROWS = 20;
/**
 * A scroll after a calm moment asks for its pages at once; while it goes on, once it pauses this
 * long (or at least every MAX_WAIT_MS).
 */
const DEBOUNCE_MS = 60;
const MAX_WAIT_MS = 250;
/** Page requests in flight at once; the rest wait, and are dropped if scrolled past meanwhile. */
const MAX_IN_FLIGHT = 2;

/** One row of the list: an order, or a light placeholder while its page has not arrived. */
export interface OrderListRow {
  /** The order's id, or `placeholder-<index>` (stable while the row waits). */
  key: string;
  index: number;
  order: OrderSummaryFragment | null;
}

interface Generation {
  filter: OrderFilter | undefined;
  /** After a sync or a retry every page is asked of the server again, never of the cache. */
  fetchPolicy: FetchPolicy;
  /** Pages asked for (in flight or loaded); a page fetched once is kept. */
  started: Set<number>;
  queue: number[];
  inFlight: number;
  subscriptions: { unsubscribe(): void }[];
}

/**
 * The orders list as a window over the whole filtered list: `total` rows, of which the pages
 * around what is on screen are fetched by `offset` (`showRange`). Every loaded page stays watched in
 * Apollo's normalized cache, so a status change pushed elsewhere updates its row in place.
 * Changing the filter starts over at the top.
 */
export function useOrdersWindow(filter: () => OrderFilter | undefined) {
  const client = useApolloClient().resolveClient();
  const total = ref<number | null>(null);
  const error = shallowRef<ApolloError | null>(null);
  const pages = shallowReactive(new Map<number, readonly OrderSummaryFragment[]>());
  let generation: Generation = newGeneration(filter(), "cache-first");
  let range: { first: number; last: number } = { first: 0, last: 0 };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waitingSince: number | null = null;
  let lastFlush = 0;

  function newGeneration(value: OrderFilter | undefined, fetchPolicy: FetchPolicy): Generation {
    return { filter: value, fetchPolicy, started: new Set(), queue: [], inFlight: 0, subscriptions: [] };
  }

  function start(gen: Generation, page: number): void {
    gen.started.add(page);
    gen.inFlight += 1;
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      gen.inFlight -= 1;
      if (gen === generation) pump();
    };
    const observable = client.watchQuery({
      query: OrdersDocument,
      variables: { filter: gen.filter, first: ORDERS_PAGE_SIZE, offset: page * ORDERS_PAGE_SIZE },
      fetchPolicy: gen.fetchPolicy,
      nextFetchPolicy: "cache-first",
    });
    const subscription = observable.subscribe({
      next: (result) => {
        const connection = result.data?.orders;
        if (gen !== generation || result.loading || !connection) return;
        pages.set(
          page,
          connection.edges.map((edge) => edge.node),
        );
        total.value = connection.totalCount;
        settle();
      },
      error: (err: ApolloError) => {
        if (gen !== generation) return;
        // Asked again on the next scroll there, or by the retry.
        gen.started.delete(page);
        error.value = err;
        settle();
      },
    });
    gen.subscriptions.push(subscription);
  }

  function pump(): void {
    const gen = generation;
    while (gen.inFlight < MAX_IN_FLIGHT && gen.queue.length > 0) {
      const page = gen.queue.shift() as number;
      if (!gen.started.has(page)) start(gen, page);
    }
  }

  /** The pages intersecting rows first..last plus the margin, those in view first. */
  function wantedPages(): number[] {
    const count = total.value ?? 0;
    if (count === 0) return [];
    const lastRow = count - 1;
    const clamp = (row: number) => Math.min(Math.max(row, 0), lastRow);
    const page = (row: number) => Math.floor(clamp(row) / ORDERS_PAGE_SIZE);
    const inView: number[] = [];
    for (let p = page(range.first); p <= page(range.last); p++) inView.push(p);
    const around = [page(range.first - MARGIN_ROWS), page(range.last + MARGIN_ROWS)];
    return [...new Set([...inView, ...around])];
  }

  function flush(): void {
    clearTimeout(timer);
    timer = undefined;
    waitingSince = null;
    lastFlush = Date.now();
    const gen = generation;
    // Pages scrolled past before their turn are no longer wanted.
    gen.queue = wantedPages().filter((page) => !gen.started.has(page));
    pump();
  }

  /** Rows first..last (0-based) are on screen: their pages load now, or when the scrolling pauses. */
  function showRange(first: number, last: number): void {
    if (!Number.isFinite(first) || !Number.isFinite(last)) return;
    range = { first: Math.max(0, Math.floor(first)), last: Math.max(0, Math.ceil(last)) };
    const now = Date.now();
    if (timer === undefined && now - lastFlush >= DEBOUNCE_MS) {
      flush();
      return;
    }
    waitingSince ??= now;
    clearTimeout(timer);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, waitingSince + MAX_WAIT_MS - now));
    timer = setTimeout(flush, wait);
  }

  function dropGeneration(): void {
    clearTimeout(timer);
    timer = undefined;
    waitingSince = null;
    for (const subscription of generation.subscriptions) subscription.unsubscribe();
  }

  /** Starts over with the first page (another filter, or fresh data from the server). */
  function restart(fetchPolicy: FetchPolicy, keepPosition: boolean): void {
    dropGeneration();
    generation = newGeneration(filter(), fetchPolicy);
    error.value = null;
    pages.clear();
    if (!keepPosition) {
      total.value = null;
      range = { first: 0, last: 0 };
    }
    generation.queue = [0, ...wantedPages().filter((page) => page !== 0)];
    pump();
  }

  /** Asks the server again for the first page and the rows in view, keeping the scroll position. */
  function reload(): void {
    restart("network-only", true);
  }

  watch(
    () => JSON.stringify(filter() ?? null),
    () => restart("cache-first", false),
  );
  restart("cache-first", false);
  onScopeDispose(dropGeneration);

  const rows = computed<OrderListRow[]>(() => {
    const count = total.value ?? 0;
    const list: OrderListRow[] = new Array(count);
    const seen = new Set<string>();
    for (let page = 0; page * ORDERS_PAGE_SIZE < count; page++) {
      const orders = pages.get(page);
      const base = page * ORDERS_PAGE_SIZE;
      const end = Math.min(base + ORDERS_PAGE_SIZE, count);
      for (let index = base; index < end; index++) {
        const order = orders?.[index - base] ?? null;
        // The list may shift between two page requests: an order seen above is not shown twice.
        if (order && !seen.has(order.id)) {
          seen.add(order.id);
          list[index] = { key: order.id, index, order };
        } else {
          list[index] = { key: `placeholder-${index}`, index, order: null };
        }
      }
    }
    return list;
  });
  const loadedOrders = computed(() => rows.value.flatMap((row) => (row.order ? [row.order] : [])));
  const loading = computed(() => total.value === null && error.value === null);

  return { rows, loadedOrders, total, loading, error, showRange, reload };
}
