import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import { execute, GraphQLError, type ExecutionResult, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { LRUCache } from "lru-cache";

type Compiled = CompiledQuery | ExecutionResult;

/** Distinct operations kept compiled per process; others are compiled again when they come back. */
const COMPILED_OPERATIONS = 1000;

/**
 * Apollo's request pipeline (parsing, validation, limits, plugins, error formatting) with
 * operations executed by graphql-jit instead of graphql-js: each distinct operation is compiled
 * once into a function that calls the same resolvers, so a page of a thousand fields costs a
 * thousand property reads instead of a thousand trips through graphql-js's field machinery.
 *
 * Plugged in through Apollo's gateway interface, the one it offers for another executor, with the
 * same schema for validation and execution. Subscriptions are not involved: graphql-ws executes
 * them with graphql-js.
 *
 * Variables that do not coerce are re-run through graphql-js, whose errors Apollo recognises as
 * BAD_USER_INPUT; nothing has executed at that point. Errors raised while executing are handed on
 * as graphql-js builds them (graphql-jit's own leave `extensions` unset, which Apollo reads).
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiled = new LRUCache<string, Compiled>({ max: COMPILED_OPERATIONS });
  const executor: GatewayExecutor = async (request) => {
    const key = `${request.operationName ?? ""}\n${request.queryHash}`;
    let query = compiled.get(key);
    if (!query) {
      query = compileQuery(schema, request.document, request.operationName ?? undefined, { disablingCapturingStackErrors: true });
      compiled.set(key, query);
    }
    const variables = request.request.variables ?? {};
    const result: ExecutionResult = isCompiledQuery(query)
      ? await query.query(undefined, request.context, variables)
      : query;
    if (!("data" in result)) {
      return execute({
        schema,
        document: request.document,
        contextValue: request.context,
        variableValues: variables,
        operationName: request.operationName,
      }) as Promise<ExecutionResult>;
    }
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
  return {
    async load() {
      return { schema, executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => undefined;
    },
    async stop() {},
  };
}

/** A graphql-js GraphQLError with the same message, path, locations and original error. */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  if (error.locations) Object.defineProperty(rebuilt, "locations", { value: error.locations, enumerable: true });
  return rebuilt;
}
