import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

/** A graphql-ws client on a test server, with the events of one subscription collected in order. */
export async function subscribeTo<T>(
  baseUrl: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ events: T[]; next(timeoutMs?: number): Promise<T>; close(): Promise<void>; client: Client }> {
  const client = createClient({
    url: `${baseUrl.replace("http", "ws")}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const events: T[] = [];
  const waiting: ((event: T) => void)[] = [];
  let failed: unknown = null;
  const acknowledged = new Promise<void>((resolve) => client.on("connected", () => resolve()));
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: ({ data }) => {
        if (!data) return;
        const resolve = waiting.shift();
        if (resolve) resolve(data as T);
        else events.push(data as T);
      },
      error: (err) => (failed = err),
      complete: () => undefined,
    },
  );
  await acknowledged;
  // graphql-ws sends "subscribe" right after the ack; one round trip makes sure the server has it.
  await new Promise<void>((resolve, reject) =>
    client.subscribe({ query: "{ __typename }" }, { next: () => undefined, error: reject, complete: resolve }),
  );
  return {
    events,
    client,
    next: (timeoutMs = 15_000) => {
      if (failed) return Promise.reject(failed);
      const queued = events.shift();
      if (queued) return Promise.resolve(queued);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
        waiting.push((event) => {
          clearTimeout(timer);
          resolve(event);
        });
      });
    },
    async close() {
      dispose();
      await client.dispose();
    },
  };
}
