import type { ApolloServerPlugin } from "@apollo/server";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import {
  GraphQLError,
  Kind,
  parse,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from "graphql";
import { getComplexity, simpleEstimator, type ComplexityEstimator } from "graphql-query-complexity";
import type { Context } from "./context";
import { badInput, unauthenticated } from "./errors";

/**
 * Limits on what one GraphQL operation may ask for, the same over HTTP and WebSocket. They keep a
 * single request from making the server walk a huge tree, fan out into thousands of rows or
 * repeat one expensive field under many aliases.
 */

/** Deepest field nesting allowed (`{ orders { edges { node { id } } } }` is 4); fragments add no depth. */
export const MAX_DEPTH = 10;
/** Aliased fields allowed in one operation (`__typename` aliases are free). */
export const MAX_ALIASES = 15;
/**
 * Largest cost of one operation. Every field costs 1; a field with a `first` argument (a page)
 * multiplies the cost of its selection by `first` (by the field's default page size when absent).
 * `orders(first: 200)` with items, shipment, invoice and evidence costs about 4,000.
 */
export const MAX_COST = 10_000;
/** Largest page (`first`) any field accepts. */
export const MAX_PAGE_SIZE = 200;
/** Page size assumed for cost when a `first` argument is absent, null and without a default. */
export const DEFAULT_PAGE_SIZE = 50;
/** Fields evaluated while costing before giving up (guards against fragment/alias bombs). */
export const MAX_COST_NODES = 10_000;

/** The GraphQL validation code: clients treat these as "fix the request", never as retryable. */
const VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";

function validationError(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: VALIDATION_FAILED, ...extensions } });
}

const reportTo = (message: string) => (context: ValidationContext | null, error: GraphQLError) => {
  if (!context) throw error;
  context.reportError(validationError(message));
};

/** Depth and alias limits as validation rules (Apollo `validationRules`, and the WebSocket's validate). */
export const LIMIT_VALIDATION_RULES: ValidationRule[] = [
  maxDepthRule({
    n: MAX_DEPTH,
    flattenFragments: true,
    // Introspection is open only to signed-in callers (see `introspectionRefused`).
    ignoreIntrospection: true,
    propagateOnRejection: false,
    onReject: [reportTo(`La consulta excede la profundidad máxima de ${MAX_DEPTH} niveles.`)],
  }),
  maxAliasesRule({
    n: MAX_ALIASES,
    propagateOnRejection: false,
    onReject: [reportTo(`La consulta excede el máximo de ${MAX_ALIASES} alias.`)],
  }),
];

/**
 * The cost of one operation (see MAX_COST) and whether any `first` argument is out of range.
 * Variables are needed: they decide the page sizes. Throws when the variables do not fit the
 * operation or the document has more than MAX_COST_NODES fields to cost.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): { cost: number; pageOutOfRange: boolean } {
  let pageOutOfRange = false;
  const pageEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
    const pageArg = field.args.find((a) => a.name === "first");
    if (!pageArg) return undefined;
    const first = args.first;
    if (typeof first === "number" && (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE)) pageOutOfRange = true;
    const size = typeof first === "number" ? first : typeof pageArg.defaultValue === "number" ? pageArg.defaultValue : DEFAULT_PAGE_SIZE;
    return 1 + childComplexity * Math.max(1, Math.min(size, MAX_PAGE_SIZE));
  };
  const cost = getComplexity({
    schema,
    query: document,
    operationName: operationName ?? undefined,
    variables: variables ?? {},
    estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
    maxQueryNodes: MAX_COST_NODES,
  });
  return { cost, pageOutOfRange };
}

/** Costs kept per parsed document (Apollo and the WebSocket reuse the parsed document of a query text). */
const measuredCosts = new WeakMap<DocumentNode, Map<string, { cost: number; pageOutOfRange: boolean }>>();
/** Distinct operation names + variables remembered per document; longer keys are not remembered. */
const MAX_COSTS_PER_DOCUMENT = 100;
const MAX_COST_KEY_LENGTH = 2_000;

/**
 * `operationCost`, remembered per document, operation name and variables: an application sends the
 * same few operations over and over, and walking the document again gives the same answer.
 */
function cachedOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): { cost: number; pageOutOfRange: boolean } {
  const key = JSON.stringify([operationName ?? null, variables ?? null]);
  if (key.length > MAX_COST_KEY_LENGTH) return operationCost(schema, document, operationName, variables);
  let byKey = measuredCosts.get(document);
  const known = byKey?.get(key);
  if (known) return known;
  const measured = operationCost(schema, document, operationName, variables);
  if (!byKey) measuredCosts.set(document, (byKey = new Map()));
  if (byKey.size >= MAX_COSTS_PER_DOCUMENT) byKey.clear();
  byKey.set(key, measured);
  return measured;
}

/**
 * The error that refuses an operation: too costly (GRAPHQL_VALIDATION_FAILED), or a page size out
 * of range (BAD_USER_INPUT, for every field with a `first` argument); null when it may run.
 */
export function operationCostError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): GraphQLError | null {
  let measured: { cost: number; pageOutOfRange: boolean };
  try {
    measured = cachedOperationCost(schema, document, operationName, variables);
  } catch (err) {
    if (err instanceof GraphQLError && /maximum allowed number of nodes/.test(err.message)) {
      return validationError(`La consulta es demasiado grande; el costo máximo es ${MAX_COST}.`, { maxCost: MAX_COST });
    }
    // Variables that do not fit the operation (execution would refuse them too). Never let the
    // operation through uncosted: a field refused at run time must not hide a costly sibling.
    return err instanceof GraphQLError ? badInput(err.message) : validationError("No se pudo calcular el costo de la consulta.");
  }
  if (measured.pageOutOfRange) return badInput(`first debe estar entre 0 y ${MAX_PAGE_SIZE}.`, "first");
  if (measured.cost > MAX_COST) {
    return validationError(
      `La consulta es demasiado costosa (costo ${measured.cost}; máximo ${MAX_COST}). Pide menos campos o páginas más pequeñas.`,
      { cost: measured.cost, maxCost: MAX_COST },
    );
  }
  return null;
}

/** True when the document asks for the schema itself (`__schema` or `__type`; `__typename` is fine). */
export function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") found = true;
    },
  });
  return found;
}

/**
 * Apollo plugin: after the operation is parsed and validated (depth and aliases run as
 * `validationRules`), refuses introspection from anonymous callers, then costly operations and
 * out-of-range page sizes, before anything executes.
 */
export function operationLimitsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operationName, request, contextValue, response }) {
          if (!contextValue.principal && asksForIntrospection(document)) {
            response.http.status = 200;
            throw contextValue.authError ?? unauthenticated();
          }
          const error = operationCostError(schema, document, operationName, request.variables);
          if (error) {
            response.http.status = 400;
            throw error;
          }
        },
      };
    },
  };
}

/**
 * The WebSocket's `onSubscribe` counterpart of Apollo's pipeline: parse, the standard validation
 * plus the limits, then the cost. Returns the execution arguments or the errors to send back.
 */
export function checkSubscribeMessage(
  schema: GraphQLSchema,
  payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
): { schema: GraphQLSchema; document: DocumentNode; operationName?: string; variableValues?: Record<string, unknown> } | readonly GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(payload.query);
  } catch (err) {
    return [err instanceof GraphQLError ? err : validationError("La consulta no es válida.")];
  }
  const errors = validate(schema, document, [...specifiedRules, ...LIMIT_VALIDATION_RULES]);
  if (errors.length > 0) {
    return errors.map((e) =>
      e.extensions.code ? e : new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: VALIDATION_FAILED } }),
    );
  }
  const costError = operationCostError(schema, document, payload.operationName, payload.variables);
  if (costError) return [costError];
  const hasOperation = document.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!hasOperation) return [validationError("La consulta no contiene ninguna operación.")];
  return {
    schema,
    document,
    operationName: payload.operationName ?? undefined,
    variableValues: payload.variables ?? undefined,
  };
}
