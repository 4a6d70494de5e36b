import { GraphQLError, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionArgs, type ExecutionResult } from "graphql";
import { MessageType, stringifyMessage } from "graphql-ws";
import { WebSocket } from "ws";
import type { Context } from "./context";
import { SharedSubscriptions, type DirectTarget } from "./shared-subscriptions";

/** A subscription field fed by hand: every `emit` is one event to every open source stream. */
function tickSchema() {
  const listeners = new Set<(value: string) => void>();
  const source = (): AsyncIterableIterator<string> => {
    const queued: string[] = [];
    let waiting: ((step: IteratorResult<string>) => void) | null = null;
    const listener = (value: string) => {
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value, done: false });
      } else queued.push(value);
    };
    listeners.add(listener);
    const iterator: AsyncIterableIterator<string> = {
      next: () => {
        const value = queued.shift();
        if (value !== undefined) return Promise.resolve({ value, done: false });
        return new Promise((resolve) => (waiting = resolve));
      },
      return: () => {
        listeners.delete(listener);
        waiting?.({ value: undefined, done: true });
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  };
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: "Query", fields: { ok: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: "Subscription",
      fields: {
        tick: {
          type: GraphQLString,
          subscribe: source,
          // "boom" is an event whose execution fails: the result carries an error.
          resolve: (value: string) => {
            if (value === "boom") throw new GraphQLError("falló", { extensions: { code: "INTERNAL" } });
            return value;
          },
        },
      },
    }),
  });
  return { schema, emit: (value: string) => listeners.forEach((l) => l(value)), listeners: () => listeners.size };
}

/** A socket that keeps what is written to it; its unsent bytes and state are set by the test. */
type RecordingSocket = DirectTarget["socket"] & { sent: string[]; bufferedAmount: number; readyState: number };

function recordingSocket(): RecordingSocket {
  const sent: string[] = [];
  return {
    sent,
    bufferedAmount: 0,
    readyState: WebSocket.OPEN,
    send(data: unknown) {
      sent.push(String(data));
    },
  } as RecordingSocket;
}

describe("SharedSubscriptions writing straight to the subscribers' sockets", () => {
  const document = parse("subscription { tick }");
  let tick: ReturnType<typeof tickSchema>;
  let shared: SharedSubscriptions;
  /** A subscriber's execution arguments: its own context object, the role shared by all. */
  const argsFor = (context: object): ExecutionArgs => ({ schema: tick.schema, document, contextValue: context });
  const contextOf = () => ({ principal: { role: "STAFF" } }) as unknown as Context;

  beforeEach(() => {
    tick = tickSchema();
    shared = new SharedSubscriptions({
      shareable: { tick: () => true },
      maxBufferedBytesPerSubscriber: 1000,
      eventContext: (subscriber) => subscriber,
    });
  });

  async function join(id: string, socket: DirectTarget["socket"] | null) {
    const context = contextOf();
    if (socket) shared.sendsTo(context, { id, socket });
    return (await shared.subscribe(argsFor(context))) as AsyncIterableIterator<ExecutionResult>;
  }

  /** Resolves once every socket has `count` messages (the group runs on promises). */
  async function written(sockets: { sent: string[] }[], count: number) {
    for (let turn = 0; turn < 1000 && sockets.some((s) => s.sent.length < count); turn++) await new Promise((r) => setImmediate(r));
    expect(sockets.map((s) => s.sent.length)).toEqual(sockets.map(() => count));
  }

  it("one execution per event; each socket gets graphql-ws's own message for its id, errors included", async () => {
    const sockets = [recordingSocket(), recordingSocket(), recordingSocket()];
    const streams = await Promise.all(sockets.map((socket, i) => join(`sub-${i}`, socket)));
    expect(shared.stats()).toEqual({ groups: 1, subscribers: 3 });
    expect(tick.listeners()).toBe(1);

    tick.emit("uno");
    await written(sockets, 1);
    tick.emit("boom");
    await written(sockets, 2);
    expect(shared.executions).toBe(2);

    const ok = { data: { tick: "uno" } };
    // What graphql-ws itself sends for a result with errors (no onNext hook): the errors' toJSON().
    const error = new GraphQLError("falló", { nodes: [document.definitions[0]], path: ["tick"], extensions: { code: "INTERNAL" } });
    const failed = { data: { tick: null }, errors: [{ ...error.toJSON(), locations: [{ line: 1, column: 16 }] }] };
    sockets.forEach((socket, i) => {
      expect(socket.sent).toEqual([
        stringifyMessage({ id: `sub-${i}`, type: MessageType.Next, payload: ok }),
        stringifyMessage({ id: `sub-${i}`, type: MessageType.Next, payload: failed }),
      ]);
    });
    // Nothing went through graphql-ws's own loop: the streams only end.
    await Promise.all(streams.map((s) => s.return?.()));
    expect(shared.stats()).toEqual({ groups: 0, subscribers: 0 });
    expect(tick.listeners()).toBe(0);
  });

  it("a subscriber without a known socket still gets its results through its stream, beside direct ones", async () => {
    const socket = recordingSocket();
    await join("directo", socket);
    const queued = await join("cola", null);
    tick.emit("dos");
    await written([socket], 1);
    await expect(queued.next()).resolves.toEqual({ value: { data: { tick: "dos" } }, done: false });
    expect(shared.executions).toBe(1);
    await queued.return?.();
  });

  it("a socket holding too many unsent bytes is ended alone with SERVICE_UNAVAILABLE; a closing one gets nothing", async () => {
    const [slow, closing, fine] = [recordingSocket(), recordingSocket(), recordingSocket()];
    const slowStream = await join("lento", slow);
    await join("cerrando", closing);
    await join("bien", fine);
    slow.bufferedAmount = 1001;
    closing.readyState = WebSocket.CLOSING;

    tick.emit("tres");
    await written([fine], 1);
    expect(slow.sent).toEqual([]);
    expect(closing.sent).toEqual([]);
    const ended = await slowStream.next().catch((err: unknown) => err);
    expect((ended as { extensions?: { code?: string } }).extensions?.code).toBe("SERVICE_UNAVAILABLE");
    expect(shared.stats()).toEqual({ groups: 1, subscribers: 2 });

    // Just under the limit is still fine.
    fine.bufferedAmount = 1000;
    tick.emit("cuatro");
    await written([fine], 2);
    expect(JSON.parse(fine.sent[1]).payload).toEqual({ data: { tick: "cuatro" } });
  });
});
