import { DefaultApolloClient } from "@vue/apollo-composable";
import { mount } from "@vue/test-utils";
import { NSelect } from "naive-ui";
import { type MarketplaceAccountFieldsFragment, SetSyncIntervalDocument } from "../graphql/generated";
import { createAppI18n } from "../i18n/i18n";
import { mockApolloClient, waitFor } from "../test/mount-page";
import SyncIntervalSetting from "./SyncIntervalSetting.vue";

const account: MarketplaceAccountFieldsFragment = {
  __typename: "MarketplaceAccount",
  id: "a1",
  marketplace: "CLAROSHOP",
  name: "Tienda Centro",
  sandbox: false,
  syncIntervalMinutes: 60,
  lastSyncAt: null,
};

function mountSetting(canEdit: boolean, mocks: Parameters<typeof mockApolloClient>[0] = []) {
  const client = mockApolloClient(mocks);
  const wrapper = mount(SyncIntervalSetting, {
    props: { account, canEdit },
    global: { plugins: [createAppI18n("es-MX")], provide: { [DefaultApolloClient]: client } },
  });
  return { wrapper, client };
}

describe("SyncIntervalSetting", () => {
  it("shows the interval but lets only admins change it", () => {
    const { wrapper } = mountSetting(false);

    expect(wrapper.find(".n-base-selection").text()).toBe("Cada 60 min");
    expect(wrapper.findComponent(NSelect).props("disabled")).toBe(true);
    expect(wrapper.find('[data-test="admin-only"]').text()).toBe("Solo un administrador puede cambiarla");
  });

  it("turns the automatic sync off for an admin", async () => {
    const off = { ...account, syncIntervalMinutes: null };
    const { wrapper, client } = mountSetting(true, [
      {
        request: { query: SetSyncIntervalDocument, variables: { accountId: "a1", minutes: null } },
        result: { data: { setSyncInterval: off } },
      },
    ]);
    expect(wrapper.find('[data-test="admin-only"]').exists()).toBe(false);

    wrapper.findComponent(NSelect).vm.$emit("update:value", 0);
    await waitFor(() => client.cache.extract()["MarketplaceAccount:a1"]?.syncIntervalMinutes === null);
  });
});
