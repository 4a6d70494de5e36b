import type { Request, Response } from "express";
import { Upload } from "../evidence/upload.entity";
import type { Services } from "../services";

/** GET /files/:id?exp=&sig= — a signed, short-lived link; no other authentication needed. */
export function filesRoute(services: Services) {
  return async (req: Request, res: Response): Promise<void> => {
    const id = Number(req.params.id);
    const exp = Number(req.query.exp);
    const sig = typeof req.query.sig === "string" ? req.query.sig : "";
    if (!Number.isSafeInteger(id) || !services.fileLinks.verify(id, exp, sig)) {
      res.status(403).json({ error: "El enlace no es válido o ya expiró." });
      return;
    }
    const upload = await services.db.dataSource.getRepository(Upload).findOneBy({ id });
    if (!upload) {
      res.status(404).json({ error: "El archivo no existe." });
      return;
    }
    res.setHeader("Content-Type", upload.contentType);
    res.setHeader("Content-Disposition", `attachment; filename*=UTF-8''${encodeURIComponent(upload.fileName)}`);
    res.setHeader("Cache-Control", "private, max-age=300");
    res.setHeader("X-Content-Type-Options", "nosniff");
    const stream = services.storage.read(upload.storageKey);
    stream.on("error", () => {
      if (!res.headersSent) res.status(404).json({ error: "El archivo no existe." });
      else res.destroy();
    });
    stream.pipe(res);
  };
}
