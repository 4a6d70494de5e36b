import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";

/** Where file bytes live: local disk by default; an S3-compatible driver for several processes. */
export interface FileStorage {
  /** Stores the bytes under a new random key and returns it. */
  put(data: Buffer): Promise<string>;
  read(key: string): Readable;
  remove(key: string): Promise<void>;
}

const KEY = /^[a-f0-9]{32}$/;

export class LocalDiskStorage implements FileStorage {
  constructor(private readonly dir: string) {}

  private pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error("invalid storage key");
    return path.join(this.dir, key.slice(0, 2), key);
  }

  async put(data: Buffer): Promise<string> {
    const key = randomBytes(16).toString("hex");
    const file = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    // Write then rename: a crash never leaves a half-written file under a live key.
    await fs.promises.writeFile(`${file}.tmp`, data, { mode: 0o600 });
    await fs.promises.rename(`${file}.tmp`, file);
    return key;
  }

  read(key: string): Readable {
    return fs.createReadStream(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await fs.promises.rm(this.pathOf(key), { force: true });
  }
}
