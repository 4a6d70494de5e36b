import { createHash } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import express from "express";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer } from "ws";
import { LoginThrottle } from "./auth/login-throttle";
import { loadSigningSecret } from "./auth/secrets";
import type { Config } from "./config";
import { openDatabase, type Database } from "./db/data-source";
import { contextFor, type Context, type RequestInfo } from "./graphql/context";
import { formatError } from "./graphql/errors";
import { compiledExecution } from "./graphql/compiled-executor";
import { checkSubscribeMessage, LIMIT_VALIDATION_RULES, operationLimitsPlugin } from "./graphql/limits";
import { connectLimiterStore, DEFAULT_RATE_LIMIT_PER_MINUTE, OperationRateLimit, operationRateLimitPlugin } from "./graphql/rate-limit";
import { createInProcessPubSub, createRedisPubSub } from "./graphql/pubsub";
import { createSchema } from "./graphql/schema";
import { SharedSubscriptions } from "./graphql/shared-subscriptions";
import { refuseHttpSubscriptionsPlugin } from "./graphql/http-subscriptions";
import { formatSubscribeErrors, formatWsResult } from "./graphql/ws-errors";
import { uploadsRouter } from "./evidence/uploads.route";
import { filesRoute } from "./http/files.route";
import { requestErrorHandler } from "./http/error-handler";
import { graphqlEndpoint, isGraphqlPost } from "./http/graphql-endpoint";
import { apiOriginPolicy, securityHeaders, verifyWebSocketOrigin } from "./http/security";
import { playgroundRouter } from "./http/playground.route";
import { ensureDefaultAccount } from "./marketplace/marketplace-accounts";
import type { MarketplaceClientTuning } from "./marketplace/marketplace-gateways";
import { createServices, type Services } from "./services";
import { SyncScheduler } from "./sync/sync-scheduler";
import { DEFAULT_WRITE_BATCHING } from "./sync/write-batches";

export interface RunningServer {
  url: string;
  port: number;
  services: Services;
  db: Database;
  /** Set when the first admin was created with a generated password (print it once). */
  firstAdmin: { email: string; password?: string } | null;
  scheduler: SyncScheduler;
  /** Subscribers of the same operation share one execution per event (counters for tests). */
  subscriptions: SharedSubscriptions;
  close(): Promise<void>;
}

/** Processes sharing one database are one deployment: they share event channels. */
function deploymentName(database: Config["database"]): string {
  const where = database.engine === "sqlite" ? database.file : new URL(database.url).host + new URL(database.url).pathname;
  return `pedidos:${createHash("sha256").update(where).digest("hex").slice(0, 16)}`;
}

function authorizationFrom(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const value = params?.authorization ?? params?.Authorization;
  return typeof value === "string" ? value : undefined;
}

export interface ServerOptions {
  /** Client timeouts, retries and backoff for the marketplace (tests make them short). */
  marketplaceClient?: MarketplaceClientTuning;
  /** How often the sync scheduler looks for due accounts; null = no scheduler. Default 60 s. */
  schedulerTickMs?: number | null;
  /** How often the outbox worker looks for due jobs (it is also woken on enqueue); null = no worker. Default 1 s. */
  outboxPollMs?: number | null;
  /** Outbox retry timings (tests make them short). */
  outbox?: { maxAttempts?: number; baseDelayMs?: number; maxDelayMs?: number; leaseMs?: number };
}

/** Composition: config -> database -> services -> schema -> HTTP + WebSocket on one port. */
export async function startServer(config: Config, options: ServerOptions = {}): Promise<RunningServer> {
  const db = await openDatabase(config.database);
  // REDIS_URL: events cross server processes; without it they stay in this one.
  const events = config.redisUrl
    ? createRedisPubSub(config.redisUrl, deploymentName(config.database))
    : { pubsub: createInProcessPubSub(), close: async () => undefined };
  const { pubsub } = events;
  const secret = loadSigningSecret(config.dataDir, config.jwtSecret);
  const services = createServices({
    db,
    pubsub,
    secret,
    filesDir: path.join(config.dataDir, "files"),
    marketplaceClient: options.marketplaceClient,
    syncBatching: config.syncBatchOrders ? { ...DEFAULT_WRITE_BATCHING, maxOrders: config.syncBatchOrders } : undefined,
    syncWriteThread: config.database.engine === "mysql" && (config.syncWriteThread ?? true) ? config.database : undefined,
    outbox: options.outbox,
  });
  const firstAdmin = await services.auth.ensureFirstAdmin(config.admin);
  if (config.claroshop) {
    const account = await ensureDefaultAccount(db, !!config.marketplaceSandbox);
    services.gateways.registerClaroShop(account.id, config.claroshop.legacy, config.claroshop.t1);
  }
  const scheduler = new SyncScheduler(db, services.sync, options.schedulerTickMs ?? 60_000);
  if (options.schedulerTickMs !== null) scheduler.start();
  if (options.outboxPollMs !== null) services.outbox.start(options.outboxPollMs ?? 1000);
  const schema = await createSchema(pubsub);

  // Login throttle and per-caller rate limits: shared through Redis by every process of the deployment.
  const limiterStore = config.redisUrl ? await connectLimiterStore(config.redisUrl) : null;
  const limiterPrefix = `${deploymentName(config.database)}:limits`;
  const loginThrottle = new LoginThrottle(limiterStore, limiterPrefix);
  const operationLimit = new OperationRateLimit(limiterStore, limiterPrefix, config.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE);
  const allowedOrigins = config.corsOrigins ?? [];

  const app = express();
  app.disable("x-powered-by");
  // X-Forwarded-For is believed only for the proxies TRUST_PROXY names.
  if (config.trustProxy !== undefined) app.set("trust proxy", config.trustProxy);
  // /graphql is served without express (graphqlEndpoint); everything else by the express app.
  const httpServer = http.createServer();

  const wsServer = new WebSocketServer({ server: httpServer, path: "/graphql", verifyClient: verifyWebSocketOrigin(allowedOrigins) });
  const wsRequestInfo = (request: http.IncomingMessage): RequestInfo => ({
    clientAddress: request.socket.remoteAddress ?? null,
    loginThrottle,
  });
  // Same operation, variables and role: one source stream and one execution per event, sent to all.
  const subscriptions = new SharedSubscriptions({ formatNext: (result) => formatWsResult(result) ?? result });
  const wsCleanup = useServer<Record<string, unknown>, { context?: Context }>(
    {
      schema,
      subscribe: subscriptions.subscribe,
      onConnect: async (ctx) => {
        const context = await contextFor(services, authorizationFrom(ctx.connectionParams), wsRequestInfo(ctx.extra.request));
        if (!context.principal) return false; // graphql-ws closes with 4403 Forbidden
        ctx.extra.context = context;
        return true;
      },
      // Every subscribe message counts against its caller's rate limit and meets the same
      // operation limits (depth, aliases, cost, page size) as HTTP.
      onSubscribe: async (ctx, _id, payload) => {
        const principal = ctx.extra.context?.principal;
        if (principal) {
          const limited = await operationLimit.consume(principal);
          if (limited) return [limited];
        }
        const checked = checkSubscribeMessage(schema, payload);
        return Array.isArray(checked) ? [...checked] : checked;
      },
      // Errors reach WebSocket clients coded and without internals, as over HTTP.
      onError: (_ctx, _id, _payload, errors) => formatSubscribeErrors(errors),
      onNext: (_ctx, _id, _payload, _args, result) => formatWsResult(result),
      // A subscription lives long: every event gets fresh loaders, never a stale cache
      // (shared executions build their own context per event from this one).
      context: async (ctx, id) => {
        const context = await contextFor(services, authorizationFrom(ctx.connectionParams), wsRequestInfo(ctx.extra.request));
        // A shared subscription's events go straight to this socket, serialized once per group.
        subscriptions.sendsTo(context, { id, socket: ctx.extra.socket });
        return context;
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    // Executed by compiled operations; the same schema validates them.
    gateway: compiledExecution(schema),
    formatError,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Depth and aliases; cost, page size and anonymous introspection in operationLimitsPlugin.
    validationRules: LIMIT_VALIDATION_RULES,
    // main.ts owns SIGINT/SIGTERM: it also stops the sync, the sandbox and the database in order.
    stopOnTerminationSignals: false,
    plugins: [
      // Apollo's own landing page loads from a CDN; ours (/playground) is served from our dependencies.
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of operations: the default cache-control plugin would hook every field of
      // every response (and make Apollo wrap every resolver of the schema) for nothing.
      ApolloServerPluginCacheControlDisabled(),
      // Nothing is reported to Apollo's cloud, even when an APOLLO_KEY is in the environment
      // (usage reporting traces every field).
      ApolloServerPluginUsageReportingDisabled(),
      // In-flight requests get a short grace period; idle keep-alive sockets are closed at once.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 3000 }),
      operationRateLimitPlugin(operationLimit),
      operationLimitsPlugin(),
      refuseHttpSubscriptionsPlugin(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use(securityHeaders());
  app.get("/health", async (_req, res) => {
    try {
      await db.dataSource.query("SELECT 1");
      res.json({ status: "ok" });
    } catch {
      res.status(503).json({ status: "unavailable" });
    }
  });
  app.get("/files/:id", filesRoute(services));
  const graphqlHttp = graphqlEndpoint({
    apollo,
    context: (authorization, info) => contextFor(services, authorization, info),
    requestInfo: { loginThrottle },
    trustProxy: app.get("trust proxy fn") as (address: string, hop: number) => boolean,
    before: [securityHeaders(), ...apiOriginPolicy(allowedOrigins)],
  });
  httpServer.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => (isGraphqlPost(req) ? graphqlHttp.handle(req, res) : app(req, res)));
  app.use(["/graphql", "/uploads"], ...apiOriginPolicy(allowedOrigins));
  app.use("/uploads", uploadsRouter(services));
  app.use(playgroundRouter());
  app.use("/graphql", (req, res) => graphqlHttp.afterExpress(req, res));
  if (config.clientDist && fs.existsSync(path.join(config.clientDist, "index.html"))) {
    const dist = config.clientDist;
    app.use(express.static(dist, { index: false, maxAge: "1h" }));
    // The SPA's own routes (e.g. /pedidos/12) all answer with index.html.
    app.get(/^\/(?!graphql|files|uploads|health).*/, (_req, res) => {
      res.setHeader("Cache-Control", "no-cache");
      res.sendFile(path.join(dist, "index.html"));
    });
  }

  app.use(requestErrorHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, "0.0.0.0", () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;

  return {
    url: `http://localhost:${port}`,
    port,
    services,
    db,
    firstAdmin,
    scheduler,
    subscriptions,
    async close() {
      scheduler.stop();
      await services.outbox.stop();
      await services.sync.drain();
      await services.syncWriter.close?.();
      const stopping = apollo.stop();
      httpServer.closeIdleConnections();
      await stopping;
      wsServer.close();
      await db.dataSource.destroy();
      await events.close();
      if (limiterStore) await limiterStore.quit().catch(() => undefined);
    },
  };
}
