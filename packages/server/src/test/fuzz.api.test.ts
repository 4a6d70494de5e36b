import fs from "node:fs";
import fc from "fast-check";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  print,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type StringValueNode,
} from "graphql";
import { createClient, type Client } from "graphql-ws";
import jwt from "jsonwebtoken";
import WebSocket from "ws";
import { ERROR_CODES } from "../graphql/errors";
import { createInProcessPubSub } from "../graphql/pubsub";
import { createSchema } from "../graphql/schema";
import { ensureSandboxAccount, seedOrders } from "../demo/demo-data";
import { engineName, startTestServer, type TestServer } from "./harness";

/**
 * R7: generated GraphQL operations with hostile inputs against a running server, over real HTTP
 * and WebSocket. Every answer must be a coded refusal or data: never a 5xx, never internals.
 * FUZZ_SEED=<n> replays another run; the seed in use is printed.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 7_031_977);
const HTTP_RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const WS_RUNS = Number(process.env.FUZZ_WS_RUNS ?? 150);

/** GraphQL and Apollo request codes, then the product's own (minus the catch-all for bugs). */
const ALLOWED_CODES = new Set<string>([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  ...ERROR_CODES.filter((code) => code !== "INTERNAL_SERVER_ERROR"),
]);

const LEAKS: [string, RegExp][] = [
  ["stack trace", /\n\s+at\s|\bat (?:async )?[\w$.<>]+ \(|:\d+:\d+\)/],
  ["SQL", /\b(?:SELECT|INSERT|UPDATE|DELETE FROM)\b|\bER_[A-Z_]+|SQLITE_|sql/i],
  ["path", /\/work\b|\/tmp\b|node_modules|\.ts:|\.js:/],
  [
    "internal name",
    /QueryFailedError|TypeORM|EntityNotFound|EntityPropertyNotFound|TypeError|ReferenceError|RangeError|SyntaxError:|ArgumentValidationError|DriverError|\bErr(?:or)?:|Cannot read propert|is not a function|undefined is not|\[object Object\]|jsonwebtoken|JsonWebTokenError|mysql2|libsql/,
  ],
];

/** A value to print as a bare enum name in a literal (a string in JSON variables). */
class EnumName {
  constructor(readonly name: string) {}
  toJSON(): string {
    return this.name;
  }
}

const printString = (s: string) => print({ kind: Kind.STRING, value: s } as StringValueNode);

/** A JS value as GraphQL literal text; NaN and Infinity come out as bare (enum-like) words on purpose. */
function literal(value: unknown): string {
  if (value instanceof EnumName) return value.name;
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return printString(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : String(value).replace("-", "");
  if (typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([k]) => /^[_A-Za-z][_0-9A-Za-z]*$/.test(k));
    return `{${entries.map(([k, v]) => `${k}: ${literal(v)}`).join(", ")}}`;
  }
  return "null";
}

// ---------------------------------------------------------------- hostile values

const MB = 1024 * 1024;
const HUGE = {
  over1mb: "A".repeat(MB + 10),
  near1mb: "x".repeat(900_000),
  astral: "𝕏".repeat(150_000),
  nul: "\u0000".repeat(100_000),
};

const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u0001\u0002\u0003\u001b[31m\u007f",
  "\r\n\t\v\f",
  "\ud800",
  "\udfff\ud800",
  "\u202e\u200b\ufeff",
  "Ｓｅｌｅｃｔ",
  "ñandú Ángel ümlaut 中文 🚚📦 👨‍👩‍👧",
  "' OR '1'='1",
  "1; DROP TABLE orders; --",
  "\" OR \"\"=\"",
  "admin'--",
  "%",
  "_",
  "%_\\",
  "\\",
  "' UNION SELECT password_hash FROM users --",
  "1' AND SLEEP(5)#",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "{{7*7}}${7*7}<%= 7*7 %>",
  "../../../../etc/passwd",
  "file:///etc/passwd",
  "http://169.254.169.254/latest/meta-data/",
  "__proto__",
  "constructor",
  "toString",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "0x1F",
  "0b101",
  "١٢٣",
  "9".repeat(400),
  "admin@pruebas.mx",
  "ADMIN@PRUEBAS.MX ",
  "a@b.c",
  "x".repeat(10_000),
];

/** Strings that reach the database and the logs: unicode, control characters, SQL and HTML. */
const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom("'", '"', ";", "-", "\\", "%", "_", "<", ">", "\u0000", "a", "1"), maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constantFrom(...Object.values(HUGE)) },
);

const hostileInt: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.integer() },
  { weight: 3, arbitrary: fc.constantFrom(0, -1, 1, 200, 201, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, -(2 ** 53), 1e21, 0.5, -0) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom("1", "NaN", "Infinity", "-1e309", "0x10", "", " 5") },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY) },
);

const hostileDecimal: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom("1.00", "0", "0.00", "-1.00", "0.001", "1299.999", "1e5", "1E-2", "NaN", "Infinity", "-Infinity", "", " 1.00 "),
  fc.constantFrom("99999999999999999999999.99", "9007199254740993.00", "-0.00", "1,299.00", "$10", "١٢"),
  fc.double().map(String),
  fc.double(),
  fc.integer(),
  hostileString,
);

const hostileDate: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    "2026-01-01T00:00:00Z",
    "2026-02-30T00:00:00Z",
    "0000-00-00T00:00:00Z",
    "9999-12-31T23:59:59.999Z",
    "+275760-09-13T00:00:00Z",
    "-000001-01-01T00:00:00Z",
    "2026-01-01",
    "2026-13-45T25:61:61Z",
    "1970-01-01T00:00:00+25:00",
    "yesterday",
    "",
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.integer(),
  hostileString,
);

/** Ids that exist, that do not, that are not numbers, or that overflow every integer type. */
function hostileId(realIds: string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...realIds) },
    {
      weight: 4,
      arbitrary: fc.constantFrom(
        "0",
        "-1",
        "999999",
        "2147483648",
        "9223372036854775808",
        "99999999999999999999999999",
        "1.5",
        "1e3",
        " 1",
        "1 ",
        "0x1",
        "abc",
        "",
        "1; DROP TABLE users",
        "1 OR 1=1",
      ),
    },
    { weight: 2, arbitrary: fc.integer({ min: -5, max: 1_000_000 }) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: hostileString },
  );
}

const anything: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileInt,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxKeys: 3 }),
);

function valueFor(type: GraphQLInputType, realIds: string[], depth = 0): fc.Arbitrary<unknown> {
  const wrapped = ((): fc.Arbitrary<unknown> => {
    if (isNonNullType(type)) return valueFor(type.ofType, realIds, depth);
    if (isListType(type)) {
      const item = valueFor(type.ofType, realIds, depth + 1);
      return fc.oneof(
        { weight: 5, arbitrary: fc.array(item, { maxLength: 4 }) },
        { weight: 1, arbitrary: item },
        { weight: 1, arbitrary: fc.array(item, { minLength: 500, maxLength: 2000 }) },
      );
    }
    if (isEnumType(type)) {
      const names = type.getValues().map((v) => v.name);
      return fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...names).map((n) => new EnumName(n)) },
        { weight: 1, arbitrary: fc.constantFrom("ADMIN", "__proto__", "pending", "SUPERUSER").map((n) => new EnumName(n)) },
        { weight: 1, arbitrary: hostileString },
      );
    }
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const f of fields) model[f.name] = depth > 3 ? fc.constant(null) : valueFor(f.type, realIds, depth + 1);
      const required = fields.filter((f) => isNonNullType(f.type)).map((f) => f.name);
      return fc.oneof(
        { weight: 6, arbitrary: fc.record(model, { requiredKeys: required }) },
        { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(fc.record(model, { requiredKeys: required }), fc.constantFrom("unknownField", "__proto__", "id", "role"), anything)
            .map(([value, key, extra]) => ({ ...value, [key]: extra })),
        },
      );
    }
    switch (getNamedType(type).name) {
      case "Int":
        return hostileInt;
      case "Float":
        return hostileInt;
      case "Boolean":
        return fc.oneof({ weight: 5, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom("true", 0, 1, "yes") });
      case "ID":
        return hostileId(realIds);
      case "Decimal":
        return hostileDecimal;
      case "DateTime":
        return hostileDate;
      default:
        return hostileString;
    }
  })();
  // Sometimes the wrong type altogether, or null where a value is required.
  return fc.oneof({ weight: 12, arbitrary: wrapped }, { weight: 1, arbitrary: anything }, { weight: 1, arbitrary: fc.constant(null) });
}

/** A random selection of the type's fields, nested a few levels. */
function selectionFor(type: GraphQLNamedType, depth: number): fc.Arbitrary<string> {
  if (!isObjectType(type)) return fc.constant("");
  const fields = Object.values((type as GraphQLObjectType).getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)));
  const parts = fields.map((f) => {
    const named = getNamedType(f.type);
    if (isLeafType(named)) return fc.constant(f.name);
    if (depth >= 3) return fc.constant(`${f.name} { __typename }`);
    return selectionFor(named, depth + 1).map((inner) => `${f.name} ${inner}`);
  });
  return fc
    .subarray(parts, { minLength: 1 })
    .chain((chosen) => (chosen.length ? fc.tuple(...chosen) : fc.constant([] as string[])))
    .map((chosen) => `{ __typename ${chosen.join(" ")} }`);
}

// ---------------------------------------------------------------- operations

type Kind3 = "query" | "mutation" | "subscription";

interface FieldRef {
  kind: Kind3;
  field: GraphQLField<unknown, unknown>;
}

type Caller = "admin" | "staff" | "integrator" | "none" | "expired" | "forged" | "wrongSecret" | "badKey" | "garbage" | "basic";

interface HttpCase {
  transport: "http";
  label: string;
  caller: Caller;
  /** A GraphQL request sent as JSON... */
  request?: { query: unknown; variables?: unknown; operationName?: unknown };
  /** ...or a raw HTTP exchange. */
  raw?: { method: string; contentType?: string; body?: string; search?: string; headers?: Record<string, string> };
  /** Every string sent, to tell echoes of the input apart from leaks. */
  sent: string[];
}

interface WsCase {
  transport: "ws";
  label: string;
  query: string;
  variables: Record<string, unknown>;
  sent: string[];
}

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (value instanceof EnumName) out.push(value.name);
  else if (Array.isArray(value)) for (const v of value.slice(0, 50)) stringsIn(v, out);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) stringsIn(v, out.concat(k));
  return out;
}

function argsOperation(ref: FieldRef, realIds: string[]): fc.Arbitrary<{ query: string; variables: Record<string, unknown>; sent: string[]; label: string }> {
  const { field, kind } = ref;
  const args = field.args;
  const values = fc.record(
    Object.fromEntries(args.map((a) => [a.name, valueFor(a.type, realIds)])),
    { requiredKeys: args.filter((a) => isNonNullType(a.type)).map((a) => a.name) },
  );
  const style = fc.constantFrom("variables", "variables", "literal", "wrongDeclaration", "missingRequired", "unknownArgument");
  return fc.tuple(values, style, selectionFor(getNamedType(field.type), 1)).map(([vals, how, selection]) => {
    const present = args.filter((a) => a.name in vals);
    let query: string;
    let variables: Record<string, unknown> = {};
    if (how === "literal") {
      const text = present.map((a) => `${a.name}: ${literal((vals as Record<string, unknown>)[a.name])}`).join(", ");
      query = `${kind} { ${field.name}${text ? `(${text})` : ""} ${selection} }`;
    } else if (how === "missingRequired" || how === "unknownArgument") {
      const kept = present.filter((a) => how === "unknownArgument" || !isNonNullType(a.type));
      const text = kept.map((a) => `${a.name}: ${literal((vals as Record<string, unknown>)[a.name])}`);
      if (how === "unknownArgument") text.push(`bogus: ${literal(vals[present[0]?.name ?? ""] ?? "x")}`);
      query = `${kind} { ${field.name}${text.length ? `(${text.join(", ")})` : ""} ${selection} }`;
    } else {
      const wrong = how === "wrongDeclaration";
      const declarations = present.map((a) => `$${a.name}: ${wrong ? (String(a.type).startsWith("Int") ? "String" : "Int") : String(a.type)}`);
      const pass = present.map((a) => `${a.name}: $${a.name}`);
      query = `${kind} Fuzz${declarations.length ? `(${declarations.join(", ")})` : ""} { ${field.name}${pass.length ? `(${pass.join(", ")})` : ""} ${selection} }`;
      variables = JSON.parse(JSON.stringify(vals)) as Record<string, unknown>;
    }
    return { query, variables, sent: stringsIn(vals), label: `${kind}.${field.name}/${how}` };
  });
}

const INTROSPECTION_DEEP = (n: number) =>
  `{ __schema { types { name fields { name type ${"{ name ofType ".repeat(n)}{ name }${" }".repeat(n)} } } } }`;

interface StructuralOp {
  query: unknown;
  variables?: unknown;
  operationName?: unknown;
  extensions?: unknown;
  label: string;
  sent: string[];
}

function structuralOperation(schema: GraphQLSchema): fc.Arbitrary<StructuralOp> {
  const queryFields = Object.keys(schema.getQueryType()!.getFields());
  return fc.oneof<fc.Arbitrary<StructuralOp>[]>(
    // Deep nesting through the order graph, repeated via the subscription payload's order.
    fc.integer({ min: 1, max: 3 }).map((n) => ({
      query: `{ orders(first: 200) { edges { node { ${"items { product { id sku } } salesOrder { id } shipment { id labelUrl } invoice { pdfUrl payments { id } } evidence { url } nextActions { missing } history { at } ".repeat(n)} } } } }`,
      label: "nesting/orderGraph",
      sent: [],
    })),
    fc.integer({ min: 5, max: 40 }).map((n) => ({ query: INTROSPECTION_DEEP(n), label: "nesting/introspection", sent: [] })),
    fc.integer({ min: 10, max: 300 }).map((n) => ({
      query: `{ me { id } ${"{ ".repeat(n)}}`,
      label: "nesting/unbalanced",
      sent: [],
    })),
    fc.integer({ min: 2, max: 400 }).map((n) => ({
      query: `query { ${Array.from({ length: n }, (_, i) => `a${i}: orders(first: 200) { totalCount edges { node { id items { id } } } }`).join(" ")} }`,
      label: "aliases/orders",
      sent: [],
    })),
    fc.tuple(fc.integer({ min: 2, max: 1000 }), fc.constantFrom(...queryFields.filter((f) => !["order", "orderByMarketplaceId"].includes(f)))).map(([n, f]) => ({
      query: `{ ${Array.from({ length: n }, (_, i) => `x${i}: ${f} { __typename }`).join(" ")} }`.replace(/orderWorkflow \{ __typename \}/g, "orderWorkflow { statuses }"),
      label: "aliases/field",
      sent: [],
    })),
    fc.constantFrom<StructuralOp>(
      { query: "fragment A on Query { ...B } fragment B on Query { ...A } { ...A }", label: "fragments/cycle", sent: [] },
      { query: "{ nope }", label: "unknown/field", sent: [] },
      { query: "{ me { id password passwordHash } }", label: "unknown/subfield", sent: [] },
      { query: "{ __type(name: \"User\") { fields { name } } }", label: "introspection/type", sent: [] },
      { query: "query A { me { id } } query B { users { id } }", label: "multi/noName", sent: [] },
      { query: "query A { me { id } } query B { users { id } }", operationName: "C", label: "multi/wrongName", sent: [] },
      { query: "query A { me { id } }", operationName: 5, label: "multi/numericName", sent: [] },
      { query: "subscription { orderStatusChanged { to } }", label: "subscription/overHttp", sent: [] },
      { query: "", label: "parse/empty", sent: [] },
      { query: "{", label: "parse/open", sent: [] },
      { query: "{ me { id } } }", label: "parse/extra", sent: [] },
      { query: "query ($a: Int = \"x\") { me { id } }", label: "validation/badDefault", sent: [] },
      { query: "{ me @skip(if: $undefinedVar) { id } }", label: "validation/undefinedVar", sent: [] },
      { query: "{ me @bogus { id } }", label: "validation/unknownDirective", sent: [] },
      { query: "{ me { id } }", variables: "not-an-object", label: "request/stringVariables", sent: ["not-an-object"] },
      { query: "{ me { id } }", variables: [1, 2], label: "request/arrayVariables", sent: [] },
      { query: 42, label: "request/numericQuery", sent: [] },
      { query: { query: "{ me { id } }" }, label: "request/objectQuery", sent: [] },
      { query: null, label: "request/nullQuery", sent: [] },
      { query: "{ me { id } }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } }, label: "request/persisted", sent: [] },
      { query: `{ me { id } } ${"#".repeat(200_000)}`, label: "parse/hugeComment", sent: [] },
      { query: `{ me { ${"id ".repeat(50_000)} } }`, label: "parse/manyTokens", sent: [] },
      { query: `{ orders(first: ${"9".repeat(50)}) { totalCount } }`, label: "literal/hugeInt", sent: [] },
      { query: "{ orders(first: -1) { totalCount } }", label: "literal/negativeFirst", sent: [] },
      { query: "{ orders(first: 1.5) { totalCount } }", label: "literal/floatFirst", sent: [] },
      { query: "{ orders(first: NaN) { totalCount } }", label: "literal/nanFirst", sent: [] },
      { query: "{ orders(after: \"bm90LWEtY3Vyc29y\") { totalCount } }", label: "literal/badCursor", sent: ["bm90LWEtY3Vyc29y"] },
      { query: "{ orders(after: \"\\u0000\") { totalCount } }", label: "literal/nulCursor", sent: ["\u0000"] },
    ),
  );
}

const RAW_EXCHANGES: HttpCase["raw"][] = [
  { method: "POST", contentType: "application/json", body: "{" },
  { method: "POST", contentType: "application/json", body: '{"query": "{ me { id } }",}' },
  { method: "POST", contentType: "application/json", body: "" },
  { method: "POST", contentType: "application/json", body: "null" },
  { method: "POST", contentType: "application/json", body: "[]" },
  { method: "POST", contentType: "application/json", body: '[{"query":"{ me { id } }"},{"query":"{ me { id } }"}]' },
  { method: "POST", contentType: "application/json", body: '"{ me { id } }"' },
  { method: "POST", contentType: "application/json", body: "\u0000\u0001\u0002" },
  { method: "POST", contentType: "application/json", body: '{"query": "{ me { id } }", "variables": {"a": NaN}}' },
  { method: "POST", contentType: "application/json", body: `{"query": "${"A".repeat(MB + 100)}"}` },
  { method: "POST", contentType: "application/json; charset=utf-16", body: '{"query":"{ me { id } }"}' },
  { method: "POST", contentType: "application/json; charset=latin-1", body: '{"query":"{ me { id } }"}' },
  { method: "POST", contentType: "text/plain", body: '{"query":"{ me { id } }"}' },
  { method: "POST", contentType: "application/x-www-form-urlencoded", body: "query=%7B%20me%20%7B%20id%20%7D%20%7D" },
  { method: "POST", contentType: "multipart/form-data; boundary=x", body: '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--' },
  { method: "POST", contentType: "application/graphql", body: "{ me { id } }" },
  { method: "POST", contentType: "application/xml", body: "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>" },
  { method: "POST", body: '{"query":"{ me { id } }"}' },
  { method: "POST", contentType: "application/json", body: '{"query":"{ me { id } }"}', headers: { "content-encoding": "gzip" } },
  { method: "POST", contentType: "application/json", body: '{"query":"{ me { id } }"}', headers: { "content-encoding": "br, deflate, bogus" } },
  { method: "GET", search: "?query=%7B%20me%20%7B%20id%20%7D%20%7D" },
  { method: "GET", search: "?query=mutation%20%7B%20syncOrders%20%7B%20id%20%7D%20%7D" },
  { method: "GET", search: "?query=%7B%20me%20%7B%20id%20%7D%20%7D&variables=%7Bnot-json" },
  { method: "GET", search: "?query=%7B&extensions=%5B" },
  { method: "GET", search: "" },
  { method: "PUT", contentType: "application/json", body: '{"query":"{ me { id } }"}' },
  { method: "DELETE" },
  { method: "PATCH", contentType: "application/json", body: "{}" },
  { method: "OPTIONS" },
  { method: "HEAD" },
];

const CALLERS = fc.oneof(
  { weight: 10, arbitrary: fc.constant<Caller>("admin") },
  { weight: 4, arbitrary: fc.constant<Caller>("staff") },
  { weight: 4, arbitrary: fc.constant<Caller>("integrator") },
  { weight: 4, arbitrary: fc.constantFrom<Caller>("none", "expired", "forged", "wrongSecret", "badKey", "garbage", "basic") },
);

function httpCases(schema: GraphQLSchema, realIds: string[]): fc.Arbitrary<HttpCase> {
  const refs: FieldRef[] = [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: "query" as const, field })),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: "mutation" as const, field })),
  ];
  const fieldOps = fc.constantFrom(...refs).chain((ref) => argsOperation(ref, realIds));
  return fc.oneof(
    {
      weight: 14,
      arbitrary: fc.tuple(fieldOps, CALLERS).map(([op, caller]): HttpCase => ({
        transport: "http",
        label: op.label,
        caller,
        request: { query: op.query, variables: op.variables },
        sent: op.sent,
      })),
    },
    {
      weight: 3,
      arbitrary: fc.tuple(structuralOperation(schema), CALLERS).map(([op, caller]): HttpCase => {
        const { label, sent, ...request } = op;
        return { transport: "http", label, caller, request: request as HttpCase["request"], sent };
      }),
    },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom(...RAW_EXCHANGES), CALLERS).map(([raw, caller]): HttpCase => ({
        transport: "http",
        label: `raw/${raw!.method} ${raw!.contentType ?? "-"}`,
        caller,
        raw,
        sent: [raw!.body ?? "", decodeURIComponent(raw!.search ?? "")],
      })),
    },
  );
}

function wsCases(schema: GraphQLSchema, realIds: string[]): fc.Arbitrary<WsCase> {
  const refs = Object.values(schema.getSubscriptionType()!.getFields()).map((field) => ({ kind: "subscription" as const, field }));
  const queryRefs = [schema.getQueryType()!.getFields().orders, schema.getQueryType()!.getFields().order].map((field) => ({ kind: "query" as const, field }));
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...refs).chain((ref) => argsOperation(ref, realIds)) },
    { weight: 2, arbitrary: fc.constantFrom(...queryRefs).chain((ref) => argsOperation(ref, realIds)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<{ query: string; variables: Record<string, unknown>; sent: string[]; label: string }>(
        { query: "subscription { nope }", variables: {}, sent: [], label: "ws/unknownField" },
        { query: "subscription { orderStatusChanged { to } syncProgress { id } }", variables: {}, sent: [], label: "ws/twoRootFields" },
        { query: "subscription {", variables: {}, sent: [], label: "ws/parse" },
        { query: `subscription { ${Array.from({ length: 200 }, (_, i) => `a${i}: syncProgress { id }`).join(" ")} }`, variables: {}, sent: [], label: "ws/aliases" },
        { query: "mutation { syncOrders { id } }", variables: {}, sent: [], label: "ws/mutation" },
      ),
    },
  ).map((op) => ({ transport: "ws" as const, label: op.label, query: op.query, variables: op.variables, sent: op.sent }));
}

// ---------------------------------------------------------------- checking answers

interface Tally {
  operations: number;
  withData: number;
  refused: Map<string, number>;
  serverErrors: string[];
  leaks: string[];
  uncoded: string[];
}

function scrub(text: string, sent: string[]): string {
  let out = text;
  const variants = new Set<string>();
  for (const s of sent) {
    if (s.length < 2) continue;
    for (const v of [s, s.trim(), s.trim().toLowerCase(), JSON.stringify(s).slice(1, -1), printString(s).slice(1, -1)]) {
      if (v.length >= 2) variants.add(v);
    }
  }
  for (const v of [...variants].sort((a, b) => b.length - a.length)) {
    if (out.includes(v)) out = out.split(v).join("«»");
  }
  return out;
}

function leaksIn(text: string, sent: string[]): string[] {
  const clean = scrub(text, sent);
  return LEAKS.filter(([, re]) => re.test(clean)).map(([what, re]) => `${what}: …${clean.slice(Math.max(0, clean.search(re) - 60), clean.search(re) + 80)}…`);
}

function leafStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (Array.isArray(value)) for (const v of value) leafStrings(v, out);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) leafStrings(v, out.concat(k));
  return out;
}

interface ErrorShape {
  message?: unknown;
  extensions?: { code?: unknown };
}

function checkErrors(tally: Tally, where: string, errors: ErrorShape[], sent: string[]): void {
  const codes = new Set<string>();
  for (const error of errors) {
    const code = error?.extensions?.code;
    if (code === "INTERNAL_SERVER_ERROR") tally.serverErrors.push(`${where}: ${JSON.stringify(error).slice(0, 300)}`);
    else if (typeof code !== "string" || !ALLOWED_CODES.has(code)) tally.uncoded.push(`${where}: ${JSON.stringify(error).slice(0, 300)}`);
    if (typeof code === "string") codes.add(code);
  }
  for (const code of codes) tally.refused.set(code, (tally.refused.get(code) ?? 0) + 1);
}

function checkGraphQLBody(tally: Tally, where: string, body: { data?: unknown; errors?: ErrorShape[] }, sent: string[]): void {
  for (const leaf of leafStrings(body)) {
    for (const leak of leaksIn(leaf, sent)) tally.leaks.push(`${where}: ${leak}`);
  }
  if (body.data && typeof body.data === "object" && Object.values(body.data).some((v) => v !== null)) tally.withData++;
  if (body.errors !== undefined) {
    if (!Array.isArray(body.errors)) tally.uncoded.push(`${where}: errors is not a list`);
    else checkErrors(tally, where, body.errors, sent);
  }
  if (body.data === undefined && body.errors === undefined) tally.uncoded.push(`${where}: neither data nor errors`);
}

// ---------------------------------------------------------------- the run

describe(`R7 hostile operations against the running API (${engineName()})`, () => {
  let t: TestServer;
  let schema: GraphQLSchema;
  const tokens: Partial<Record<Caller, string>> = {};
  let realIds: string[] = [];

  beforeAll(async () => {
    t = await startTestServer({ config: { rateLimitPerMinute: 1_000_000 } });
    const account = await ensureSandboxAccount(t.server.db);
    const orderIds = await seedOrders(t.server.db, account.id, { count: 12 });
    schema = await createSchema(createInProcessPubSub());
    tokens.admin = await t.login();
    const staff = await t.gql<{ createUser: { id: string } }>(
      'mutation { createUser(email: "personal@pruebas.mx", password: "clave-personal-123", role: STAFF) { id } }',
      {},
      tokens.admin,
    );
    expect(staff.errors).toBeUndefined();
    tokens.staff = await t.login("personal@pruebas.mx", "clave-personal-123");
    const key = await t.gql<{ createApiKey: { key: string; apiKey: { id: string } } }>(
      'mutation { createApiKey(name: "integrador", role: INTEGRATOR) { key apiKey { id } } }',
      {},
      tokens.admin,
    );
    tokens.integrator = key.data!.createApiKey.key;
    const runs = await t.gql<{ syncRuns: { id: string }[] }>("{ syncRuns { id } }", {}, tokens.admin);
    const invoices = await t.server.db.dataSource.query("SELECT id FROM invoice");
    const uploads = await t.server.db.dataSource.query("SELECT id FROM upload");
    realIds = [
      ...orderIds.map(String),
      staff.data!.createUser.id,
      key.data!.createApiKey.apiKey.id,
      String(account.id),
      ...(runs.data?.syncRuns ?? []).map((r) => r.id),
      ...(invoices as { id: number }[]).map((r) => String(r.id)),
      ...(uploads as { id: number }[]).map((r) => String(r.id)),
    ];
    const claims = { sub: "1", email: "admin@pruebas.mx", role: "ADMIN" };
    tokens.expired = jwt.sign(claims, "x".repeat(40), { algorithm: "HS256", expiresIn: -60 });
    tokens.wrongSecret = jwt.sign(claims, "y".repeat(40), { algorithm: "HS256", expiresIn: 600 });
    tokens.forged = jwt.sign({ ...claims, role: "ROOT" }, "x".repeat(40), { algorithm: "HS256", expiresIn: 600 });
    tokens.badKey = "pck_" + "A".repeat(32);
  });
  afterAll(() => t?.close());

  function headersFor(caller: Caller): Record<string, string> {
    switch (caller) {
      case "none":
        return {};
      case "garbage":
        return { authorization: "Bearer \u00ff\u00fe' OR 1=1 --" };
      case "basic":
        return { authorization: "Basic YWRtaW46YWRtaW4=" };
      default:
        return { authorization: `Bearer ${tokens[caller]}` };
    }
  }

  async function send(c: HttpCase, tally: Tally, index: number): Promise<void> {
    const where = `#${index} ${c.label} as ${c.caller}`;
    const headers: Record<string, string> = { ...headersFor(c.caller) };
    let method = "POST";
    let body: string | undefined;
    let search = "";
    if (c.raw) {
      method = c.raw.method;
      body = c.raw.body;
      search = c.raw.search ?? "";
      if (c.raw.contentType) headers["content-type"] = c.raw.contentType;
      Object.assign(headers, c.raw.headers ?? {});
    } else {
      headers["content-type"] = "application/json";
      body = JSON.stringify(c.request);
    }
    // Header values must be bytes; fetch refuses non-Latin-1 ones before anything is sent.
    for (const [k, v] of Object.entries(headers)) headers[k] = Buffer.from(v, "latin1").toString("latin1");
    let res: Response;
    try {
      res = await fetch(`${t.url}/graphql${search}`, { method, headers, body, signal: AbortSignal.timeout(20_000) });
    } catch (err) {
      tally.serverErrors.push(`${where}: no answer (${(err as Error).message})`);
      return;
    }
    tally.operations++;
    const text = await res.text();
    if (res.status >= 500) tally.serverErrors.push(`${where}: HTTP ${res.status} ${text.slice(0, 300)}`);
    let parsed: { data?: unknown; errors?: ErrorShape[] } | null = null;
    if ((res.headers.get("content-type") ?? "").includes("json") && text) {
      try {
        parsed = JSON.parse(text) as { data?: unknown; errors?: ErrorShape[] };
      } catch {
        tally.uncoded.push(`${where}: invalid JSON answer`);
      }
    }
    if (parsed && typeof parsed === "object" && ("data" in parsed || "errors" in parsed)) {
      checkGraphQLBody(tally, where, parsed, c.sent);
    } else {
      // Not a GraphQL answer: it must be a client error without internals.
      if (res.status < 400 && !(method === "OPTIONS" || method === "HEAD")) tally.uncoded.push(`${where}: HTTP ${res.status} without a GraphQL answer`);
      for (const leak of leaksIn(text, c.sent)) tally.leaks.push(`${where}: ${leak}`);
      const key = `HTTP ${res.status}`;
      tally.refused.set(key, (tally.refused.get(key) ?? 0) + 1);
    }
  }

  async function sendWs(client: Client, c: WsCase, tally: Tally, index: number): Promise<void> {
    const where = `#ws${index} ${c.label}`;
    tally.operations++;
    await new Promise<void>((resolve) => {
      let settled = false;
      const finish = () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        dispose();
        resolve();
      };
      // A valid subscription stays open and quiet: that is an answer too.
      const timer = setTimeout(() => {
        tally.refused.set("(subscribed)", (tally.refused.get("(subscribed)") ?? 0) + 1);
        finish();
      }, 250);
      const dispose = client.subscribe(
        { query: c.query, variables: c.variables },
        {
          next: (result) => {
            checkGraphQLBody(tally, where, result as { data?: unknown; errors?: ErrorShape[] }, c.sent);
            finish();
          },
          error: (err) => {
            if (Array.isArray(err)) {
              for (const leaf of leafStrings(err)) for (const leak of leaksIn(leaf, c.sent)) tally.leaks.push(`${where}: ${leak}`);
              checkErrors(tally, where, err as ErrorShape[], c.sent);
            } else {
              tally.serverErrors.push(`${where}: socket failure ${err instanceof Error ? err.message : JSON.stringify(err)}`);
            }
            finish();
          },
          complete: finish,
        },
      );
    });
  }

  it("answers every generated operation with data or a coded refusal, never a 5xx or internals", async () => {
    console.log(`R7 seed ${SEED} (FUZZ_SEED=${SEED} replays this run)`);
    const tally: Tally = { operations: 0, withData: 0, refused: new Map(), serverErrors: [], leaks: [], uncoded: [] };
    const started = Date.now();

    const cases = fc.sample(httpCases(schema, realIds), { seed: SEED, numRuns: HTTP_RUNS });
    const covered = new Set(cases.map((c) => c.label.split("/")[0]));
    for (const [kind, type] of [["query", schema.getQueryType()], ["mutation", schema.getMutationType()]] as const) {
      for (const name of Object.keys(type!.getFields())) expect({ field: `${kind}.${name}`, covered: covered.has(`${kind}.${name}`) }).toEqual({ field: `${kind}.${name}`, covered: true });
    }
    for (let i = 0; i < cases.length; i++) await send(cases[i], tally, i);

    // Subscriptions (and a few queries) over the WebSocket with a valid token.
    const ws = fc.sample(wsCases(schema, realIds), { seed: SEED + 1, numRuns: WS_RUNS });
    const client = createClient({
      url: `${t.url.replace("http", "ws")}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${tokens.admin}` },
      retryAttempts: 0,
      lazy: false,
    });
    try {
      for (let i = 0; i < ws.length; i += 10) {
        await Promise.all(ws.slice(i, i + 10).map((c, j) => sendWs(client, c, tally, i + j)));
      }
    } finally {
      await client.dispose();
    }
    for (const name of Object.keys(schema.getSubscriptionType()!.getFields())) {
      expect(ws.some((c) => c.label.startsWith(`subscription.${name}/`))).toBe(true);
    }

    // Bad credentials on the WebSocket are refused with 4403, nothing else.
    for (const caller of ["expired", "forged", "wrongSecret", "badKey"] as const) {
      const closed = await new Promise<number>((resolve) => {
        const socket = new WebSocket(`${t.url.replace("http", "ws")}/graphql`, "graphql-transport-ws");
        socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${tokens[caller]}` } })));
        socket.on("close", (code) => resolve(code));
        socket.on("error", () => resolve(-1));
      });
      tally.operations++;
      expect({ caller, closed }).toEqual({ caller, closed: 4403 });
    }

    const codes = [...tally.refused.entries()].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code}: ${n}`).join(", ");
    const refusedCount = [...tally.refused.entries()].filter(([code]) => code !== "(subscribed)").reduce((sum, [, n]) => sum + n, 0);
    console.log(
      `R7 (${engineName()}): ${tally.operations} operations, ${tally.withData} with data, ${refusedCount} refused by code {${codes}}, ` +
        `${tally.serverErrors.length} server errors, ${tally.leaks.length} leaks (seed ${SEED}, ${Math.round((Date.now() - started) / 1000)} s)`,
    );
    if (process.env.FUZZ_REPORT) {
      fs.writeFileSync(process.env.FUZZ_REPORT, JSON.stringify({ serverErrors: tally.serverErrors, leaks: tally.leaks, uncoded: tally.uncoded }, null, 1));
    }
    expect(tally.operations).toBeGreaterThanOrEqual(1000);
    expect(tally.serverErrors.slice(0, 20)).toEqual([]);
    expect(tally.leaks.slice(0, 20)).toEqual([]);
    expect(tally.uncoded.slice(0, 20)).toEqual([]);

    // The server is still fine afterwards.
    const after = await t.gql<{ me: { email: string }; orders: { totalCount: number } }>("{ me { email } orders { totalCount } }", {}, tokens.admin);
    expect(after.errors).toBeUndefined();
    expect(after.data?.me.email).toBe("admin@pruebas.mx");
    expect(after.data?.orders.totalCount).toBeGreaterThanOrEqual(12);
    const health = await fetch(`${t.url}/health`);
    expect(health.status).toBe(200);
  }, 180_000);
});
