import type { MockedResponse } from "@apollo/client/testing/core";
import { flushPromises, type VueWrapper } from "@vue/test-utils";
import { GraphQLError } from "graphql";
import {
  LoginDocument,
  type LoginMutation,
  type LoginMutationVariables,
} from "../graphql/generated";
import { mountPage, waitFor } from "../test/mount-page";
import LoginPage from "./LoginPage.vue";
import { SESSION_STORAGE_KEY, useSession } from "./use-session";

const credentials: LoginMutationVariables = { email: "ana@tienda.mx", password: "secreta-123" };

function loginMock(result: MockedResponse<LoginMutation>["result"]): MockedResponse<LoginMutation, LoginMutationVariables> {
  return { request: { query: LoginDocument, variables: credentials }, result };
}

const signedIn: LoginMutation = {
  login: {
    __typename: "Session",
    token: "token-de-ana",
    user: { __typename: "User", id: "u1", email: "ana@tienda.mx", role: "STAFF" },
  },
};

async function submit(wrapper: VueWrapper): Promise<void> {
  await wrapper.find('input[name="email"]').setValue(` ${credentials.email} `);
  await wrapper.find('input[name="password"]').setValue(credentials.password);
  await wrapper.find("form").trigger("submit");
  await flushPromises();
}

describe("LoginPage", () => {
  afterEach(() => {
    useSession().clear();
    document.body.innerHTML = "";
  });

  it("signs in with the mutation, stores the session and opens the orders", async () => {
    const { wrapper, router } = await mountPage(LoginPage, {
      path: "/iniciar-sesion?redirect=/pedidos",
      mocks: [loginMock({ data: signedIn })],
    });

    await submit(wrapper);
    await waitFor(() => router.currentRoute.value.name === "orders");

    expect(JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? "null")).toEqual({
      token: "token-de-ana",
      user: signedIn.login.user,
    });
    expect(useSession().user.value?.email).toBe("ana@tienda.mx");
    expect(wrapper.find('[data-test="login-error"]').exists()).toBe(false);
  });

  it("shows the server's message on bad credentials and stores nothing", async () => {
    const { wrapper, router } = await mountPage(LoginPage, {
      path: "/iniciar-sesion",
      mocks: [
        loginMock({
          errors: [
            new GraphQLError("Correo o contraseña incorrectos.", { extensions: { code: "UNAUTHENTICATED" } }),
          ],
        }),
      ],
    });

    await submit(wrapper);
    await waitFor(() => wrapper.find('[data-test="login-error"]').exists());

    expect(wrapper.find('[data-test="login-error"]').text()).toContain("Correo o contraseña incorrectos.");
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(router.currentRoute.value.name).toBe("sign-in");
  });

  it("explains why it is back after the session expired", async () => {
    const { wrapper } = await mountPage(LoginPage, { path: "/iniciar-sesion?reason=expired", mocks: [] });

    expect(wrapper.find('[data-test="session-expired"]').text()).toBe(
      "Tu sesión expiró, vuelve a iniciar sesión",
    );
  });
});
