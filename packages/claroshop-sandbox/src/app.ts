import express, { type Express } from "express";
import { adminRouter } from "./admin/admin.router";
import type { SandboxAdmin } from "./admin/sandbox-admin";
import { legacyRouter } from "./legacy/legacy.router";
import type { SandboxContext } from "./sandbox-context";
import { t1Router } from "./t1/t1.router";

export function createApp(ctx: SandboxContext, admin: SandboxAdmin): Express {
  const app = express();
  app.disable("x-powered-by");
  // Answers must not be cached or revalidated: fault tests expect every request to reach the sandbox.
  app.set("etag", false);
  app.use("/__admin", adminRouter(ctx, admin));
  app.use("/apicm/v1", legacyRouter(ctx));
  app.use(t1Router(ctx));
  app.use((_req, res) => {
    res.status(404).json({ error: "not found" });
  });
  return app;
}
