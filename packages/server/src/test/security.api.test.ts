import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  validate,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { LOGIN_BLOCK_SECONDS, MAX_LOGIN_FAILURES } from "../auth/login-throttle";
import { Role } from "../auth/role";
import { ensureSandboxAccount, seedOrders } from "../demo/demo-data";
import { PUBLIC_ROOT_FIELDS } from "../graphql/auth-guard";
import { LIMIT_VALIDATION_RULES, MAX_ALIASES, MAX_COST, MAX_DEPTH, MAX_PAGE_SIZE, operationCost } from "../graphql/limits";
import { createInProcessPubSub } from "../graphql/pubsub";
import { createSchema } from "../graphql/schema";
import { ADMIN, engineName, startTestServer, type GraphQLResult, type TestServer } from "./harness";
import { rootOperation } from "./schema-operations";

const REDIS_URL = process.env.TEST_REDIS_URL || "redis://127.0.0.1:6379";
const ALLOWED_ORIGIN = "https://panel.tienda.mx";
const FOREIGN_ORIGIN = "https://otro-sitio.example";

interface HttpAnswer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: GraphQLResult<T>;
}

/** One POST to /graphql with any headers; the raw status and headers come back too. */
async function post<T = Record<string, unknown>>(
  url: string,
  body: unknown,
  options: { token?: string | null; headers?: Record<string, string> } = {},
): Promise<HttpAnswer<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as GraphQLResult<T>) : {} };
}

const LOGIN = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }";

const login = (url: string, email: string, password: string, headers: Record<string, string> = {}) =>
  post<{ login: { token: string } }>(url, { query: LOGIN, variables: { e: email, p: password } }, { headers });

interface WsAnswer {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Runs one operation over graphql-ws and collects its first result or its errors. */
async function overWebSocket(url: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<WsAnswer> {
  const client = createClient({
    url: `${url.replace("http", "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  try {
    return await new Promise<WsAnswer>((resolve, reject) => {
      const dispose = client.subscribe(
        { query, variables },
        {
          next: (result) => {
            resolve(result as WsAnswer);
            dispose();
          },
          error: (err) => (Array.isArray(err) ? resolve({ errors: err as WsAnswer["errors"] }) : reject(err)),
          complete: () => resolve({}),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}

/** Opens a raw WebSocket on /graphql with the given Origin; resolves "open" or the HTTP status of the refusal. */
function openSocket(url: string, origin?: string): Promise<"open" | number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${url.replace("http", "ws")}/graphql`, "graphql-transport-ws", origin ? { origin } : {});
    socket.once("open", () => {
      socket.close();
      resolve("open");
    });
    socket.once("unexpected-response", (_req, res) => {
      resolve(res.statusCode ?? 0);
      socket.terminate();
    });
    socket.once("error", reject);
  });
}


/** The same as a variable value (JSON), with every `first` at the largest page. */
function sampleValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [sampleValue(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sampleValue(f.type, f.name)]),
    );
  }
  if (name === "first") return MAX_PAGE_SIZE;
  const scalars: Record<string, unknown> = { Int: 1, Float: 1.5, Boolean: true, DateTime: "2026-01-01T00:00:00Z", Decimal: "1.00" };
  return scalars[getNamedType(type).name] ?? "1";
}


/** What Apollo Client sends: `__typename` added to every selection set but the operation's own. */
function withTypenames(document: DocumentNode): DocumentNode {
  const typename: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: "__typename" } };
  return visit(document, {
    SelectionSet(node, _key, parent) {
      if (parent && !Array.isArray(parent) && (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === "__typename")) return undefined;
      return { ...node, selections: [...node.selections, typename] };
    },
  });
}

function clientDocuments(): DefinitionNode[] {
  const root = path.resolve(__dirname, "../../../client/src");
  const files = fs.readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".graphql"));
  return files.flatMap((f) => parse(fs.readFileSync(path.join(root, f), "utf8")).definitions);
}

/** `{ __type(name: "Order") { fields { type { ofType { ... name } } } } }` exactly `depth` levels deep. */
const typeQueryOfDepth = (depth: number) => {
  const ofTypes = depth - 4;
  return `{ __type(name: "Order") { fields { type { ${"ofType { ".repeat(ofTypes)}name${" }".repeat(ofTypes)} } } } }`;
};

const aliasedQuery = (count: number) => `{ me { ${Array.from({ length: count }, (_, i) => `a${i}: email`).join(" ")} } }`;

/** The whole order page, for every order of a page. */
const ORDER_DETAIL = `id marketplace marketplaceOrderId status placedAt customerName total shippingType version
  shippingAddress { recipient street neighborhood municipality city state postalCode betweenStreets notes phone }
  items { id sku title quantity unitPrice product { id sku name stock } }
  lineIssues { itemId sku code } salesOrder { id folio generatedAt generatedBy }
  shipment { id type carrier trackingNumber shippedAt labelUrl }
  invoice { id state series folio receiverRfc subtotal tax total paid uuid pdfUrl payments { id method amount paidAt reference } }
  evidence { id kind fileName contentType uploadedAt url } evidenceSubmission { state attempts lastError sentAt }
  nextActions { action enabled missing } history { at from to action actor source note }`;

describe(`security controls of the API (${engineName()})`, () => {
  let t: TestServer;
  let admin: string;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await createSchema(createInProcessPubSub());
    t = await startTestServer();
    admin = await t.login();
  });
  afterAll(() => t?.close());

  it("default-deny: every root field but login answers UNAUTHENTICATED without a token", async () => {
    const checked: string[] = [];
    for (const [kind, type] of [
      ["query", schema.getQueryType()!],
      ["mutation", schema.getMutationType()!],
    ] as const) {
      for (const field of Object.values(type.getFields())) {
        const name = `${type.name}.${field.name}`;
        if (PUBLIC_ROOT_FIELDS.has(name)) continue;
        const res = await post(t.url, { query: rootOperation(kind, field) });
        expect({ name, code: res.body.errors?.[0]?.extensions?.code, data: res.body.data?.[field.name] ?? null }).toEqual({
          name,
          code: "UNAUTHENTICATED",
          data: null,
        });
        checked.push(name);
      }
    }
    expect(checked).toEqual(expect.arrayContaining(["Query.me", "Query.orders", "Mutation.createApiKey", "Mutation.syncOrders"]));
    expect([...PUBLIC_ROOT_FIELDS]).toEqual(["Mutation.login"]);
  });

  it("subscriptions: a missing or bad token closes the socket with 4403", async () => {
    for (const authorization of [undefined, "Bearer no-es-un-token"]) {
      const code = await new Promise<number>((resolve) => {
        const client = createClient({
          url: `${t.url.replace("http", "ws")}/graphql`,
          webSocketImpl: WebSocket,
          connectionParams: authorization ? { authorization } : {},
          retryAttempts: 0,
          on: { closed: (event) => resolve((event as { code: number }).code) },
        });
        client.subscribe({ query: "subscription { orderStatusChanged { to } }" }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      });
      expect({ authorization, code }).toEqual({ authorization, code: 4403 });
    }
  });

  it("HTTP batching is off: a JSON array of operations is refused", async () => {
    const res = await post(t.url, [{ query: "{ me { id } }" }, { query: "{ me { email } }" }], { token: admin });
    expect(res.status).toBe(400);
    expect(Array.isArray(res.body)).toBe(false);
    const single = await post(t.url, { query: "{ me { id } }" }, { token: admin });
    expect(single.body.errors).toBeUndefined();
  });

  it("CSRF prevention: a GET query or a text/plain POST without a preflight-forcing header is refused", async () => {
    const query = encodeURIComponent("{ me { id } }");
    const simpleGet = await fetch(`${t.url}/graphql?query=${query}`, { headers: { authorization: `Bearer ${admin}` } });
    expect(simpleGet.status).toBe(400);
    expect(await simpleGet.text()).toMatch(/CSRF/i);
    const textPost = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "text/plain", authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query: "{ me { id } }" }),
    });
    expect(textPost.status).toBe(400);
    expect(await textPost.text()).toMatch(/CSRF/i);
    // A request a browser could only send after a preflight is served.
    const preflighted = await fetch(`${t.url}/graphql?query=${query}`, {
      headers: { authorization: `Bearer ${admin}`, "apollo-require-preflight": "true" },
    });
    expect(preflighted.status).toBe(200);
  });

  it("uploads: refused without a token, and refused when the bytes are not an allowed type", async () => {
    const send = (data: Buffer, name: string, token?: string) => {
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(data)], { type: "application/pdf" }), name);
      return fetch(`${t.url}/uploads`, { method: "POST", headers: token ? { authorization: `Bearer ${token}` } : {}, body: form });
    };
    const anonymous = await send(Buffer.from("%PDF-1.4\n%%EOF\n"), "factura.pdf");
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { code: string }).code).toBe("UNAUTHENTICATED");
    const executable = await send(Buffer.concat([Buffer.from("MZ"), Buffer.alloc(512, 0x90)]), "factura.pdf", admin);
    expect(executable.status).toBe(415);
    const doctype = await send(Buffer.from('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'), "cfdi.xml", admin);
    expect(doctype.status).toBe(415);
  });

  it(`operation depth: more than ${MAX_DEPTH} levels is refused (HTTP and WebSocket), ${MAX_DEPTH} is served`, async () => {
    const ok = await post(t.url, { query: typeQueryOfDepth(MAX_DEPTH) }, { token: admin });
    expect(ok.body.errors).toBeUndefined();
    const deep = await post(t.url, { query: typeQueryOfDepth(MAX_DEPTH + 1) }, { token: admin });
    expect(deep.status).toBe(400);
    expect(deep.body.errors?.[0]).toMatchObject({
      message: `La consulta excede la profundidad máxima de ${MAX_DEPTH} niveles.`,
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
    const overWs = await overWebSocket(t.url, admin, typeQueryOfDepth(MAX_DEPTH + 1));
    expect(overWs.errors?.[0]).toMatchObject({ message: deep.body.errors?.[0].message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    expect((await overWebSocket(t.url, admin, typeQueryOfDepth(MAX_DEPTH))).errors).toBeUndefined();
  });

  it(`aliases: more than ${MAX_ALIASES} in one operation are refused (HTTP and WebSocket)`, async () => {
    const ok = await post(t.url, { query: aliasedQuery(MAX_ALIASES) }, { token: admin });
    expect(ok.body.errors).toBeUndefined();
    const many = await post(t.url, { query: aliasedQuery(MAX_ALIASES + 1) }, { token: admin });
    expect(many.body.errors?.[0]).toMatchObject({
      message: `La consulta excede el máximo de ${MAX_ALIASES} alias.`,
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
    const subscription = `subscription { orderStatusChanged { ${Array.from({ length: MAX_ALIASES + 1 }, (_, i) => `a${i}: to`).join(" ")} } }`;
    const overWs = await overWebSocket(t.url, admin, subscription);
    expect(overWs.errors?.[0]).toMatchObject({ message: many.body.errors?.[0].message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
  });

  it(`cost: an operation over ${MAX_COST} is refused (a page multiplies its selection by first); real pages are served`, async () => {
    const account = await ensureSandboxAccount(t.server.db);
    await seedOrders(t.server.db, account.id, { count: 3, firstNumber: 81000000, stage: () => "invoiced" });
    const costly = await post(t.url, { query: `{ orders(first: 200) { totalCount edges { node { ${ORDER_DETAIL} } } } }` }, { token: admin });
    expect(costly.status).toBe(400);
    expect(costly.body.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(costly.body.errors?.[0].message).toMatch(new RegExp(`^La consulta es demasiado costosa \\(costo \\d+; máximo ${MAX_COST}\\)`));
    // The same selection on a page of 20 is fine, and so is the list page of 200 with its details.
    const smaller = await post(t.url, { query: `{ orders(first: 20) { totalCount edges { node { ${ORDER_DETAIL} } } } }` }, { token: admin });
    expect(smaller.body.errors).toBeUndefined();
    const listPage = await post(
      t.url,
      {
        query: `query($n: Int) { orders(first: $n) { totalCount edges { node { id status items { id sku quantity }
          shipment { id carrier trackingNumber } invoice { id total state } evidence { id kind fileName } } } } }`,
        variables: { n: 200 },
      },
      { token: admin },
    );
    expect(listPage.body.errors).toBeUndefined();
    expect(listPage.body.data).toBeTruthy();

    // Over WebSocket: fragments spread many times are costed in full.
    const bomb = `query { me { ...F5 } }
      fragment F1 on User { id email role active }
      fragment F2 on User { ${"...F1 ".repeat(10)} }
      fragment F3 on User { ${"...F2 ".repeat(10)} }
      fragment F4 on User { ${"...F3 ".repeat(10)} }
      fragment F5 on User { ${"...F4 ".repeat(3)} }`;
    const overWs = await overWebSocket(t.url, admin, bomb);
    expect(overWs.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(overWs.errors?.[0].message).toMatch(/costo/);
  });

  it("every operation of the web app stays within depth, aliases and cost at its largest page", () => {
    const definitions = clientDocuments();
    const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
    const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    expect(operations.length).toBeGreaterThan(20);
    const costs: Record<string, number> = {};
    for (const operation of operations) {
      const name = operation.name?.value ?? "?";
      const document = withTypenames({ kind: Kind.DOCUMENT, definitions: [operation, ...fragments] });
      expect({ name, errors: validate(schema, document, LIMIT_VALIDATION_RULES).map((e) => e.message) }).toEqual({ name, errors: [] });
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, sampleValue(typeFromAST(schema, v.type as never) as GraphQLInputType, v.variable.name.value)]),
      );
      const { cost, pageOutOfRange } = operationCost(schema, document, name, variables);
      expect({ name, pageOutOfRange }).toEqual({ name, pageOutOfRange: false });
      costs[name] = cost;
    }
    for (const [name, cost] of Object.entries(costs)) expect({ name, cost: Math.min(cost, MAX_COST + 1) }).toEqual({ name, cost });
    // The list page at 200 rows is the largest; it is costed, not waved through.
    expect(costs.Orders).toBeGreaterThan(1000);
  });

  it(`page size: first over ${MAX_PAGE_SIZE} (or negative) is refused with BAD_USER_INPUT on every paged field`, async () => {
    for (const query of [`{ orders(first: ${MAX_PAGE_SIZE + 1}) { totalCount } }`, `{ syncRuns(first: 5000) { id } }`, `{ syncRuns(first: -1) { id } }`]) {
      const res = await post(t.url, { query }, { token: admin });
      expect({ query, code: res.body.errors?.[0].extensions?.code, field: res.body.errors?.[0].extensions?.field }).toEqual({
        query,
        code: "BAD_USER_INPUT",
        field: "first",
      });
    }
    const byVariable = await post(t.url, { query: "query($n: Int) { syncRuns(first: $n) { id } }", variables: { n: 201 } }, { token: admin });
    expect(byVariable.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const largest = await post(t.url, { query: `{ syncRuns(first: ${MAX_PAGE_SIZE}) { id } }` }, { token: admin });
    expect(largest.body.errors).toBeUndefined();
  });

  it("introspection: __schema and __type only for signed-in callers; __typename for anyone", async () => {
    for (const query of ["{ __schema { queryType { name } } }", '{ __type(name: "Order") { name } }', "query A { me { id } } query Q { __schema { types { name } } }"]) {
      const res = await post(t.url, { query, operationName: query.includes("query Q") ? "Q" : undefined });
      expect({ query, code: res.body.errors?.[0].extensions?.code, data: res.body.data ?? null }).toEqual({ query, code: "UNAUTHENTICATED", data: null });
    }
    const typename = await post<{ __typename: string }>(t.url, { query: "{ __typename }" });
    expect(typename.body).toEqual({ data: { __typename: "Query" } });
    const signedIn = await post<{ __schema: { queryType: { name: string } } }>(t.url, { query: "{ __schema { queryType { name } } }" }, { token: admin });
    expect(signedIn.body.data?.__schema.queryType.name).toBe("Query");
  });

  it(`login throttle: after ${MAX_LOGIN_FAILURES} failures an account is refused from that address (right password too); X-Forwarded-For is ignored by default`, async () => {
    const email = "bloqueo@pruebas.mx";
    const password = "clave-bloqueo-123";
    await t.server.services.auth.createUser(email, password, Role.STAFF);
    for (let i = 0; i < MAX_LOGIN_FAILURES; i++) {
      // A client claiming another address through the header is not believed (no TRUST_PROXY).
      const wrong = await login(t.url, email, `equivocada-${i}`, { "x-forwarded-for": `198.51.100.${i + 1}` });
      expect(wrong.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    }
    const refused = await login(t.url, email.toUpperCase(), password);
    expect(refused.body.data ?? null).toBeNull();
    const error = refused.body.errors?.[0];
    expect(error?.extensions?.code).toBe("RATE_LIMITED");
    expect(error?.message).toMatch(/^Demasiados intentos fallidos de inicio de sesión; inténtalo de nuevo en \d+ min\.$/);
    expect(error?.extensions?.retryAfter).toBeGreaterThan(LOGIN_BLOCK_SECONDS - 60);
    expect(error?.extensions?.retryAfter).toBeLessThanOrEqual(LOGIN_BLOCK_SECONDS);
    // Other accounts from the same address are not affected.
    expect((await login(t.url, ADMIN.email, ADMIN.password)).body.data?.login.token).toBeTruthy();
  });

  it("login throttle: a successful sign-in clears the failure count", async () => {
    const email = "olvido@pruebas.mx";
    const password = "clave-olvido-123";
    await t.server.services.auth.createUser(email, password, Role.STAFF);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < MAX_LOGIN_FAILURES - 1; i++) {
        expect((await login(t.url, email, "equivocada")).body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      }
      expect((await login(t.url, email, password)).body.data?.login.token).toBeTruthy();
    }
  });

  describe("per-user and per-key rate limit", () => {
    let limited: TestServer;
    const PER_MINUTE = 5;

    beforeAll(async () => {
      limited = await startTestServer({ config: { rateLimitPerMinute: PER_MINUTE } });
    });
    afterAll(() => limited?.close());

    it(`allows ${PER_MINUTE} operations a minute to each user or API key, then 429 RATE_LIMITED with Retry-After (HTTP and WebSocket)`, async () => {
      const adminToken = await limited.login();
      // Operation 1 of the admin's minute.
      const created = await post<{ createApiKey: { key: string } }>(limited.url, { query: 'mutation { createApiKey(name: "ERP") { key } }' }, { token: adminToken });
      const key = created.body.data!.createApiKey.key;
      for (let i = 2; i <= PER_MINUTE; i++) {
        expect((await post(limited.url, { query: "{ me { id } }" }, { token: adminToken })).status).toBe(200);
      }
      const over = await post(limited.url, { query: "{ me { id } }" }, { token: adminToken });
      expect(over.status).toBe(429);
      const retryAfter = Number(over.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(over.body.errors?.[0]).toEqual({
        message: `Demasiadas solicitudes; inténtalo de nuevo en ${retryAfter} s.`,
        extensions: { code: "RATE_LIMITED", retryAfter },
      });

      // The API key has its own count.
      for (let i = 1; i <= PER_MINUTE; i++) {
        expect((await post(limited.url, { query: "{ me { id } }" }, { token: key })).status).toBe(200);
      }
      expect((await post(limited.url, { query: "{ me { id } }" }, { token: key })).status).toBe(429);

      // So does another user, and subscribe messages over the WebSocket count too.
      await limited.server.services.auth.createUser("ritmo@pruebas.mx", "clave-ritmo-123", Role.STAFF);
      const staff = await limited.login("ritmo@pruebas.mx", "clave-ritmo-123");
      for (let i = 1; i <= PER_MINUTE; i++) {
        expect(await overWebSocket(limited.url, staff, "{ me { email } }")).toEqual({ data: { me: { email: "ritmo@pruebas.mx" } } });
      }
      const wsOver = await overWebSocket(limited.url, staff, "{ me { email } }");
      expect(wsOver.errors?.[0].extensions).toEqual({ code: "RATE_LIMITED", retryAfter: expect.any(Number) });
      expect((await post(limited.url, { query: "{ me { id } }" }, { token: staff })).status).toBe(429);
    });
  });

  describe("reads of a caller with plenty left run while they are counted", () => {
    let roomy: TestServer;
    const PER_MINUTE = 30;

    beforeAll(async () => {
      roomy = await startTestServer({ config: { rateLimitPerMinute: PER_MINUTE } });
    });
    afterAll(() => roomy?.close());

    it("still answers every operation over the limit with 429 RATE_LIMITED and no data, and counts each once", async () => {
      const token = await roomy.login();
      // The first operation is counted before it runs; it leaves 29, well over the margin.
      expect((await post(roomy.url, { query: "{ me { id } }" }, { token })).status).toBe(200);
      // 35 reads at once: all start while counted; the 29 left pass, the rest are replaced.
      const answers = await Promise.all(Array.from({ length: 35 }, () => post<{ me: { id: string } }>(roomy.url, { query: "{ me { id } }" }, { token })));
      const ok = answers.filter((a) => a.status === 200);
      const limited = answers.filter((a) => a.status === 429);
      expect({ ok: ok.length, limited: limited.length }).toEqual({ ok: PER_MINUTE - 1, limited: 35 - (PER_MINUTE - 1) });
      expect(ok.every((a) => typeof a.body.data?.me.id === "string")).toBe(true);
      for (const answer of limited) {
        const retryAfter = Number(answer.headers.get("retry-after"));
        expect(retryAfter).toBeGreaterThanOrEqual(1);
        expect(answer.body).toEqual({
          errors: [{ message: `Demasiadas solicitudes; inténtalo de nuevo en ${retryAfter} s.`, extensions: { code: "RATE_LIMITED", retryAfter } }],
        });
      }
      // Near the limit nothing runs before it is counted: a mutation now is refused, not performed.
      const refused = await post(roomy.url, { query: 'mutation { createApiKey(name: "tarde") { key } }' }, { token });
      expect(refused.status).toBe(429);
      const keys = await roomy.server.db.dataSource.query("SELECT COUNT(*) AS n FROM api_key");
      expect(Number(keys[0].n)).toBe(0);
    });
  });

  describe("through Redis, processes of one deployment share the counts", () => {
    let a: TestServer;
    let b: TestServer;

    beforeAll(async () => {
      a = await startTestServer({ config: { redisUrl: REDIS_URL, rateLimitPerMinute: 4 } });
      b = await startTestServer({ config: { redisUrl: REDIS_URL, rateLimitPerMinute: 4 }, database: a.database });
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
    });

    it("login failures on one process lock the account on the other; operations count across both", async () => {
      for (let i = 0; i < MAX_LOGIN_FAILURES; i++) {
        const server = i % 2 === 0 ? a : b;
        expect((await login(server.url, ADMIN.email, "equivocada")).body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      }
      for (const server of [a, b]) {
        expect((await login(server.url, ADMIN.email, ADMIN.password)).body.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
      }
      const user = "compartido@pruebas.mx";
      await a.server.services.auth.createUser(user, "clave-compartida-123", Role.STAFF);
      const token = await b.login(user, "clave-compartida-123");
      expect((await post(a.url, { query: "{ me { id } }" }, { token })).status).toBe(200);
      expect((await post(b.url, { query: "{ me { id } }" }, { token })).status).toBe(200);
      expect((await post(a.url, { query: "{ me { id } }" }, { token })).status).toBe(200);
      expect((await post(b.url, { query: "{ me { id } }" }, { token })).status).toBe(200);
      expect((await post(a.url, { query: "{ me { id } }" }, { token })).status).toBe(429);
    });
  });

  describe("behind a proxy, with another allowed origin and the web app", () => {
    let edge: TestServer;
    let clientDist: string;

    beforeAll(async () => {
      clientDist = fs.mkdtempSync(path.join(os.tmpdir(), "pedidos-web-"));
      fs.writeFileSync(path.join(clientDist, "index.html"), "<!doctype html><title>Pedidos</title>");
      edge = await startTestServer({ config: { corsOrigins: [ALLOWED_ORIGIN], clientDist, trustProxy: ["loopback"] } });
    });
    afterAll(async () => {
      await edge?.close();
      fs.rmSync(clientDist, { recursive: true, force: true });
    });

    it("login throttle counts per address: with TRUST_PROXY, one client's failures do not lock out another", async () => {
      const email = "proxy@pruebas.mx";
      const password = "clave-proxy-123";
      await edge.server.services.auth.createUser(email, password, Role.STAFF);
      const from = (address: string) => ({ "x-forwarded-for": address });
      for (let i = 0; i < MAX_LOGIN_FAILURES; i++) {
        expect((await login(edge.url, email, "equivocada", from("203.0.113.5"))).body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
      }
      expect((await login(edge.url, email, password, from("203.0.113.5"))).body.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
      expect((await login(edge.url, email, password, from("203.0.113.6"))).body.data?.login.token).toBeTruthy();
    });

    it("security headers: CSP for the web app, nosniff, frame-ancestors 'none', Referrer-Policy, HSTS", async () => {
      for (const res of [await fetch(`${edge.url}/`), await fetch(`${edge.url}/pedidos/12`), await fetch(`${edge.url}/health`)]) {
        expect(res.status).toBe(200);
        const csp = res.headers.get("content-security-policy") ?? "";
        const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
        expect(directives["default-src"]).toEqual(["'self'"]);
        expect(directives["script-src"]).toEqual(["'self'"]);
        expect(directives["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
        expect(directives["img-src"]).toEqual(["'self'", "data:", "blob:"]);
        expect(directives["connect-src"]?.[0]).toBe("'self'");
        expect(directives["frame-ancestors"]).toEqual(["'none'"]);
        expect(directives["object-src"]).toEqual(["'none'"]);
        expect(res.headers.get("x-content-type-options")).toBe("nosniff");
        expect(res.headers.get("referrer-policy")).toBe("same-origin");
        expect(res.headers.get("x-frame-options")).toBe("DENY");
        expect(res.headers.get("strict-transport-security")).toMatch(/^max-age=\d+/);
      }
      const api = await post(edge.url, { query: "{ __typename }" });
      expect(api.headers.get("x-content-type-options")).toBe("nosniff");
    });

    it("CORS allowlist: only CORS_ORIGINS (and the server's own origin) get CORS headers; preflights from others get none", async () => {
      const preflight = (origin: string) =>
        fetch(`${edge.url}/graphql`, {
          method: "OPTIONS",
          headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,authorization" },
        });
      const allowed = await preflight(ALLOWED_ORIGIN);
      expect(allowed.status).toBe(204);
      expect(allowed.headers.get("access-control-allow-origin")).toBe(ALLOWED_ORIGIN);
      expect(allowed.headers.get("access-control-allow-headers")).toMatch(/authorization/i);
      const foreign = await preflight(FOREIGN_ORIGIN);
      expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
      expect(foreign.headers.get("access-control-allow-methods")).toBeNull();

      const fromAllowed = await post(edge.url, { query: "{ __typename }" }, { headers: { origin: ALLOWED_ORIGIN } });
      expect(fromAllowed.status).toBe(200);
      expect(fromAllowed.headers.get("access-control-allow-origin")).toBe(ALLOWED_ORIGIN);
      const sameOrigin = await post(edge.url, { query: "{ __typename }" }, { headers: { origin: edge.url } });
      expect(sameOrigin.status).toBe(200);
    });

    it("foreign Origin: /graphql and /uploads answer 403 with a code; no Origin (integrators) and the same origin pass", async () => {
      const refused = await post(edge.url, { query: "{ __typename }" }, { headers: { origin: FOREIGN_ORIGIN } });
      expect(refused.status).toBe(403);
      expect(refused.headers.get("access-control-allow-origin")).toBeNull();
      expect(refused.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
      // Same host on another port is another origin.
      const otherPort = await post(edge.url, { query: "{ __typename }" }, { headers: { origin: "http://127.0.0.1:1" } });
      expect(otherPort.status).toBe(403);
      const upload = await fetch(`${edge.url}/uploads`, { method: "POST", headers: { origin: FOREIGN_ORIGIN }, body: new FormData() });
      expect(upload.status).toBe(403);
      expect(((await upload.json()) as GraphQLResult).errors?.[0].extensions?.code).toBe("FORBIDDEN");
      const integrator = await post(edge.url, { query: "{ __typename }" });
      expect(integrator.status).toBe(200);
      const uploadSameOrigin = await fetch(`${edge.url}/uploads`, { method: "POST", headers: { origin: edge.url }, body: new FormData() });
      expect(uploadSameOrigin.status).toBe(401);
    });

    it("WebSocket origin check: the upgrade from a foreign Origin is refused before any GraphQL", async () => {
      expect(await openSocket(edge.url, FOREIGN_ORIGIN)).toBe(403);
      expect(await openSocket(edge.url, "null")).toBe(403);
      expect(await openSocket(edge.url, ALLOWED_ORIGIN)).toBe("open");
      expect(await openSocket(edge.url, edge.url)).toBe("open");
      expect(await openSocket(edge.url)).toBe("open");
    });
  });
});
