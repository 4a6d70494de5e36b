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
 */

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

/**
 * One subscriber's view of a group: results are queued per subscriber, so a slow socket only
 * delays itself (graphql-ws sends each subscriber's results from its own loop).
 */
class Member implements AsyncIterableIterator<ExecutionResult> {
  private readonly queue: ExecutionResult[] = [];
  private waiting: { resolve(step: IteratorResult<ExecutionResult>): void; reject(err: unknown): void } | null = null;
  private ended = false;
  private failure: unknown = null;

  constructor(
    private readonly group: Group,
    private readonly maxQueued: number,
  ) {}

  /** Called by the group for every event result; never waits for the socket. */
  push(result: ExecutionResult): void {
    if (this.ended) return;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = null;
      resolve({ value: result, done: false });
    } else if (this.queue.length >= this.maxQueued) {
      // The socket has not taken the last `maxQueued` results: end this subscriber alone.
      this.queue.length = 0;
      this.fail(slowSubscriber());
      this.group.leave(this);
    } else {
      this.queue.push(result);
    }
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

  join(maxQueued: number): Member {
    const member = new Member(this, maxQueued);
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
        for (const member of recipients) member.push(result);
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
  /** The context of one event's execution: fresh DataLoaders, never a cache kept across events. */
  eventContext?: (subscriber: Context) => Context;
}

/** graphql-ws's `subscribe` hook (ServerOptions.subscribe) with subscriptions shared per group. */
export class SharedSubscriptions {
  private readonly groups = new Map<string, Group>();
  private readonly shareable: Readonly<Record<string, ShareableField>>;
  private readonly maxQueued: number;
  private readonly eventContext: (subscriber: Context) => Context;
  private executionCount = 0;

  constructor(options: SharedSubscriptionsOptions = {}) {
    this.shareable = options.shareable ?? SHAREABLE_SUBSCRIPTION_FIELDS;
    this.maxQueued = options.maxQueuedPerSubscriber ?? 1000;
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

  /** ServerOptions.subscribe: joins (or starts) the subscriber's group. */
  readonly subscribe = async (args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> => {
    const key = this.keyFor(args);
    if (key === null) return subscribe(args);
    // This subscriber's own checks, exactly as without sharing (authorization, arguments).
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterable(stream)) return stream;
    const source = stream[Symbol.asyncIterator]();
    const existing = this.groups.get(key);
    if (existing) {
      // Nothing was read from it yet: closing it only drops the listener it would have added.
      source.return?.()?.catch(() => undefined);
      return existing.join(this.maxQueued);
    }
    const group = new Group(key, source, args, this);
    this.groups.set(key, group);
    const member = group.join(this.maxQueued);
    void group.run();
    return member;
  };

  /** One execution of one event for a whole group, with a fresh context (fresh loaders). */
  async executeEvent(args: ExecutionArgs, payload: unknown): Promise<ExecutionResult> {
    this.executionCount++;
    const contextValue = this.eventContext(args.contextValue as Context);
    return execute({ ...args, rootValue: payload, contextValue });
  }

  forget(group: Group): void {
    if (this.groups.get(group.key) === group) this.groups.delete(group.key);
  }
}
