import type { ExecutionResult, FormattedExecutionResult, GraphQLError, GraphQLFormattedError } from "graphql";
import { formatError } from "./errors";

/**
 * graphql-ws sends errors as they are; these hooks give WebSocket clients what HTTP clients get
 * from Apollo: every error with a code, and internals hidden by the same `formatError`.
 */

/** `onError`: the subscribe message was refused before running (parse, validation, limits), or its stream failed. */
export function formatSubscribeErrors(errors: readonly GraphQLError[]): GraphQLFormattedError[] {
  return errors.map((e) => {
    // Parse and validation errors have neither a code nor a cause; a failed stream has a cause.
    if (e.extensions?.code || e.originalError) return formatError(e.toJSON(), e);
    const code = /^Syntax Error/.test(e.message) ? "GRAPHQL_PARSE_FAILED" : "GRAPHQL_VALIDATION_FAILED";
    return { message: e.message, locations: e.locations, extensions: { code } };
  });
}

/** `onNext`: a result (an event, or an operation's answer) whose errors are formatted like over HTTP. */
export function formatWsResult(result: ExecutionResult): FormattedExecutionResult | undefined {
  if (!result.errors?.length) return undefined;
  const errors = result.errors.map((e): GraphQLFormattedError => {
    // Errors without a path come from coercing the variables (Apollo calls them BAD_USER_INPUT).
    if (!e.path && !e.extensions?.code) return { message: e.message, locations: e.locations, extensions: { code: "BAD_USER_INPUT" } };
    return formatError(e.toJSON(), e);
  });
  return { ...result, errors };
}
