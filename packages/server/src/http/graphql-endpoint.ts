import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer } from "@apollo/server";
import express, { type RequestHandler } from "express";
import proxyAddr from "proxy-addr";
import type { Context, RequestInfo } from "../graphql/context";
import { respondToRequestError } from "./error-handler";

type Handler = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

export interface GraphqlEndpointOptions {
  apollo: ApolloServer<Context>;
  /** The caller's context: authenticated once per request, from its Authorization header. */
  context(authorization: string | undefined, info: RequestInfo): Promise<Context>;
  /** What every request carries besides its caller: the login throttle. */
  requestInfo: Omit<RequestInfo, "clientAddress">;
  /** Express's compiled TRUST_PROXY rule (`app.get("trust proxy fn")`), for the caller's address as `req.ip` gives it. */
  trustProxy: (address: string, hop: number) => boolean;
  /** Run first, in order: security headers, then the origin policy (which may answer by itself). */
  before: RequestHandler[];
}

/**
 * An operation POSTed to /graphql: served by graphqlEndpoint before express. Other methods (a
 * browser's GET for the playground, preflights, GET queries) go through express, which hands
 * the rest of them to the same endpoint.
 */
export function isGraphqlPost(req: IncomingMessage): boolean {
  const url = req.url ?? "";
  return req.method === "POST" && (url === "/graphql" || url.startsWith("/graphql?"));
}

/**
 * /graphql over HTTP, served straight from node's request as Apollo's own standalone server does
 * it (middlewares called in turn, then executeHTTPGraphQLRequest): the same security headers,
 * origin policy, JSON body parser (1 MB) and error answers as the rest of the app. Express's
 * router, request and response helpers took about a tenth of the orders page's time (P2 in
 * packages/bench); the other routes stay on express.
 *
 * The caller is authenticated while the body arrives; operationRateLimitPlugin then counts the
 * operation, and a failure to authenticate (the database down) is reported by Apollo as usual.
 */
export function graphqlEndpoint(options: GraphqlEndpointOptions): {
  /** For node's request event: the whole chain. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Mounted on express at /graphql, after the security headers and origin policy it already applied. */
  afterExpress(req: IncomingMessage, res: ServerResponse): void;
} {
  const chain = [...(options.before as unknown as Handler[]), express.json({ limit: "1mb" }) as unknown as Handler];
  const fail = (req: IncomingMessage, res: ServerResponse) => (err: unknown) => respondToRequestError(err, req, res);

  const serve = async (req: IncomingMessage & { body?: unknown }, res: ServerResponse, context: Promise<Context>) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const url = req.url ?? "";
    const query = url.indexOf("?");
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? "GET").toUpperCase(),
        headers,
        search: query < 0 ? "" : url.slice(query),
        body: req.body,
      },
      context: () => context,
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === "complete") {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const from = (first: number) => (req: IncomingMessage, res: ServerResponse) => {
    const onError = fail(req, res);
    let context: Promise<Context> | null = null;
    const step = (index: number) => (err?: unknown) => {
      if (err) return onError(err);
      if (index === chain.length) {
        serve(req, res, context!).catch(onError);
        return;
      }
      // Authenticate while the body is read (the parser is the last step).
      if (index === chain.length - 1) {
        const clientAddress = proxyAddr(req, options.trustProxy) ?? null;
        context = options.context(req.headers.authorization, { ...options.requestInfo, clientAddress });
        // Reported by Apollo when it asks for the context; never an unhandled rejection meanwhile.
        context.catch(() => undefined);
      }
      try {
        chain[index](req, res, step(index + 1));
      } catch (thrown) {
        onError(thrown);
      }
    };
    step(first)();
  };
  return { handle: from(0), afterExpress: from(options.before.length) };
}
