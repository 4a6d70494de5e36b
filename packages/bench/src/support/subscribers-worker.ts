/**
 * Runs in a worker thread: holds the subscribed clients of P5 (graphql-ws clients of the real
 * server and raw ws clients of the floor's broadcaster) on its own event loop, and reports when
 * every client has received an event, with each client's receive time.
 *
 * A client's receive time is when the event's frame reaches its socket, taken before the client
 * reads it. The 1,000 clients share this one thread, where each one's reading would otherwise wait
 * for all those before it; real subscribers read on their own machines. Raw clients read their
 * frame at once (JSON.parse); graphql-ws clients read theirs a turn of the event loop later, once
 * every frame that arrived has its time, and the time counts only for the answer read from it.
 */
import { parentPort } from "node:worker_threads";
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

export type WorkerRequest =
  | {
      op: "connect";
      graphqlUrl: string;
      token: string;
      rawUrl: string;
      clients: number;
      /** The subscription operations; client i uses operations[i % operations.length]. */
      operations: { query: string; variables: Record<string, unknown> }[];
    }
  /** The next event's key: every answer to a subscriber until it completes belongs to it. */
  | { op: "expect"; key: number }
  | { op: "close" };

export type WorkerMessage =
  | { op: "connected"; graphql: number; raw: number }
  | { op: "expecting"; key: number }
  /** Every client answered for the event; `errors` of them got a GraphQL error instead of the change. */
  | { op: "delivered"; key: number; times: number[]; errors: number; firstError: string | null }
  | { op: "closed" }
  | { op: "failed"; error: string };

const port = parentPort;
if (!port) throw new Error("subscribers-worker runs as a worker thread");

const now = () => performance.timeOrigin + performance.now();

/** Arrival time of the frame whose message a graphql-ws client is reading right now. */
let reading: number | null = null;

type MessageHandler = (event: { data: string | Buffer; type: string; target: WebSocket }) => void;

/** graphql-ws's socket: notes each frame's arrival, then hands it to graphql-ws a turn later, in order. */
class StampingWebSocket extends WebSocket {
  handler: MessageHandler | null = null;
  listening = false;
}

// graphql-ws reads messages through the `onmessage` accessor (ws defines it on its prototype).
Object.defineProperty(StampingWebSocket.prototype, "onmessage", {
  get(this: StampingWebSocket) {
    return this.handler;
  },
  set(this: StampingWebSocket, handler: MessageHandler | null) {
    this.handler = handler;
    if (this.listening) return;
    this.listening = true;
    this.on("message", (data: Buffer, isBinary: boolean) => {
      const arrived = now();
      const event = { data: isBinary ? data : data.toString(), type: "message", target: this as WebSocket };
      setImmediate(() => {
        reading = arrived;
        try {
          this.handler?.(event);
        } finally {
          reading = null;
        }
      });
    });
  },
});

let current: number | null = null;
let times: number[] = [];
let errors = 0;
let firstError: string | null = null;
let expected = 0;
const graphqlClients: Client[] = [];
const rawClients: WebSocket[] = [];

/** One client's answer: the change (with its `at`) or an error; `t`, when its frame arrived. */
function record(at: unknown, error: string | null, t: number): void {
  if (current === null) return;
  if (error === null && (typeof at !== "string" || Date.parse(at) !== current)) return;
  times.push(t);
  if (error !== null) {
    errors++;
    firstError ??= error;
  }
  if (times.length === expected) {
    port!.postMessage({ op: "delivered", key: current, times, errors, firstError } satisfies WorkerMessage);
    current = null;
  }
}

async function connectGraphql(url: string, token: string, operation: { query: string; variables: Record<string, unknown> }): Promise<void> {
  const client = createClient({
    url,
    webSocketImpl: StampingWebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
  });
  graphqlClients.push(client);
  await new Promise<void>((resolve, reject) => {
    client.on("connected", () => resolve());
    client.on("closed", (event) => reject(new Error(`a subscriber's socket closed: ${(event as { code?: number }).code}`)));
  });
  client.subscribe<{ orderStatusChanged: { at: string } }>(operation, {
    next: (result) =>
      record(
        result.data?.orderStatusChanged?.at,
        result.errors?.length ? `${result.errors[0].message} (${String(result.errors[0].extensions?.code ?? "sin código")})`.slice(0, 300) : null,
        reading ?? now(),
      ),
    error: (err) => port!.postMessage({ op: "failed", error: `subscription error: ${JSON.stringify(err)}` } satisfies WorkerMessage),
    complete: () => undefined,
  });
  // Messages on one socket are handled in order: once this answer is back, the subscription is live.
  await new Promise<void>((resolve, reject) =>
    client.subscribe({ query: "{ __typename }" }, { next: () => undefined, error: reject, complete: resolve }),
  );
}

function connectRaw(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    rawClients.push(socket);
    socket.on("message", (data) => {
      const arrived = now();
      const message = JSON.parse(String(data)) as { payload?: { data?: { orderStatusChanged?: { at?: string } } } };
      record(message.payload?.data?.orderStatusChanged?.at, null, arrived);
    });
    socket.once("open", () => resolve());
    socket.once("error", reject);
  });
}

async function inBatches(count: number, batch: number, connect: (i: number) => Promise<void>): Promise<void> {
  for (let start = 0; start < count; start += batch) {
    await Promise.all(Array.from({ length: Math.min(batch, count - start) }, (_, j) => connect(start + j)));
  }
}

port.on("message", async (request: WorkerRequest) => {
  try {
    if (request.op === "connect") {
      expected = request.clients;
      await inBatches(request.clients, 50, (i) =>
        connectGraphql(request.graphqlUrl, request.token, request.operations[i % request.operations.length]),
      );
      await inBatches(request.clients, 100, () => connectRaw(request.rawUrl));
      port.postMessage({ op: "connected", graphql: graphqlClients.length, raw: rawClients.length } satisfies WorkerMessage);
    } else if (request.op === "expect") {
      current = request.key;
      times = [];
      errors = 0;
      firstError = null;
      port.postMessage({ op: "expecting", key: request.key } satisfies WorkerMessage);
    } else if (request.op === "close") {
      await Promise.all(graphqlClients.map((c) => c.dispose()));
      for (const socket of rawClients) socket.terminate();
      port.postMessage({ op: "closed" } satisfies WorkerMessage);
    }
  } catch (err) {
    port.postMessage({ op: "failed", error: err instanceof Error ? err.message : String(err) } satisfies WorkerMessage);
  }
});
