import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SandboxAdmin } from "./admin/sandbox-admin";
import { createApp } from "./app";
import { FaultController } from "./faults/fault-controller";
import { IdempotencyStore } from "./http/idempotency-store";
import { signedLegacyBase } from "./legacy/signature";
import { RequestLog } from "./log/request-log";
import { DEFAULT_AUTOMATIC_CARRIER } from "./marketplace-guesses";
import { OrderStore } from "./orders/order-store";
import type { ResolvedSettings, SandboxContext } from "./sandbox-context";
import type { RunningSandbox, SandboxOptions } from "./sandbox.types";
import { T1_TOKEN_PATH } from "./t1/t1.router";
import { TokenStore } from "./t1/token-store";

export const DEFAULT_PUBLIC_KEY = "sandbox-public";
export const DEFAULT_PRIVATE_KEY = "sandbox-private";

function resolveSettings(o: SandboxOptions): ResolvedSettings {
  return {
    host: o.host ?? "127.0.0.1",
    port: o.port ?? 0,
    publicKey: o.publicKey ?? DEFAULT_PUBLIC_KEY,
    privateKey: o.privateKey ?? DEFAULT_PRIVATE_KEY,
    t1: { username: o.t1?.username ?? "sandbox", password: o.t1?.password ?? "sandbox", sellerId: o.t1?.sellerId ?? "1001" },
    seed: o.seed ?? 1,
    orderCount: o.orderCount ?? 40,
    guideDelayMs: o.guideDelayMs ?? 0,
    automaticCarrier: o.automaticCarrier ?? DEFAULT_AUTOMATIC_CARRIER,
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Wildcard binds are still reached through loopback; IPv6 literals need brackets in URLs. */
function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::" || host === "") return "127.0.0.1";
  return host.includes(":") ? `[${host}]` : host;
}

export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const settings = resolveSettings(options);
  const clock = options.now ?? (() => new Date());
  const nowMs = (): number => clock().getTime();
  const timers = new Set<NodeJS.Timeout>();
  const ctx: SandboxContext = {
    settings,
    nowMs,
    store: new OrderStore(nowMs, settings),
    log: new RequestLog(),
    faults: new FaultController(settings.seed, settings.guideDelayMs),
    tokens: new TokenStore(nowMs),
    idempotency: new IdempotencyStore(),
    delay: (ms, run) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        run();
      }, ms);
      timers.add(timer);
    },
  };
  const admin = new SandboxAdmin(ctx);
  const server = createServer(createApp(ctx, admin));
  const port = await listen(server, settings.port, settings.host);
  const origin = `http://${urlHost(settings.host)}:${port}`;
  const url = `${origin}/apicm/v1`;
  let closing: Promise<void> | null = null;

  return {
    url,
    t1BaseUrl: origin,
    t1TokenUrl: `${origin}${T1_TOKEN_PATH}`,
    adminUrl: `${origin}/__admin`,
    port,
    publicKey: settings.publicKey,
    sellerId: settings.t1.sellerId,
    state: ctx.store,
    admin,
    requests: (filter) => ctx.log.list(filter),
    clearRequests: () => ctx.log.clear(),
    faults: () => ctx.faults.current,
    setFaults: (faults) => ctx.faults.set(faults),
    reset: (changes = {}) => admin.reset(changes),
    signedUrl: (resourceAndQuery) =>
      `${signedLegacyBase(url, settings.publicKey, settings.privateKey, nowMs())}/${resourceAndQuery.replace(/^\//, "")}`,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        // Hung and keep-alive connections would otherwise hold close() open forever.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
