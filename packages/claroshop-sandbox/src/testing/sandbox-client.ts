/**
 * Test-side HTTP helpers. They sign URLs on their own (node:crypto and a fixed UTC-6 offset,
 * valid since Mexico dropped daylight saving in 2022) instead of reusing the sandbox's code,
 * so a bug in the sandbox's signature check cannot hide behind the same bug in the tests.
 */
import { createHash } from "node:crypto";
import type { RunningSandbox } from "../sandbox.types";

export interface TestClock {
  now: () => Date;
  advance(ms: number): void;
  ms(): number;
}

export function testClock(iso = "2025-03-10T18:00:00Z"): TestClock {
  let current = Date.parse(iso);
  return { now: () => new Date(current), advance: (ms) => (current += ms), ms: () => current };
}

export function mexicoCityTimestamp(ms: number): string {
  return new Date(ms - 6 * 3_600_000).toISOString().slice(0, 19);
}

export function sha256Signature(publicKey: string, timestamp: string, privateKey: string): string {
  return createHash("sha256").update(`${publicKey}${timestamp}${privateKey}`, "utf8").digest("hex");
}

export interface HttpAnswer {
  status: number;
  text: string;
  headers: Headers;
  /** Parsed body; undefined when it is not JSON. */
  json: unknown;
}

async function answer(res: Response): Promise<HttpAnswer> {
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, text, headers: res.headers, json };
}

/** Loose record access for assertions on marketplace JSON. */
export type Json = Record<string, unknown>;
export function asJson(value: unknown): Json {
  if (value === null || typeof value !== "object") throw new Error(`not a JSON object: ${String(value)}`);
  return value as Json;
}
export function rowsOf(value: unknown): Json[] {
  if (!Array.isArray(value)) throw new Error("not an array");
  return value.map(asJson);
}

export interface SignOverrides {
  publicKey?: string;
  privateKey?: string;
  timestamp?: string;
  signature?: string;
}

export class LegacyClient {
  constructor(
    private readonly sandbox: RunningSandbox,
    private readonly clock: TestClock,
    private readonly privateKey: string,
  ) {}

  url(resourceAndQuery: string, o: SignOverrides = {}): string {
    const publicKey = o.publicKey ?? this.sandbox.publicKey;
    const timestamp = o.timestamp ?? mexicoCityTimestamp(this.clock.ms());
    const signature = o.signature ?? sha256Signature(publicKey, timestamp, o.privateKey ?? this.privateKey);
    return `${this.sandbox.url}/${publicKey}/${signature}/${timestamp}/${resourceAndQuery}`;
  }

  async get(resourceAndQuery: string, o: SignOverrides = {}, init: RequestInit = {}): Promise<HttpAnswer> {
    return answer(await fetch(this.url(resourceAndQuery, o), init));
  }

  async json(resourceAndQuery: string): Promise<Json> {
    const res = await this.get(resourceAndQuery);
    if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${res.text}`);
    return asJson(res.json);
  }

  async post(resource: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> {
    return answer(
      await fetch(this.url(resource), {
        method: "POST",
        headers: { "Content-Type": "application/json", ...headers },
        body: JSON.stringify(body),
      }),
    );
  }
}

export async function fetchAnswer(url: string, init: RequestInit = {}): Promise<HttpAnswer> {
  return answer(await fetch(url, init));
}

export async function adminCall(sandbox: RunningSandbox, method: string, path: string, body?: unknown): Promise<HttpAnswer> {
  return fetchAnswer(`${sandbox.adminUrl}${path}`, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

export async function t1Token(sandbox: RunningSandbox, username: string, password: string): Promise<HttpAnswer> {
  return fetchAnswer(sandbox.t1TokenUrl, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ client_id: "integradores", grant_type: "password", username, password }).toString(),
  });
}

export const PNG_BYTES = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
export const PDF_BYTES = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

export function evidenceForm(file: Buffer, fileName: string, type: string, field = "evidencia"): FormData {
  const form = new FormData();
  form.append(field, new Blob([new Uint8Array(file)], { type }), fileName);
  return form;
}

export function evidenceUrl(sandbox: RunningSandbox, orderId: string, shipmentId: string, sellerId = sandbox.sellerId): string {
  return `${sandbox.t1BaseUrl}/kidal/v1/order/seller/${sellerId}/marketplace/CS/order/${orderId}/shipment/${shipmentId}/evidence/`;
}
