import { DefaultApolloClient } from "@vue/apollo-composable";
import { flushPromises, mount } from "@vue/test-utils";
import {
  type ApiKeyInfoFragment,
  ApiKeysDocument,
  CreateApiKeyDocument,
  MarketplaceAccountsDocument,
  MeDocument,
  type Role,
} from "../graphql/generated";
import { createAppI18n } from "../i18n/i18n";
import { mockApolloClient, waitFor } from "../test/mount-page";
import ApiKeysSection from "./ApiKeysSection.vue";
import SettingsPage from "./SettingsPage.vue";

const SECRET = "pk_4f9a2c7e1b8d_s3cr3t-only-once";

const apiKey = (id: string, overrides: Partial<ApiKeyInfoFragment> = {}): ApiKeyInfoFragment => ({
  __typename: "ApiKeyInfo",
  id,
  name: `Llave ${id}`,
  prefix: `pk_${id}`,
  role: "INTEGRATOR",
  createdAt: "2025-03-10T18:30:00Z",
  lastUsedAt: null,
  revokedAt: null,
  ...overrides,
});

const apiKeysMock = (keys: ApiKeyInfoFragment[]) => ({
  request: { query: ApiKeysDocument },
  result: { data: { apiKeys: keys } },
});

function mountWith(component: typeof ApiKeysSection, mocks: Parameters<typeof mockApolloClient>[0]) {
  const client = mockApolloClient(mocks);
  const wrapper = mount(component, {
    attachTo: document.body,
    global: { plugins: [createAppI18n("es-MX")], provide: { [DefaultApolloClient]: client } },
  });
  return { wrapper, client };
}

describe("ApiKeysSection", () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });

  it("lists the keys and shows a created key once, outside Apollo's cache", async () => {
    const created = apiKey("k2", { name: "ERP bodega", prefix: "pk_4f9a" });
    const { wrapper, client } = mountWith(ApiKeysSection, [
      apiKeysMock([apiKey("k1", { lastUsedAt: "2025-03-11T18:00:00Z", revokedAt: "2025-03-12T18:00:00Z" })]),
      {
        request: { query: CreateApiKeyDocument, variables: { name: "ERP bodega", role: "INTEGRATOR" } },
        result: { data: { createApiKey: { __typename: "CreatedApiKey", key: SECRET, apiKey: created } } },
      },
    ]);
    await waitFor(() => wrapper.findAll('[data-test="api-keys-table"] tbody tr').length === 1);
    const firstRow = wrapper.find('[data-test="api-keys-table"] tbody tr').text();
    expect(firstRow).toContain("Llave k1");
    expect(firstRow).toContain("pk_k1…");
    expect(firstRow).toContain("Integrador");
    expect(firstRow).toContain("11 mar 2025, 12:00 p.m.");
    expect(wrapper.find('[data-test="revoked-at"]').text()).toBe("12 mar 2025, 12:00 p.m.");
    expect(wrapper.find('[data-test="created-key"]').exists()).toBe(false);

    await wrapper.find('[data-test="api-key-name"] input').setValue("  ERP bodega ");
    await wrapper.find("form").trigger("submit");
    await waitFor(() => wrapper.find('[data-test="created-key"]').exists());

    expect(wrapper.find('[data-test="created-key-value"]').text()).toBe(SECRET);
    expect(wrapper.find('[data-test="created-key"]').text()).toContain("única vez");
    expect(wrapper.find('[data-test="copy-key"]').exists()).toBe(true);
    await waitFor(() => wrapper.findAll('[data-test="api-keys-table"] tbody tr').length === 2);
    expect(wrapper.find('[data-test="api-keys-table"] tbody tr').text()).toContain("ERP bodega");
    expect(JSON.stringify(client.cache.extract())).not.toContain(SECRET);

    await wrapper.find('[data-test="dismiss-key"]').trigger("click");
    await flushPromises();
    expect(wrapper.find('[data-test="created-key"]').exists()).toBe(false);
    expect(wrapper.html()).not.toContain(SECRET);
  });
});

describe("SettingsPage", () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });

  const settingsMocks = (role: Role) => [
    { request: { query: MarketplaceAccountsDocument }, result: { data: { marketplaceAccounts: [] } } },
    { request: { query: MeDocument }, result: { data: { me: { __typename: "User", id: "u1", email: "a@tienda.mx", role } } } },
    apiKeysMock([apiKey("k1")]),
  ];

  it("shows the API keys to admins", async () => {
    const { wrapper } = mountWith(SettingsPage, settingsMocks("ADMIN"));
    await waitFor(() => wrapper.find('[data-test="api-keys"]').exists());
    expect(wrapper.text()).toContain("Llaves de API");
  });

  it("hides them from staff", async () => {
    const { wrapper } = mountWith(SettingsPage, settingsMocks("STAFF"));
    await flushPromises();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(wrapper.text()).toContain("Configuración");
    expect(wrapper.find('[data-test="api-keys"]').exists()).toBe(false);
  });
});
