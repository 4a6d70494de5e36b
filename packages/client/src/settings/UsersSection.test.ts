import { DefaultApolloClient } from "@vue/apollo-composable";
import { mount } from "@vue/test-utils";
import { CreateUserDocument, UpdateUserDocument, type UserRowFragment, UsersDocument } from "../graphql/generated";
import { createAppI18n } from "../i18n/i18n";
import { mockApolloClient, waitFor } from "../test/mount-page";
import UsersSection from "./UsersSection.vue";

const user = (id: string, overrides: Partial<UserRowFragment> = {}): UserRowFragment => ({
  __typename: "User",
  id,
  email: `u${id}@tienda.mx`,
  role: "STAFF",
  active: true,
  ...overrides,
});

function mountWith(mocks: Parameters<typeof mockApolloClient>[0]) {
  return mount(UsersSection, {
    attachTo: document.body,
    global: { plugins: [createAppI18n("es-MX")], provide: { [DefaultApolloClient]: mockApolloClient(mocks) } },
  });
}

const rows = (wrapper: ReturnType<typeof mountWith>) => wrapper.findAll('[data-test="users"] tbody tr');

describe("UsersSection", () => {
  afterEach(() => {
    document.body.innerHTML = "";
  });

  it("creates a user only with a valid e-mail and password, and lists it", async () => {
    const wrapper = mountWith([
      { request: { query: UsersDocument }, result: { data: { users: [user("1", { role: "ADMIN" })] } } },
      {
        request: { query: CreateUserDocument, variables: { email: "nueva@tienda.mx", password: "clave-segura", role: "STAFF" } },
        result: { data: { createUser: user("2", { email: "nueva@tienda.mx" }) } },
      },
    ]);
    await waitFor(() => rows(wrapper).length === 1);
    await wrapper.find('[data-test="user-email"] input').setValue("nueva@tienda.mx");
    await wrapper.find('[data-test="user-password"] input').setValue("corta");
    expect(wrapper.find('[data-test="create-user"]').attributes("disabled")).toBeDefined();
    await wrapper.find('[data-test="user-password"] input').setValue("clave-segura");
    await wrapper.find("form").trigger("submit");
    await waitFor(() => wrapper.find('[data-test="user-created"]').exists());
    expect(wrapper.find('[data-test="user-created"]').text()).toContain("nueva@tienda.mx");
    await waitFor(() => rows(wrapper).length === 2);
  });

  it("turns a user's access off and shows the server's refusal", async () => {
    const wrapper = mountWith([
      { request: { query: UsersDocument }, result: { data: { users: [user("1", { role: "ADMIN" })] } } },
      {
        request: { query: UpdateUserDocument, variables: { id: "1", active: false } },
        result: { errors: [{ message: "Debe quedar al menos un administrador activo.", extensions: { code: "BAD_USER_INPUT" } }] },
      },
    ]);
    await waitFor(() => rows(wrapper).length === 1);
    await wrapper.find('[data-test="user-active"]').trigger("click");
    await waitFor(() => wrapper.find('[data-test="users-error"]').exists());
    expect(wrapper.find('[data-test="users-error"]').text()).toContain("al menos un administrador");
  });
});
