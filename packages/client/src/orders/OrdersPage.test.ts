import type { MockedResponse } from "@apollo/client/testing/core";
import { DefaultApolloClient } from "@vue/apollo-composable";
import { flushPromises, mount, type VueWrapper } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import { NDatePicker } from "naive-ui";
import { nextTick } from "vue";
import { createMemoryHistory } from "vue-router";
import { useSession } from "../auth/use-session";
import { BulkGenerateGuideDocument } from "../graphql/generated";
import { createAppI18n } from "../i18n/i18n";
import { createAppRouter } from "../router";
import { waitFor } from "../test/mount-page";
import { mockApolloClientWithSubscriptions } from "../test/mock-subscriptions";
import * as downloadModule from "./list/download-file";
import { UTF8_BOM } from "./list/orders-csv";
import OrdersFilters from "./list/OrdersFilters.vue";
import { order, ordersMock, statusCountsMock } from "./orders.fixtures";
import OrdersPage from "./OrdersPage.vue";

const pending = { filter: { statuses: ["PENDING" as const] }, first: 100, offset: 0 };
const counts = statusCountsMock({ PENDING: 2, SHIPPED: 5, DELIVERED: 40, CANCELLED: 1 });

// The first cell of every row is its selection checkbox.
const rowTexts = (wrapper: VueWrapper) =>
  wrapper.findAll("tbody tr").map((row) =>
    row
      .findAll("td")
      .slice(1)
      .map((cell) => cell.text().replace(/\s/g, " ")),
  );
const statusTags = (wrapper: VueWrapper) => rowTexts(wrapper).map((cells) => cells[4]);
/** jsdom lays out every row the virtual list measures, one at a time: hundreds of rows take seconds. */
const HEAVY_TEST_MS = 20_000;
const countText = (wrapper: VueWrapper) => {
  const count = wrapper.find('[data-test="orders-count"]');
  return count.exists() ? count.text() : null;
};
const numbered = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => order(String(from + i)));

/**
 * jsdom has no layout: gives the table's virtual list the scroll height it lays its rows out on
 * and a 768 px viewport (as the ResizeObserver stand-in reports), and scrolls it as a browser would.
 */
function fakeScroller(wrapper: VueWrapper) {
  const el = wrapper.find('[data-test="orders-table"] .v-vl').element as HTMLElement;
  const items = () => el.querySelector<HTMLElement>(".v-vl-items");
  const height = () => Number.parseFloat(items()?.style.minHeight ?? "0");
  let top = 0;
  const scroll = (to: number) => {
    top = Math.max(0, Math.min(to, height() - 768));
    el.dispatchEvent(new Event("scroll"));
  };
  Object.defineProperties(el, {
    scrollTop: { configurable: true, get: () => top, set: (value: number) => void (top = value) },
    scrollHeight: { configurable: true, get: height },
    clientHeight: { configurable: true, get: () => 768 },
    offsetHeight: { configurable: true, get: () => 768 },
  });
  el.scrollTo = ((options: ScrollToOptions) => scroll(options.top ?? top)) as typeof el.scrollTo;
  el.scrollBy = ((_x: number, y: number) => scroll(top + y)) as typeof el.scrollBy;
  return {
    toBottom: () => scroll(height()),
    get top() {
      return top;
    },
  };
}

/** The page with the app's router, Spanish messages, a mock server and pushable subscription events. */
async function mountOrders(mocks: ReadonlyArray<MockedResponse>) {
  const router = createAppRouter(createMemoryHistory());
  await router.push("/pedidos");
  await router.isReady();
  const { client, subscriptions } = mockApolloClientWithSubscriptions(mocks);
  const wrapper = mount(OrdersPage, {
    attachTo: document.body,
    global: { plugins: [createAppI18n("es-MX"), router], provide: { [DefaultApolloClient]: client } },
  });
  await flushPromises();
  return { wrapper, router, client, subscriptions };
}

const guideMock = (id: string, result: MockedResponse["result"], delay = 0): MockedResponse => ({
  request: {
    query: BulkGenerateGuideDocument,
    variables: { input: { orderId: id, type: "AUTOMATIC", idempotencyKey: `bulk-guide-${id}-v1` } },
  },
  result,
  delay,
});

describe("OrdersPage", () => {
  beforeAll(() => {
    // jsdom does not scroll; the page scrolls the table back to the top when the view changes.
    Element.prototype.scrollTo = () => undefined;
  });
  beforeEach(() => {
    useSession().signIn({
      token: "t",
      user: { __typename: "User", id: "u1", email: "ana@tienda.mx", role: "STAFF" },
    });
  });
  afterEach(() => {
    useSession().clear();
    document.body.innerHTML = "";
  });

  it("lists the pending orders and the count of every status", async () => {
    const { wrapper } = await mountOrders([
      ordersMock(pending, [
        order("1", { customerName: "María López", total: "1299.00", shippingType: "AUTOMATIC" }),
        order("2", { customerName: "Juan Pérez", total: "15480.5", placedAt: "2025-01-01T03:00:00Z" }),
      ]),
      counts,
    ]);
    await waitFor(() => wrapper.findAll("tbody tr").length === 2);

    expect(rowTexts(wrapper)).toEqual([
      ["CS-1", "10 mar 2025, 12:30 p.m.", "María López", "$1,299.00", "Pendiente", "Automática"],
      ["CS-2", "31 dic 2024, 9:00 p.m.", "Juan Pérez", "$15,480.50", "Pendiente", "Sin definir"],
    ]);
    expect(wrapper.find('[data-test="count-PENDING"]').text()).toBe("2");
    expect(wrapper.find('[data-test="count-SHIPPED"]').text()).toBe("5");
    expect(wrapper.find('[data-test="count-DELIVERED"]').text()).toBe("40");
    expect(wrapper.find('[data-test="count-CANCELLED"]').text()).toBe("1");
    expect(wrapper.find('[data-test="count-ALL"]').text()).toBe("48");
    expect(wrapper.find('[data-test="orders-count"]').text()).toBe("2 pedidos");
    expect(wrapper.find('[data-test="row-placeholder"]').exists()).toBe(false);
  });

  it("has a row for every order of the view: placeholders until the page scrolled to arrives by offset", async () => {
    const { wrapper, subscriptions, client } = await mountOrders([
      ordersMock(pending, numbered(1, 100), { totalCount: 350, hasNextPage: true }),
      counts,
      // Only the page at the bottom is asked for, not the two in between: those would find no answer.
      { ...ordersMock({ ...pending, offset: 300 }, numbered(301, 350), { totalCount: 350 }), delay: 100 },
      statusCountsMock({ PENDING: 349, SHIPPED: 6 }),
    ]);
    await waitFor(() => wrapper.find('[data-test="orders-count"]').exists());
    expect(wrapper.find('[data-test="orders-count"]').text()).toBe("350 pedidos");
    expect(rowTexts(wrapper)[0]).toEqual(["CS-1", "10 mar 2025, 12:30 p.m.", "Cliente 1", "$1,299.00", "Pendiente", "Sin definir"]);

    fakeScroller(wrapper).toBottom();
    // Asked for at the scroll itself, so the page loads while the list draws its placeholders.
    const askedOffsets = [...client.getObservableQueries("all").values()].map((query) => query.variables?.offset);
    expect(askedOffsets).toContain(300);
    await nextTick();
    expect(wrapper.find('[data-test="row-placeholder"]').exists()).toBe(true);
    const waiting = wrapper.findAll("tbody tr");
    expect(rowTexts(wrapper).every((cells) => cells.join("|") === "Cargando…|||||")).toBe(true);
    expect(waiting.every((row) => row.find(".n-checkbox--disabled").exists())).toBe(true);

    await waitFor(() => rowTexts(wrapper).at(-1)?.[0] === "CS-350");
    const numbers = rowTexts(wrapper).map((cells) => cells[0]);
    expect(numbers.length).toBeGreaterThan(10);
    const firstShown = 351 - numbers.length;
    expect(firstShown).toBeGreaterThan(300);
    expect(numbers).toEqual(numbered(firstShown, 350).map((node) => node.marketplaceOrderId));
    expect(wrapper.find('[data-test="row-placeholder"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="load-error"]').exists()).toBe(false);

    // A row of that page follows a status change made elsewhere.
    subscriptions.simulateResult({
      result: {
        data: {
          orderStatusChanged: {
            __typename: "OrderStatusChange",
            from: "PENDING",
            to: "SHIPPED",
            at: "2025-03-10T19:00:00Z",
            order: order("345", { status: "SHIPPED", shippingType: "MANUAL", version: 2 }),
          },
        },
      },
    });
    const row345 = () => rowTexts(wrapper).find((cells) => cells[0] === "CS-345");
    await waitFor(() => row345()?.[4] === "Embarcado");
    expect(row345()).toEqual(["CS-345", "10 mar 2025, 12:30 p.m.", "Cliente 345", "$1,299.00", "Embarcado", "Manual"]);
    await waitFor(() => wrapper.find('[data-test="count-SHIPPED"]').text() === "6");
    expect(wrapper.find('[data-test="load-error"]').exists()).toBe(false);
  }, HEAVY_TEST_MS);

  it("starts over at the top of the list when the view changes", async () => {
    const { wrapper } = await mountOrders([
      ordersMock(pending, numbered(1, 100), { totalCount: 350, hasNextPage: true }),
      counts,
      ordersMock({ ...pending, offset: 300 }, numbered(301, 350), { totalCount: 350 }),
      // The shipped view is asked for from its top only.
      ordersMock({ filter: { statuses: ["SHIPPED"] }, first: 100, offset: 0 }, [
        order("2001", { status: "SHIPPED" }),
        order("2002", { status: "SHIPPED" }),
      ]),
    ]);
    await waitFor(() => wrapper.find('[data-test="orders-count"]').exists());
    const scroller = fakeScroller(wrapper);
    scroller.toBottom();
    await waitFor(() => rowTexts(wrapper).at(-1)?.[0] === "CS-350");
    expect(scroller.top).toBeGreaterThan(0);

    const shippedTab = wrapper.findAll(".n-tabs-tab").find((tab) => tab.text().startsWith("Embarcados"));
    await shippedTab?.trigger("click");
    await waitFor(() => countText(wrapper) === "2 pedidos");
    expect(rowTexts(wrapper).map((cells) => cells[0])).toEqual(["CS-2001", "CS-2002"]);
    expect(scroller.top).toBe(0);

    // Back on Pendientes, at its top again, from the cache.
    const pendingTab = wrapper.findAll(".n-tabs-tab").find((tab) => tab.text().startsWith("Pendientes"));
    await pendingTab?.trigger("click");
    await waitFor(() => rowTexts(wrapper)[0]?.[0] === "CS-1");
    expect(wrapper.find('[data-test="orders-count"]').text()).toBe("350 pedidos");
    expect(wrapper.find('[data-test="row-placeholder"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="load-error"]').exists()).toBe(false);
  }, HEAVY_TEST_MS);

  it("links every order number to its detail page", async () => {
    const { wrapper, router } = await mountOrders([ordersMock(pending, [order("7")]), counts]);
    await waitFor(() => wrapper.findAll("tbody tr").length === 1);

    const link = wrapper.find('[data-test="order-link"]');
    expect(link.text()).toBe("CS-7");
    expect(link.attributes("href")).toBe("/pedidos/7");
    await link.trigger("click");
    await waitFor(() => router.currentRoute.value.name === "order");
    expect(router.currentRoute.value.params.id).toBe("7");
  });

  it("lists another status when its tab is chosen", async () => {
    const { wrapper } = await mountOrders([
      ordersMock(pending, [order("1")]),
      ordersMock({ filter: { statuses: ["SHIPPED"] }, first: 100, offset: 0 }, [
        order("9", { status: "SHIPPED", shippingType: "MANUAL" }),
      ]),
      counts,
    ]);
    await waitFor(() => wrapper.findAll("tbody tr").length === 1);

    const shippedTab = wrapper.findAll(".n-tabs-tab").find((tab) => tab.text().startsWith("Embarcados"));
    await shippedTab?.trigger("click");
    await waitFor(() => wrapper.text().includes("CS-9"));

    expect(rowTexts(wrapper)).toEqual([
      ["CS-9", "10 mar 2025, 12:30 p.m.", "Cliente 9", "$1,299.00", "Embarcado", "Manual"],
    ]);
  });

  it("searches by order number, customer or SKU", async () => {
    const search = { search: "SKU-123" };
    const { wrapper } = await mountOrders([
      ordersMock(pending, [order("1"), order("2")]),
      counts,
      ordersMock({ filter: { ...search, statuses: ["PENDING"] }, first: 100, offset: 0 }, [order("2")]),
      statusCountsMock({ PENDING: 1 }, search),
    ]);
    await waitFor(() => wrapper.findAll("tbody tr").length === 2);

    await wrapper.find('[data-test="search"] input').setValue("  SKU-123 ");
    await waitFor(() => wrapper.findAll("tbody tr").length === 1);
    await waitFor(() => wrapper.find('[data-test="count-ALL"]').text() === "1");

    expect(rowTexts(wrapper)[0]?.[0]).toBe("CS-2");
  });

  it("sends the date range as Mexico City days, the shipping type and «Requiere atención» with the tab, then clears them", async () => {
    const chosen = {
      placedFrom: "2025-03-01T06:00:00.000Z",
      placedTo: "2025-03-11T06:00:00.000Z",
      shippingType: "MANUAL" as const,
      needsAttention: true,
    };
    const { wrapper } = await mountOrders([
      ordersMock(pending, [order("1"), order("2")]),
      counts,
      ordersMock({ filter: { ...chosen, statuses: ["PENDING"] }, first: 100, offset: 0 }, [order("2", { shippingType: "MANUAL" })]),
      statusCountsMock({ PENDING: 1, SHIPPED: 3 }, chosen),
    ]);
    await waitFor(() => wrapper.findAll("tbody tr").length === 2);
    expect(wrapper.find('[data-test="clear-filters"]').exists()).toBe(false);

    // All three in one tick, so only the combined filter is asked for.
    const filters = wrapper.findComponent(OrdersFilters);
    filters.findComponent(NDatePicker).vm.$emit("update:formatted-value", ["2025-03-01", "2025-03-10"]);
    void wrapper.find('[data-test="shipping-MANUAL"] input').setValue(true);
    void wrapper.find('[data-test="filter-attention"]').trigger("click");
    await waitFor(() => wrapper.findAll("tbody tr").length === 1);
    await waitFor(() => wrapper.find('[data-test="count-ALL"]').text() === "4");
    expect(rowTexts(wrapper)[0]?.[0]).toBe("CS-2");

    // Back to the unfiltered lists, which the cache still holds.
    await wrapper.find('[data-test="clear-filters"]').trigger("click");
    await waitFor(() => wrapper.findAll("tbody tr").length === 2);
    expect(wrapper.find('[data-test="count-ALL"]').text()).toBe("48");
    expect(wrapper.find('[data-test="clear-filters"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="load-error"]').exists()).toBe(false);
  });

  it("says so when a view has no orders", async () => {
    const { wrapper } = await mountOrders([ordersMock(pending, []), statusCountsMock({})]);
    await waitFor(() => wrapper.find('[data-test="empty"]').exists());

    expect(wrapper.find('[data-test="empty"]').text()).toBe("No hay pedidos en esta vista");
    expect(wrapper.find('[data-test="count-ALL"]').text()).toBe("0");
  });

  it("shows the server's error and retries", async () => {
    const { wrapper } = await mountOrders([
      { request: ordersMock(pending, []).request, result: { errors: [new GraphQLError("Base de datos no disponible")] } },
      counts,
      ordersMock(pending, [order("1")]),
      counts,
    ]);
    await waitFor(() => wrapper.find('[data-test="load-error"]').exists());
    expect(wrapper.find('[data-test="load-error"]').text()).toContain("Base de datos no disponible");

    await wrapper.find('[data-test="retry"]').trigger("click");
    await waitFor(() => wrapper.findAll("tbody tr").length === 1);

    expect(wrapper.find('[data-test="load-error"]').exists()).toBe(false);
  });

  it("changes a row's status tag live when the status changes elsewhere, then refreshes the counts", async () => {
    const { wrapper, subscriptions } = await mountOrders([
      ordersMock(pending, [order("1"), order("2")]),
      counts,
      // Only the counts are asked again; another Orders request would find no answer and fail.
      statusCountsMock({ PENDING: 1, SHIPPED: 6, DELIVERED: 40, CANCELLED: 1 }),
    ]);
    await waitFor(() => wrapper.findAll("tbody tr").length === 2);
    await waitFor(() => subscriptions.operation !== undefined);
    expect(subscriptions.operation?.operationName).toBe("OrdersListStatusChanged");
    expect(statusTags(wrapper)).toEqual(["Pendiente", "Pendiente"]);

    subscriptions.simulateResult({
      result: {
        data: {
          orderStatusChanged: {
            __typename: "OrderStatusChange",
            from: "PENDING",
            to: "SHIPPED",
            at: "2025-03-10T19:00:00Z",
            order: order("2", { status: "SHIPPED", shippingType: "AUTOMATIC", version: 2 }),
          },
        },
      },
    });
    await waitFor(() => statusTags(wrapper)[1] === "Embarcado");

    expect(rowTexts(wrapper)[1]).toEqual(["CS-2", "10 mar 2025, 12:30 p.m.", "Cliente 2", "$1,299.00", "Embarcado", "Automática"]);
    expect(statusTags(wrapper)[0]).toBe("Pendiente");
    await waitFor(() => wrapper.find('[data-test="count-SHIPPED"]').text() === "6");
    expect(wrapper.find('[data-test="count-PENDING"]').text()).toBe("1");
    expect(wrapper.findAll("tbody tr")).toHaveLength(2);
    expect(wrapper.find('[data-test="load-error"]').exists()).toBe(false);
  });

  it("exports the selected rows as CSV", async () => {
    const download = jest.spyOn(downloadModule, "downloadFile").mockImplementation(() => undefined);
    const { wrapper } = await mountOrders([
      ordersMock(pending, [
        order("1", { customerName: "López, Ana" }),
        order("2"),
        order("3", { total: "15480.50", placedAt: "2025-01-01T03:00:00Z" }),
      ]),
      counts,
    ]);
    await waitFor(() => wrapper.findAll("tbody tr").length === 3);
    expect(wrapper.find('[data-test="export-csv"]').attributes("disabled")).toBeDefined();

    const rows = wrapper.findAll("tbody tr");
    await rows[0]?.find(".n-checkbox").trigger("click");
    await rows[2]?.find(".n-checkbox").trigger("click");
    await waitFor(() => wrapper.find('[data-test="selected-count"]').text() === "2 seleccionados");
    await wrapper.find('[data-test="export-csv"]').trigger("click");

    expect(download).toHaveBeenCalledTimes(1);
    const [fileName, content, type] = download.mock.calls[0] ?? [];
    expect(fileName).toMatch(/^pedidos-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(type).toBe("text/csv;charset=utf-8");
    expect(content).toBe(
      `${UTF8_BOM}Pedido,Fecha,Cliente,Total,Estado,Envío\r\n` +
        `CS-1,2025-03-10 12:30,"López, Ana",1299.00,Pendiente,Sin definir\r\n` +
        `CS-3,2024-12-31 21:00,Cliente 3,15480.50,Pendiente,Sin definir\r\n`,
    );
    download.mockRestore();
  });

  it("generates a guide for each selected pending order, one by one, and sums up", async () => {
    const { wrapper } = await mountOrders([
      ordersMock({ filter: undefined, first: 100, offset: 0 }, [
        order("1"),
        order("2"),
        order("3", { status: "SHIPPED", shippingType: "MANUAL" }),
      ]),
      counts,
      ordersMock(pending, []),
      guideMock("1", { data: { generateGuide: order("1", { status: "SHIPPED", shippingType: "AUTOMATIC", version: 2 }) } }, 50),
      guideMock("2", { errors: [new GraphQLError("El pedido no tiene existencias suficientes")] }),
      statusCountsMock({ PENDING: 1, SHIPPED: 6, DELIVERED: 40, CANCELLED: 1 }),
    ]);
    const allTab = wrapper.findAll(".n-tabs-tab").find((tab) => tab.text().startsWith("Todos"));
    await allTab?.trigger("click");
    await waitFor(() => wrapper.findAll("tbody tr").length === 3);

    await wrapper.find("thead .n-checkbox").trigger("click");
    await waitFor(() => wrapper.find('[data-test="selected-count"]').text() === "3 seleccionados");
    expect(wrapper.find('[data-test="generate-guides"]').text()).toBe("Generar guías (2 pendientes)");

    await wrapper.find('[data-test="generate-guides"]').trigger("click");
    await waitFor(() => wrapper.find('[data-test="guides-progress"]').exists());
    expect(wrapper.find('[data-test="guides-progress"]').text()).toBe("Generando guías: 0 de 2");
    await waitFor(() => wrapper.find('[data-test="guides-summary"]').exists());

    expect(wrapper.find('[data-test="guides-progress"]').exists()).toBe(false);
    expect(wrapper.find('[data-test="guides-summary-counts"]').text()).toBe(
      "Guías generadas: 1. Con error: 1. 1 pedido no estaba pendiente y se omitió.",
    );
    expect(wrapper.findAll('[data-test="guide-failure"]').map((item) => item.text())).toEqual([
      "CS-2: El pedido no tiene existencias suficientes",
    ]);
    // The mutation's answer reaches the row through the cache.
    expect(statusTags(wrapper)).toEqual(["Embarcado", "Pendiente", "Embarcado"]);
    await waitFor(() => wrapper.find('[data-test="count-SHIPPED"]').text() === "6");
  });
});
