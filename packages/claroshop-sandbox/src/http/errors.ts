/** Body-parser and multer failures carry a 4xx status or a multer code: the client's fault. */
export function isClientError(err: unknown): boolean {
  if (err === null || typeof err !== "object") return false;
  const e = err as { status?: unknown; statusCode?: unknown; name?: unknown };
  const status = typeof e.status === "number" ? e.status : typeof e.statusCode === "number" ? e.statusCode : 0;
  return (status >= 400 && status < 500) || e.name === "MulterError";
}
