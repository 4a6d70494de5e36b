import { flushPromises, type VueWrapper } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import { useSession } from "../auth/use-session";
import { mountPage, waitFor } from "../test/mount-page";
import { order, ordersMock, statusCountsMock } from "./orders.fixtures";
import OrdersPage from "./OrdersPage.vue";

const pending = { filter: { statuses: ["PENDING" as const] }, first: 50 };
const counts = statusCountsMock({ PENDING: 2, SHIPPED: 5, DELIVERED: 40, CANCELLED: 1 });

const rowTexts = (wrapper: VueWrapper) =>
  wrapper.findAll("tbody tr").map((row) => row.findAll("td").map((cell) => cell.text().replace(/\s/g, " ")));

async function mountOrders(mocks: Parameters<typeof mountPage>[1]["mocks"]) {
  const mounted = await mountPage(OrdersPage, { path: "/pedidos", mocks });
  await flushPromises();
  return mounted;
}

describe("OrdersPage", () => {
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
    expect(wrapper.text()).toContain("Mostrando 2 de 2");
    expect(wrapper.find('[data-test="load-more"]').exists()).toBe(false);
  });

  it("appends the next page on «Cargar más»", async () => {
    const { wrapper } = await mountOrders([
      ordersMock(pending, [order("1"), order("2")], { totalCount: 3, hasNextPage: true }),
      ordersMock({ ...pending, after: "cursor-2" }, [order("3", { customerName: "Tercer cliente" })], {
        totalCount: 3,
      }),
      counts,
    ]);
    await waitFor(() => wrapper.find('[data-test="load-more"]').exists());

    await wrapper.find('[data-test="load-more"]').trigger("click");
    await waitFor(() => wrapper.findAll("tbody tr").length === 3);

    expect(rowTexts(wrapper).map((cells) => cells[2])).toEqual(["Cliente 1", "Cliente 2", "Tercer cliente"]);
    expect(wrapper.text()).toContain("Mostrando 3 de 3");
    expect(wrapper.find('[data-test="load-more"]').exists()).toBe(false);
  });

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
      ordersMock({ filter: { statuses: ["SHIPPED"] }, first: 50 }, [
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
      ordersMock({ filter: { ...search, statuses: ["PENDING"] }, first: 50 }, [order("2")]),
      statusCountsMock({ PENDING: 1 }, search),
    ]);
    await waitFor(() => wrapper.findAll("tbody tr").length === 2);

    await wrapper.find('[data-test="search"] input').setValue("  SKU-123 ");
    await waitFor(() => wrapper.findAll("tbody tr").length === 1);
    await waitFor(() => wrapper.find('[data-test="count-ALL"]').text() === "1");

    expect(rowTexts(wrapper)[0]?.[0]).toBe("CS-2");
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
});
