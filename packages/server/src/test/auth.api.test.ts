import { Role } from "../auth/role";
import { createInProcessPubSub } from "../graphql/pubsub";
import { createSchema } from "../graphql/schema";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { PUBLIC_ROOT_FIELDS } from "../graphql/auth-guard";
import { ADMIN, startTestServer, type TestServer } from "./harness";
import { rootOperation } from "./schema-operations";



describe(`authentication and roles (${process.env.TEST_DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer();
  });
  afterAll(() => t.close());

  it("refuses every root field but login without a token (schema walk)", async () => {
    const schema = await createSchema(createInProcessPubSub());
    const roots = [
      ["query", schema.getQueryType()],
      ["mutation", schema.getMutationType()],
    ] as const;
    const checked: string[] = [];
    for (const [kind, type] of roots) {
      for (const field of Object.values(type!.getFields())) {
        const name = `${type!.name}.${field.name}`;
        if (PUBLIC_ROOT_FIELDS.has(name)) continue;
        const res = await t.gql(rootOperation(kind, field));
        expect({ name, code: res.errors?.[0]?.extensions?.code, data: res.data?.[field.name] ?? null }).toEqual({
          name,
          code: "UNAUTHENTICATED",
          data: null,
        });
        checked.push(name);
      }
    }
    // Subscriptions: without a token the socket itself is refused before any field runs.
    for (const field of Object.values(schema.getSubscriptionType()?.getFields() ?? {})) {
      const code = await new Promise<number>((resolve) => {
        const client = createClient({
          url: `${t.url.replace("http", "ws")}/graphql`,
          webSocketImpl: WebSocket,
          retryAttempts: 0,
          on: { closed: (event) => resolve((event as { code: number }).code) },
        });
        client.subscribe({ query: rootOperation("subscription", field) }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      });
      expect({ name: `Subscription.${field.name}`, code }).toEqual({ name: `Subscription.${field.name}`, code: 4403 });
      checked.push(`Subscription.${field.name}`);
    }
    expect(checked).toEqual(
      expect.arrayContaining(["Query.me", "Query.orders", "Query.orderWorkflow", "Mutation.cancelOrder", "Subscription.syncProgress"]),
    );
    expect([...PUBLIC_ROOT_FIELDS]).toEqual(["Mutation.login"]);
  });

  it("opens login to anyone and refuses wrong credentials with the same message", async () => {
    const ok = await t.gql<{ login: { token: string; user: { email: string; role: string } } }>(
      "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { email role } } }",
      { e: ADMIN.email.toUpperCase(), p: ADMIN.password },
    );
    expect(ok.data?.login.user).toEqual({ email: ADMIN.email, role: "ADMIN" });
    const badPassword = await t.gql('mutation { login(email: "admin@pruebas.mx", password: "nope") { token } }');
    const unknownUser = await t.gql('mutation { login(email: "nadie@pruebas.mx", password: "nope") { token } }');
    expect(badPassword.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(unknownUser.errors?.[0].message).toBe(badPassword.errors?.[0].message);
  });

  it("refuses a forged or malformed token with a coded error", async () => {
    const token = await t.login();
    const forged = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    const res = await t.gql("{ me { email } }", undefined, forged);
    expect(res.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(res.errors?.[0].message).toBe("Token no válido.");
  });

  it("keeps admin operations to admins", async () => {
    await t.server.services.auth.createUser("staff@pruebas.mx", "clave-staff-123", Role.STAFF);
    const staff = await t.login("staff@pruebas.mx", "clave-staff-123");
    const me = await t.gql<{ me: { role: string } }>("{ me { role } }", undefined, staff);
    expect(me.data?.me.role).toBe("STAFF");
    const denied = await t.gql('mutation { createApiKey(name: "x") { key } }', undefined, staff);
    expect(denied.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const list = await t.gql("{ apiKeys { id } }", undefined, staff);
    expect(list.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("lets admins manage users, never removing the last active admin", async () => {
    const admin = await t.login();
    const created = await t.gql<{ createUser: { id: string; email: string; role: string; active: boolean } }>(
      'mutation { createUser(email: "Nuevo@Pruebas.mx", password: "clave-nueva-123", role: STAFF) { id email role active } }',
      undefined,
      admin,
    );
    expect(created.data?.createUser).toMatchObject({ email: "nuevo@pruebas.mx", role: "STAFF", active: true });
    expect(await t.login("nuevo@pruebas.mx", "clave-nueva-123")).toBeTruthy();
    const id = created.data!.createUser.id;
    await t.gql(`mutation { updateUser(id: "${id}", active: false) { active } }`, undefined, admin);
    const refused = await t.gql('mutation { login(email: "nuevo@pruebas.mx", password: "clave-nueva-123") { token } }');
    expect(refused.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const users = await t.gql<{ users: { email: string; role: string }[] }>("{ users { email role } }", undefined, admin);
    const adminId = (await t.gql<{ me: { id: string } }>("{ me { id } }", undefined, admin)).data!.me.id;
    const lastAdmin = await t.gql(`mutation { updateUser(id: "${adminId}", role: STAFF) { role } }`, undefined, admin);
    expect(lastAdmin.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(users.data?.users.map((u) => u.email)).toContain("nuevo@pruebas.mx");
  });

  it("authenticates integrators by API key (stored hashed) until revoked", async () => {
    const admin = await t.login();
    const created = await t.gql<{ createApiKey: { key: string; apiKey: { id: string; role: string; prefix: string } } }>(
      'mutation { createApiKey(name: "ERP", role: INTEGRATOR) { key apiKey { id role prefix } } }',
      undefined,
      admin,
    );
    const { key, apiKey } = created.data!.createApiKey;
    expect(apiKey.role).toBe("INTEGRATOR");
    expect(key.startsWith(apiKey.prefix)).toBe(true);
    const stored = await t.server.db.dataSource.query("SELECT keyHash FROM api_key");
    expect(JSON.stringify(stored)).not.toContain(key);

    const me = await t.gql<{ me: { email: string; role: string } }>("{ me { email role } }", undefined, key);
    expect(me.data?.me).toEqual({ email: "llave:ERP", role: "INTEGRATOR" });
    const orders = await t.gql("{ orders { totalCount } }", undefined, key);
    expect(orders.errors).toBeUndefined();
    const adminOnly = await t.gql("{ apiKeys { id } }", undefined, key);
    expect(adminOnly.errors?.[0].extensions?.code).toBe("FORBIDDEN");

    await t.gql(`mutation { revokeApiKey(id: "${apiKey.id}") { revokedAt } }`, undefined, admin);
    const after = await t.gql("{ me { email } }", undefined, key);
    expect(after.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("never sends stack traces, SQL or paths to the client", async () => {
    const admin = await t.login();
    const answers = [
      await t.gql("{ orders(", undefined, admin),
      await t.gql("{ nope }", undefined, admin),
      await t.gql('{ orders(filter: { placedFrom: "yesterday" }) { totalCount } }', undefined, admin),
      await t.gql('mutation { saveProduct(input: { sku: "A", name: "B", price: "1.234", stock: 1 }) { id } }', undefined, admin),
      await t.gql('mutation { saveProduct(input: { sku: "A", name: "B", price: "1.00", stock: -1 }) { id } }', undefined, admin),
    ];
    for (const res of answers) {
      expect(res.errors?.length).toBeGreaterThan(0);
      for (const error of res.errors ?? []) {
        expect(typeof error.extensions?.code).toBe("string");
        expect(error.extensions?.stacktrace).toBeUndefined();
        expect(JSON.stringify(error)).not.toMatch(/SELECT|INSERT|\/work\/|node_modules|\.ts:\d+/);
      }
    }
  });
});
