import {
  createSourceEventStream,
  execute,
  getOperationAST,
  Kind,
  print,
  subscribe,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
} from "graphql";
import { WebSocket } from "ws";
import { buildContext, type Context } from "./context";
import { AppError } from "./errors";

/**
 * Subscription fan-out: subscribers whose operation is the same (printed document, operation
 * name, variables and role) share one source stream, and every event runs ONE GraphQL execution
 * whose result goes to each of them. Without it, one status change costs an execution and a
 * database read per subscriber, at the same instant.
 *
 * Sharing is safe because nothing reachable from the shared root fields depends on who the caller
 * is beyond the role (`@Authorized` roles); the role is part of the group's key, so a result
 * computed for one role never reaches another. Every subscriber still goes through the same
 * subscribe-time checks as an unshared subscription (authorization, argument coercion): its own
 * source stream is created, checked and, when a group already exists, closed again before it
 * receives a single event.
 *
 * A subscriber whose socket is known (sendsTo) also shares the serialization: the event's result
 * is turned into JSON once per group and written to each socket inside that subscriber's own
 * `next` message, byte for byte what graphql-ws would have sent, without a message object,
 * a JSON.stringify and a promise per subscriber.
 */

/** Where one subscription's results are written: its graphql-ws id and its socket. */
export interface DirectTarget {
  id: string;
  socket: Pick<WebSocket, "readyState" | "bufferedAmount" | "send">;
}

/** Decides whether a root field, with these variables, may be shared between subscribers. */
export type ShareableField = (field: FieldNode, variables: Readonly<Record<string, unknown>>) => boolean;

/** True when the argument is absent, a null literal, or a variable that is null or not sent. */
function argumentIsNull(field: FieldNode, name: string, variables: Readonly<Record<string, unknown>>): boolean {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return true;
  if (arg.value.kind === Kind.NULL) return true;
  if (arg.value.kind === Kind.VARIABLE) return variables[arg.value.name.value] == null;
  return false;
}

/**
 * Root fields whose events are plain broadcasts: every subscriber of the same operation gets the
 * same results from the moment it joins. `syncProgress(runId)` is not: it starts each subscriber
 * with the run's current state and completes when the run ends, so it stays per subscriber.
 */
export const SHAREABLE_SUBSCRIPTION_FIELDS: Readonly<Record<string, ShareableField>> = {
  orderStatusChanged: () => true,
  syncProgress: (field, variables) => argumentIsNull(field, "runId", variables),
};

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` give the same key. */
function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.keys(value as Record<string, unknown>)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof Object(value)[Symbol.asyncIterator] === "function";
}

const slowSubscriber = () =>
  new AppError("SERVICE_UNAVAILABLE", "La conexión no recibe los avisos a tiempo; vuelve a suscribirte.");

/** Limits on what one subscriber may leave unsent before it is ended as too slow. */
interface Backlog {
  /** Results queued for graphql-ws to send. */
  maxQueued: number;
  /** Bytes a directly written socket holds unsent. */
  maxBufferedBytes: number;
}

/**
 * One subscriber's view of a group. With a direct target, each result is written to the socket at
 * once and graphql-ws only sees the stream end; otherwise results are queued per subscriber and
 * graphql-ws sends them from its own loop. Either way a slow socket only delays itself.
 */
class Member implements AsyncIterableIterator<ExecutionResult> {
  private readonly queue: ExecutionResult[] = [];
  private waiting: { resolve(step: IteratorResult<ExecutionResult>): void; reject(err: unknown): void } | null = null;
  private ended = false;
  private failure: unknown = null;
  /** The socket results are written to, and the start of this subscriber's `next` messages. */
  private readonly direct: { socket: DirectTarget["socket"]; prefix: string } | null;

  constructor(
    private readonly group: Group,
    private readonly backlog: Backlog,
    target: DirectTarget | null,
  ) {
    this.direct = target && { socket: target.socket, prefix: `{"id":${JSON.stringify(target.id)},"type":"next","payload":` };
  }

  /** Called by the group for every event result, with its payload's JSON; never waits for the socket. */
  push(result: ExecutionResult, payloadJson: () => string): void {
    if (this.ended) return;
    if (this.direct) {
      const { socket, prefix } = this.direct;
      // A closing socket: graphql-ws ends the subscription (and this member) itself.
      if (socket.readyState !== WebSocket.OPEN) return;
      if (socket.bufferedAmount > this.backlog.maxBufferedBytes) this.tooSlow();
      else socket.send(`${prefix}${payloadJson()}}`);
      return;
    }
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = null;
      resolve({ value: result, done: false });
    } else if (this.queue.length >= this.backlog.maxQueued) {
      // The socket has not taken the last `maxQueued` results.
      this.tooSlow();
    } else {
      this.queue.push(result);
    }
  }

  /** The socket does not keep up: this subscriber alone is ended, with an error saying why. */
  private tooSlow(): void {
    this.queue.length = 0;
    this.fail(slowSubscriber());
    this.group.leave(this);
  }

  /** The shared source ended: what is queued is still delivered, then the stream completes. */
  complete(): void {
    this.ended = true;
    this.settleWaiting();
  }

  /** The shared source failed: queued results first, then the error. */
  fail(err: unknown): void {
    this.ended = true;
    this.failure = err;
    this.settleWaiting();
  }

  private settleWaiting(): void {
    if (!this.waiting || this.queue.length) return;
    const waiting = this.waiting;
    this.waiting = null;
    if (this.failure !== null) {
      const failure = this.failure;
      this.failure = null;
      waiting.reject(failure);
    } else {
      waiting.resolve({ value: undefined, done: true });
    }
  }

  next(): Promise<IteratorResult<ExecutionResult>> {
    const queued = this.queue.shift();
    if (queued) return Promise.resolve({ value: queued, done: false });
    if (this.failure !== null) {
      const failure = this.failure;
      this.failure = null;
      return Promise.reject(failure);
    }
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiting = { resolve, reject }));
  }

  /** The subscriber left (complete message, socket closed): leave the group at once. */
  return(): Promise<IteratorResult<ExecutionResult>> {
    this.queue.length = 0;
    this.failure = null;
    this.complete();
    this.group.leave(this);
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(err?: unknown): Promise<IteratorResult<ExecutionResult>> {
    void this.return();
    return Promise.reject(err);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/** The subscribers of one (operation, variables, role), their one source stream and its pump. */
class Group {
  readonly members = new Set<Member>();
  private closed = false;

  constructor(
    readonly key: string,
    private readonly source: AsyncIterator<unknown>,
    /** The first subscriber's arguments: same document, variables and role as every member's. */
    private readonly args: ExecutionArgs,
    private readonly owner: SharedSubscriptions,
  ) {}

  join(backlog: Backlog, direct: DirectTarget | null): Member {
    const member = new Member(this, backlog, direct);
    this.members.add(member);
    return member;
  }

  leave(member: Member): void {
    this.members.delete(member);
    if (this.members.size === 0) this.close();
  }

  /** Last member gone: forget the group and close the shared source (without waiting for it). */
  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.owner.forget(this);
    const returned = this.source.return?.();
    if (returned) returned.catch(() => undefined);
  }

  /** Pulls events one at a time (order kept), executes each once, hands the result to every member. */
  async run(): Promise<void> {
    try {
      for (;;) {
        const step = await this.source.next();
        if (step.done || this.closed) break;
        // Members present when the event arrived; a subscriber joining during the execution
        // subscribed after the event and gets the next ones.
        const recipients = [...this.members];
        if (recipients.length === 0) continue;
        const result = await this.owner.executeEvent(this.args, step.value);
        let payload: string | null = null;
        const payloadJson = () => (payload ??= this.owner.serialize(result));
        for (const member of recipients) member.push(result, payloadJson);
      }
      this.end((member) => member.complete());
    } catch (err) {
      this.end((member) => member.fail(err));
    }
  }

  private end(each: (member: Member) => void): void {
    const members = [...this.members];
    this.members.clear();
    this.close();
    for (const member of members) each(member);
  }
}

export interface SharedSubscriptionsOptions {
  /** Root fields that may be shared (default: SHAREABLE_SUBSCRIPTION_FIELDS). */
  shareable?: Readonly<Record<string, ShareableField>>;
  /** Results queued for one subscriber whose socket does not keep up before it is ended (default 1,000). */
  maxQueuedPerSubscriber?: number;
  /** Bytes a directly written subscriber's socket may hold unsent before it is ended (default 1 MiB). */
  maxBufferedBytesPerSubscriber?: number;
  /** The payload of a `next` message for a result (graphql-ws's onNext hook); default graphql-ws's own. */
  formatNext?: (result: ExecutionResult) => unknown;
  /** The context of one event's execution: fresh DataLoaders, never a cache kept across events. */
  eventContext?: (subscriber: Context) => Context;
}

/** graphql-ws's `subscribe` hook (ServerOptions.subscribe) with subscriptions shared per group. */
export class SharedSubscriptions {
  private readonly groups = new Map<string, Group>();
  private readonly shareable: Readonly<Record<string, ShareableField>>;
  private readonly backlog: Backlog;
  private readonly eventContext: (subscriber: Context) => Context;
  private readonly formatNext: (result: ExecutionResult) => unknown;
  private readonly targets = new WeakMap<object, DirectTarget>();
  private executionCount = 0;

  constructor(options: SharedSubscriptionsOptions = {}) {
    this.shareable = options.shareable ?? SHAREABLE_SUBSCRIPTION_FIELDS;
    this.backlog = {
      maxQueued: options.maxQueuedPerSubscriber ?? 1000,
      maxBufferedBytes: options.maxBufferedBytesPerSubscriber ?? 1024 * 1024,
    };
    this.formatNext = options.formatNext ?? graphqlWsPayload;
    this.eventContext =
      options.eventContext ?? ((subscriber) => buildContext(subscriber.services, subscriber, subscriber.principal, subscriber.authError));
  }

  /** GraphQL executions of shared events so far (one per event and group). */
  get executions(): number {
    return this.executionCount;
  }

  /** Live groups and their subscribers. */
  stats(): { groups: number; subscribers: number } {
    let subscribers = 0;
    for (const group of this.groups.values()) subscribers += group.members.size;
    return { groups: this.groups.size, subscribers };
  }

  /**
   * The group key, or null when the operation is not shared (not a subscription, a root field
   * outside the shareable list, no principal).
   */
  keyFor(args: ExecutionArgs): string | null {
    const role = (args.contextValue as Partial<Context> | undefined)?.principal?.role;
    if (!role) return null;
    const operation = getOperationAST(args.document, args.operationName);
    if (!operation || operation.operation !== "subscription") return null;
    const variables = (args.variableValues ?? {}) as Readonly<Record<string, unknown>>;
    const shareable = operation.selectionSet.selections.every(
      (selection) =>
        selection.kind === Kind.FIELD &&
        !selection.directives?.length &&
        Object.hasOwn(this.shareable, selection.name.value) &&
        this.shareable[selection.name.value](selection, variables),
    );
    if (!shareable) return null;
    return stableStringify([role, args.operationName ?? null, print(args.document), variables]);
  }

  /**
   * The subscription whose context this is writes its shared results straight to `target`
   * (ServerOptions.context, which knows the socket and the id, registers it).
   */
  sendsTo(contextValue: object, target: DirectTarget): void {
    this.targets.set(contextValue, target);
  }

  /** ServerOptions.subscribe: joins (or starts) the subscriber's group. */
  readonly subscribe = async (args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> => {
    const key = this.keyFor(args);
    if (key === null) return subscribe(args);
    // This subscriber's own checks, exactly as without sharing (authorization, arguments).
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterable(stream)) return stream;
    const source = stream[Symbol.asyncIterator]();
    const direct = args.contextValue ? (this.targets.get(args.contextValue as object) ?? null) : null;
    const existing = this.groups.get(key);
    if (existing) {
      // Nothing was read from it yet: closing it only drops the listener it would have added.
      source.return?.()?.catch(() => undefined);
      return existing.join(this.backlog, direct);
    }
    const group = new Group(key, source, args, this);
    this.groups.set(key, group);
    const member = group.join(this.backlog, direct);
    void group.run();
    return member;
  };

  /** One execution of one event for a whole group, with a fresh context (fresh loaders). */
  async executeEvent(args: ExecutionArgs, payload: unknown): Promise<ExecutionResult> {
    this.executionCount++;
    const contextValue = this.eventContext(args.contextValue as Context);
    return execute({ ...args, rootValue: payload, contextValue });
  }

  /** A result as the JSON payload of a `next` message. */
  serialize(result: ExecutionResult): string {
    return JSON.stringify(this.formatNext(result));
  }

  forget(group: Group): void {
    if (this.groups.get(group.key) === group) this.groups.delete(group.key);
  }
}

/** What graphql-ws sends as a `next` payload when no onNext hook replaces it. */
function graphqlWsPayload(result: ExecutionResult): unknown {
  const { errors, ...rest } = result;
  return errors ? { ...rest, errors: errors.map((e) => e.toJSON()) } : rest;
}
