import { createMemoryHistory } from "vue-router";
import { useSession } from "./auth/use-session";
import { afterSignIn, createAppRouter } from "./router";

describe("router", () => {
  const session = useSession();
  afterEach(() => session.clear());

  it("sends a signed-out user to sign-in and remembers where they were going", async () => {
    const router = createAppRouter(createMemoryHistory());
    await router.push("/pedidos?estado=SHIPPED");

    expect(router.currentRoute.value.name).toBe("sign-in");
    expect(router.currentRoute.value.query.redirect).toBe("/pedidos?estado=SHIPPED");
  });

  it("opens the orders by default for a signed-in user, and skips sign-in", async () => {
    session.signIn({ token: "t", user: { __typename: "User", id: "u1", email: "ana@tienda.mx", role: "STAFF" } });
    const router = createAppRouter(createMemoryHistory());

    await router.push("/");
    expect(router.currentRoute.value.path).toBe("/pedidos");

    await router.push("/iniciar-sesion");
    expect(router.currentRoute.value.path).toBe("/pedidos");
  });

  it("only goes back to paths inside the app after sign-in", () => {
    expect(afterSignIn("/pedidos?estado=SHIPPED")).toBe("/pedidos?estado=SHIPPED");
    expect(afterSignIn("//evil.example")).toEqual({ name: "orders" });
    expect(afterSignIn("https://evil.example")).toEqual({ name: "orders" });
    expect(afterSignIn(undefined)).toEqual({ name: "orders" });
  });
});
