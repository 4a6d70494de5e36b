import type { JsonReply } from "./reply";

/** First answers by Idempotency-Key: a repeated key gets the same answer and changes nothing. */
export class IdempotencyStore {
  private answers = new Map<string, JsonReply>();

  get(key: string | null): JsonReply | undefined {
    return key === null ? undefined : this.answers.get(key);
  }

  /** Only final answers are kept: a 5xx could succeed on a retry, so it is not replayed. */
  remember(key: string | null, reply: JsonReply): void {
    if (key === null || reply.status >= 500 || this.answers.has(key)) return;
    this.answers.set(key, reply);
  }

  clear(): void {
    this.answers.clear();
  }
}
