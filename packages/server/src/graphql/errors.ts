import { GraphQLError, type GraphQLFormattedError } from "graphql";

/** The documented list of `extensions.code` values a client can rely on. */
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "ILLEGAL_TRANSITION",
  "REQUIREMENTS_MISSING",
  "CONFLICT",
  "MARKETPLACE_UNAVAILABLE",
  "RATE_LIMITED",
  "SERVICE_UNAVAILABLE",
  "INTERNAL_SERVER_ERROR",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Codes GraphQL itself (parser, validation) and Apollo attach to malformed requests. */
const REQUEST_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "BAD_REQUEST",
]);

/** An expected failure: its message and extensions are safe to show to the client. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
    this.name = "AppError";
  }
}

export const unauthenticated = () => new AppError("UNAUTHENTICATED", "Inicia sesión para continuar.");
export const forbidden = () => new AppError("FORBIDDEN", "Tu rol no permite esta operación.");
export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} no existe.`);
export const badInput = (message: string, field?: string) =>
  new AppError("BAD_USER_INPUT", message, field ? { field } : {});
export const conflict = () =>
  new AppError("CONFLICT", "El pedido cambió mientras tanto; vuelve a cargarlo e inténtalo de nuevo.");

const CONNECTION_ERRORS = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
  "PROTOCOL_CONNECTION_LOST",
  "PROTOCOL_SEQUENCE_TIMEOUT",
  "PROTOCOL_ENQUEUE_AFTER_FATAL_ERROR",
  "ETIMEDOUT",
  "ER_CON_COUNT_ERROR",
  "ER_CLIENT_INTERACTION_TIMEOUT",
  "ER_SERVER_SHUTDOWN",
  "ER_SERVER_GONE_ERROR",
  "CR_SERVER_GONE_ERROR",
  "CR_SERVER_LOST",
  "SQLITE_BUSY",
]);

/**
 * mysql2 and TypeORM report some connection failures by message only (and a socket error thrown
 * from another realm reaches GraphQL as a plain message that still names its code).
 */
const CONNECTION_MESSAGES =
  /Pool is closed|Queue limit reached|Connection lost|closed state|Query inactivity timeout|Driver not Connected|Connection is not established|\b(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|PROTOCOL_CONNECTION_LOST|PROTOCOL_SEQUENCE_TIMEOUT)\b/i;

/** The database is down, unreachable or too slow to answer: the request may be retried later. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const { code, fatal, message } = current as { code?: unknown; fatal?: unknown; message?: unknown };
    if (typeof code === "string" && CONNECTION_ERRORS.has(code)) return true;
    // mysql2 marks errors after which the connection is unusable as fatal.
    if (fatal === true) return true;
    if (typeof message === "string" && CONNECTION_MESSAGES.test(message)) return true;
    current = (current as { driverError?: unknown; cause?: unknown }).driverError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/** A unique index refused a write: two requests raced for the same thing; one of them won. */
function isDuplicate(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (code === "ER_DUP_ENTRY" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY") return true;
    current = (current as { driverError?: unknown; cause?: unknown }).driverError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

function strip(extensions: Record<string, unknown> | undefined): Record<string, unknown> {
  const { stacktrace: _stack, exception: _exception, ...rest } = extensions ?? {};
  return rest;
}

/**
 * What reaches a client: expected errors as they are, request errors with their code, anything
 * else as a bare INTERNAL_SERVER_ERROR (logged here by message only: no SQL, paths or stacks out).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof AppError) {
    return { message: original.message, path: formatted.path, extensions: strip(original.extensions) };
  }
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError && typeof code === "string" && REQUEST_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  // Apollo refuses some requests (e.g. a persisted-query hash that does not match) with an HTTP 4xx and no code.
  const httpStatus = (original instanceof GraphQLError ? (original.extensions?.http as { status?: unknown } | undefined)?.status : undefined) ?? 0;
  if (original instanceof GraphQLError && !original.originalError && typeof httpStatus === "number" && httpStatus >= 400 && httpStatus < 500) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code: "BAD_REQUEST" } };
  }
  if (isArgumentValidation(original)) {
    return { message: "Datos no válidos.", path: formatted.path, extensions: { code: "BAD_USER_INPUT", fields: validationFields(original) } };
  }
  if (isDuplicate(original)) {
    return { message: conflict().message, path: formatted.path, extensions: { code: "CONFLICT" } };
  }
  if (isDatabaseUnavailable(original)) {
    return {
      message: "El servicio no está disponible por el momento; inténtalo en unos segundos.",
      path: formatted.path,
      extensions: { code: "SERVICE_UNAVAILABLE" },
    };
  }
  console.error("[graphql] unexpected error:", original instanceof Error ? `${original.name}: ${original.message}` : String(original));
  return { message: "Error interno del servidor.", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

interface ValidationErrorLike {
  validationErrors: { property: string; constraints?: Record<string, string> }[];
}

function isArgumentValidation(error: unknown): error is ValidationErrorLike {
  return !!error && Array.isArray((error as Partial<ValidationErrorLike>).validationErrors);
}

function validationFields(error: ValidationErrorLike): { field: string; problems: string[] }[] {
  return error.validationErrors.map((e) => ({ field: e.property, problems: Object.values(e.constraints ?? {}) }));
}
