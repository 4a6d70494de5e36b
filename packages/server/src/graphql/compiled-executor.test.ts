import { GraphQLError, GraphQLInt, GraphQLObjectType, GraphQLSchema, graphql, parse, type ExecutionResult } from "graphql";
import { LoginThrottle } from "../auth/login-throttle";
import { ensureSandboxAccount, seedOrders, type DemoStage } from "../demo/demo-data";
import { startTestServer, type TestServer } from "../test/harness";
import { compiledExecution } from "./compiled-executor";
import { contextFor } from "./context";
import { createInProcessPubSub } from "./pubsub";
import { createSchema } from "./schema";

const STAGES: DemoStage[] = ["pending", "pendingIssue", "shipped", "invoiced", "delivered", "cancelled"];

const ORDER_FIELDS = `
  id marketplace marketplaceOrderId status placedAt customerName total shippingType version
  shippingAddress { __typename }
  items { id sku title quantity unitPrice product { id sku name price stock } }
  salesOrder { __typename } lineIssues { __typename }
  shipment { id type carrier trackingNumber shippedAt }
  invoice { id state series folio receiverRfc subtotal tax total paid uuid payments { __typename } }
  evidence { id kind fileName contentType uploadedAt }
  evidenceSubmission { __typename } nextActions history { __typename }`;

/** Operations of every shape the app and integrators send: fragments, aliases, directives, variables, nulls, errors. */
const OPERATIONS: [string, Record<string, unknown>?][] = [
  [`{ orders(first: 30) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ORDER_FIELDS} } } } }`],
  [
    `query Page($n: Int, $f: OrderFilter, $withItems: Boolean!, $noInvoice: Boolean!) {
      first: orders(first: $n, filter: $f) { ...conn }
      second: orders(first: 2, offset: 3) { totalCount edges { node { id ...small } } }
    }
    fragment conn on OrderConnection { totalCount edges { node { __typename ...small items @include(if: $withItems) { sku quantity } invoice @skip(if: $noInvoice) { total } } } }
    fragment small on Order { id status total }`,
    { n: 7, f: { statuses: ["SHIPPED", "DELIVERED"] }, withItems: true, noInvoice: false },
  ],
  [`query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`, { id: "1" }],
  [`query($id: ID!) { order(id: $id) { id status } missing: order(id: "999999") { id } }`, { id: "2" }],
  [`{ orderByMarketplaceId(marketplaceOrderId: "70000003") { id items { sku } } orderStatusCounts { status count } }`],
  ["{ me { id email role active } users { id email } orderWorkflow { statuses transitions { __typename } } marketplaceAccounts { id name sandbox syncIntervalMinutes } }"],
  ["{ products(first: 5) { id sku name price stock } syncRuns { id state } apiKeys { __typename } }"],
  [`query($after: String) { orders(first: 3, after: $after) { edges { node { id } } } }`, { after: "not a cursor" }],
];

describe(`compiled execution (${process.env.TEST_DATABASE_URL ? "MariaDB" : "SQLite"})`, () => {
  let t: TestServer;
  let token: string;

  beforeAll(async () => {
    t = await startTestServer();
    const account = await ensureSandboxAccount(t.server.db);
    await seedOrders(t.server.db, account.id, { count: 30, stage: (i) => STAGES[i % STAGES.length] });
    token = await t.login();
  });
  afterAll(() => t.close());

  it("answers every operation exactly as graphql-js executes it", async () => {
    const schema = await createSchema(createInProcessPubSub());
    const loginThrottle = new LoginThrottle(null, "compiled-executor-test");
    for (const [query, variables] of OPERATIONS) {
      const compiled = await t.gql(query, variables, token);
      // Twice: the second answer comes from the operation compiled by the first.
      expect(await t.gql(query, variables, token)).toEqual(compiled);
      const contextValue = await contextFor(t.server.services, `Bearer ${token}`, { clientAddress: null, loginThrottle });
      const reference: ExecutionResult = await graphql({ schema, source: query, variableValues: variables, contextValue });
      expect({ query, errors: compiled.errors, data: JSON.parse(JSON.stringify(compiled.data ?? null)) }).toEqual({ query, errors: compiled.errors, data: JSON.parse(JSON.stringify(reference.data ?? null)) });
      const shape = (errors: readonly { message: string; path?: readonly (string | number)[] }[] | undefined) =>
        (errors ?? []).map((e) => ({ message: e.message, path: e.path }));
      expect(shape(compiled.errors)).toEqual(shape(reference.errors));
    }
  });

  it("refuses variables of the wrong type as BAD_USER_INPUT, executing nothing", async () => {
    const res = await fetch(`${t.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "query($n: Int) { orders(first: $n) { totalCount } }", variables: { n: "muchos" } }),
    });
    const body = (await res.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(res.status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0].message).toMatch(/^Variable "\$n" got invalid value "muchos"/);
  });
});

describe("compiled execution's errors", () => {
  it("hands on a resolver's failure as graphql-js would: original error, path, locations and extensions Apollo can read", async () => {
    const failure = new Error("connect ECONNREFUSED");
    const query = new GraphQLObjectType({
      name: "Query",
      fields: { ok: { type: GraphQLInt, resolve: () => 1 }, fails: { type: GraphQLInt, resolve: () => Promise.reject(failure) } },
    });
    const schema = new GraphQLSchema({ query });
    const { executor } = await compiledExecution(schema).load({ apollo: { key: "", keyHash: "", graphRef: "" } } as never);
    const document = parse("{ ok fails }");
    const result = await executor!({ document, operationName: null, queryHash: "q", request: {}, context: {} } as never);
    expect(result.data).toEqual({ ok: 1, fails: null });
    const [error] = result.errors ?? [];
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.originalError).toBe(failure);
    expect(error.extensions).toEqual({});
    expect(error.path).toEqual(["fails"]);
    expect(error.locations).toEqual([{ line: 1, column: 6 }]);
  });
});
