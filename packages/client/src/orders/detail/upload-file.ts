export const UPLOAD_PATH = "/uploads";

export interface UploadedFile {
  uploadId: string;
  contentType: string;
  size: number;
}

/** A refused upload: `message` is the server's (Spanish) text, null when it could not be reached. */
export class UploadFailed extends Error {
  constructor(readonly serverMessage: string | null) {
    super(serverMessage ?? "upload failed");
    this.name = "UploadFailed";
  }
}

function isUploadedFile(value: unknown): value is UploadedFile {
  if (typeof value !== "object" || value === null) return false;
  const { uploadId, contentType } = value as Partial<Record<keyof UploadedFile, unknown>>;
  return typeof uploadId === "string" && typeof contentType === "string";
}

/** POST /uploads: one file in the multipart field "file"; answers 201 { uploadId, contentType, size }. */
export async function uploadFile(file: File, token: string | null): Promise<UploadedFile> {
  const body = new FormData();
  body.append("file", file);
  let response: Response;
  try {
    response = await fetch(UPLOAD_PATH, {
      method: "POST",
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body,
    });
  } catch {
    throw new UploadFailed(null);
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.status === 201 && isUploadedFile(payload)) return payload;
  const error = (payload as { error?: unknown } | null)?.error;
  throw new UploadFailed(typeof error === "string" ? error : `HTTP ${response.status}`);
}
