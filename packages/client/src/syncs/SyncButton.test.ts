import { DefaultApolloClient } from "@vue/apollo-composable";
import { flushPromises, mount } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import { SyncOrdersDocument } from "../graphql/generated";
import { createAppI18n } from "../i18n/i18n";
import { waitFor } from "../test/mount-page";
import { mockApolloClientWithSubscriptions } from "../test/mock-subscriptions";
import { syncRun } from "./sync-runs.fixtures";
import SyncButton from "./SyncButton.vue";

const syncOrdersMock = (run = syncRun("r1")) => ({
  request: { query: SyncOrdersDocument, variables: { accountId: "a1" } },
  result: { data: { syncOrders: run } },
});

function mountButton(mocks: Parameters<typeof mockApolloClientWithSubscriptions>[0]) {
  const { client, subscriptions } = mockApolloClientWithSubscriptions(mocks);
  const wrapper = mount(SyncButton, {
    props: { accountId: "a1" },
    global: { plugins: [createAppI18n("es-MX")], provide: { [DefaultApolloClient]: client } },
  });
  return { wrapper, subscriptions };
}

describe("SyncButton", () => {
  it("follows the run's progress until it ends", async () => {
    const { wrapper, subscriptions } = mountButton([syncOrdersMock()]);

    await wrapper.find('[data-test="sync"]').trigger("click");
    await waitFor(() => subscriptions.operation !== undefined);
    expect(subscriptions.operation?.operationName).toBe("SyncProgress");
    expect(subscriptions.operation?.variables).toEqual({ runId: "r1" });
    expect(wrapper.find('[data-test="sync-state"]').text()).toBe("En curso");
    expect(wrapper.find('[data-test="sync"]').text()).toBe("Sincronizando…");

    subscriptions.simulateResult({
      result: { data: { syncProgress: syncRun("r1", { progress: 0.4, ordersSeen: 20, ordersCreated: 3, ordersUpdated: 5 }) } },
    });
    await waitFor(() => wrapper.find('[data-test="sync-counts"]').text().startsWith("20"));
    expect(wrapper.find('[data-test="sync-counts"]').text()).toBe("20 vistos · 3 nuevos · 5 actualizados");
    expect(wrapper.find('[role="progressbar"]').attributes("aria-valuenow")).toBe("40");
    expect(wrapper.emitted("finished")).toBeUndefined();

    const done = syncRun("r1", {
      state: "SUCCEEDED",
      progress: 1,
      ordersSeen: 50,
      ordersCreated: 8,
      ordersUpdated: 12,
      finishedAt: "2025-03-10T18:31:00Z",
    });
    subscriptions.simulateResult({ result: { data: { syncProgress: done } } });
    await waitFor(() => wrapper.find('[data-test="sync-state"]').text() === "Terminada");

    expect(wrapper.find('[data-test="sync-counts"]').text()).toBe("50 vistos · 8 nuevos · 12 actualizados");
    expect(wrapper.find('[role="progressbar"]').attributes("aria-valuenow")).toBe("100");
    expect(wrapper.find('[data-test="sync"]').text()).toBe("Sincronizar");
    expect(wrapper.emitted("finished")).toEqual([[done]]);
  });

  it("shows why a run failed", async () => {
    const { wrapper, subscriptions } = mountButton([syncOrdersMock()]);
    await wrapper.find('[data-test="sync"]').trigger("click");
    await waitFor(() => subscriptions.operation !== undefined);

    subscriptions.simulateResult({
      result: {
        data: { syncProgress: syncRun("r1", { state: "FAILED", progress: 0.2, error: "Claro Shop no responde" }) },
      },
    });
    await waitFor(() => wrapper.find('[data-test="sync-error"]').exists());

    expect(wrapper.find('[data-test="sync-state"]').text()).toBe("Falló");
    expect(wrapper.find('[data-test="sync-error"]').text()).toBe("Claro Shop no responde");
  });

  it("shows the server's error when the sync cannot start", async () => {
    const { wrapper } = mountButton([
      { ...syncOrdersMock(), result: { errors: [new GraphQLError("No tienes permiso")] } },
    ]);
    await wrapper.find('[data-test="sync"]').trigger("click");
    await flushPromises();
    await waitFor(() => wrapper.find('[data-test="sync-request-error"]').exists());

    expect(wrapper.find('[data-test="sync-request-error"]').text()).toBe("No tienes permiso");
    expect(wrapper.find('[data-test="sync-progress"]').exists()).toBe(false);
  });
});
