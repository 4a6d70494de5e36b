import express, { type NextFunction, type Request, type Response } from "express";
import multer from "multer";
import type { Principal } from "../auth/principal";
import type { ErrorCode } from "../graphql/errors";
import type { Services } from "../services";
import { MAX_UPLOAD_BYTES } from "./file-checks";
import { UploadRefused } from "./upload.service";

// Multipart framing around one file: boundaries, part headers and a couple of small fields.
const ENVELOPE_BYTES = 64 * 1024;

const TOO_LARGE = `El archivo es demasiado grande: el máximo es ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB (imágenes), 5 MB (PDF) o 1 MB (XML).`;

/** Client mistakes multer reports: all answered 400 with a short Spanish message, never multer's text. */
const MULTER_MESSAGES: Partial<Record<string, string>> = {
  LIMIT_FILE_COUNT: "Envía un solo archivo por solicitud.",
  LIMIT_UNEXPECTED_FILE: 'El archivo debe ir en el campo "file".',
  LIMIT_PART_COUNT: "La solicitud tiene demasiadas partes.",
  LIMIT_FIELD_COUNT: "La solicitud tiene demasiados campos.",
  LIMIT_FIELD_KEY: "Un nombre de campo es demasiado largo.",
  LIMIT_FIELD_VALUE: "Un campo es demasiado largo.",
};

interface Authenticated {
  principal: Principal;
}

function fail(res: Response, status: number, code: ErrorCode, error: string): void {
  if (res.headersSent) return;
  res.status(status).json({ error, code });
}

/**
 * POST /uploads: one file in the multipart field "file", for a signed-in caller (same bearer
 * token or API key as GraphQL). Answers 201 { uploadId, contentType, size } with the detected type.
 */
export function uploadsRouter(services: Services): express.Router {
  const router = express.Router();
  const parse = multer({
    storage: multer.memoryStorage(),
    // multer 2.x treats fileSize as the largest size allowed (it asks busboy for one byte more),
    // so a file of MAX_UPLOAD_BYTES + 1 is the first one refused.
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1024, fieldNameSize: 100, headerPairs: 20 },
    // Browsers and fetch send UTF-8 file names; latin1 (multer's default) would garble "Factura año.pdf".
    defParamCharset: "utf8",
  }).single("file");

  // Who is calling is settled from the headers alone, before a byte of the body is read.
  const authenticate = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    let principal: Principal | null = null;
    try {
      principal = await services.auth.authenticate(req.headers.authorization);
    } catch (err) {
      const code = (err as { extensions?: { code?: unknown } }).extensions?.code;
      if (code !== "UNAUTHENTICATED") return next(err);
      return fail(res, 401, "UNAUTHENTICATED", err instanceof Error ? err.message : "Inicia sesión para continuar.");
    }
    if (!principal) return fail(res, 401, "UNAUTHENTICATED", "Inicia sesión para continuar.");
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES + ENVELOPE_BYTES) {
      return fail(res, 413, "BAD_USER_INPUT", TOO_LARGE);
    }
    (res.locals as Authenticated).principal = principal;
    next();
  };

  router.post("/", authenticate, parse, async (req: Request, res: Response) => {
    const file = req.file;
    if (!file) return fail(res, 400, "BAD_USER_INPUT", 'Falta el archivo: envíalo como multipart/form-data en el campo "file".');
    const { principal } = res.locals as Authenticated;
    const upload = await services.uploads.accept({ originalName: file.originalname, data: file.buffer }, principal.name);
    res.status(201).json({ uploadId: String(upload.id), contentType: upload.contentType, size: upload.size });
  });

  // Errors answer JSON with a code; paths, stacks and library messages never leave the server.
  router.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    if (err instanceof UploadRefused) {
      const status = err.problem === "too-large" ? 413 : err.problem === "empty" ? 400 : 415;
      return fail(res, status, "BAD_USER_INPUT", err.message);
    }
    if (err instanceof multer.MulterError) {
      if (err.code === "LIMIT_FILE_SIZE") return fail(res, 413, "BAD_USER_INPUT", TOO_LARGE);
      return fail(res, 400, "BAD_USER_INPUT", MULTER_MESSAGES[err.code] ?? "La solicitud de carga no es válida.");
    }
    // busboy's parse errors (malformed multipart, truncated body) are the client's too.
    if (err instanceof Error && /multipart|boundary|unexpected end of form|part header/i.test(err.message)) {
      return fail(res, 400, "BAD_USER_INPUT", "La solicitud multipart no es válida.");
    }
    if (err instanceof Error && /request (aborted|closed)/i.test(err.message)) return; // the client left
    console.error("[uploads] unexpected error:", err instanceof Error ? `${err.name}: ${err.message}` : String(err));
    fail(res, 500, "INTERNAL_SERVER_ERROR", "Error interno del servidor.");
  });

  return router;
}
