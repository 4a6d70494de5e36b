import type { Database } from "../db/data-source";
import { AppError } from "../graphql/errors";
import { checkFile, safeFileName, type RefusedFile } from "./file-checks";
import type { FileStorage } from "./storage";
import { Upload } from "./upload.entity";

/** A file refused before anything was stored; `problem` tells the HTTP layer which status to answer. */
export class UploadRefused extends AppError {
  constructor(readonly problem: RefusedFile["problem"], reason: string) {
    super("BAD_USER_INPUT", reason, { field: "file" });
    this.name = "UploadRefused";
  }
}

/** Checks and keeps uploaded files; attaching them to orders is EvidenceService's job. */
export class UploadService {
  constructor(
    private readonly db: Database,
    private readonly storage: FileStorage,
  ) {}

  /** Stores the file under a random key with its detected type; throws UploadRefused, storing nothing, when refused. */
  async accept(file: { originalName: string; data: Buffer }, uploadedBy: string): Promise<Upload> {
    const check = checkFile(file.data);
    if (!check.ok) throw new UploadRefused(check.problem, check.reason);
    const storageKey = await this.storage.put(file.data);
    try {
      const repo = this.db.dataSource.getRepository(Upload);
      return await repo.save(
        repo.create({
          storageKey,
          fileName: safeFileName(file.originalName, check.extension),
          contentType: check.contentType,
          size: file.data.length,
          uploadedBy: uploadedBy.slice(0, 200),
          createdAt: new Date(),
        }),
      );
    } catch (err) {
      // No row, no file: bytes nobody can reach would only fill the disk.
      await this.storage.remove(storageKey).catch(() => undefined);
      throw err;
    }
  }
}
