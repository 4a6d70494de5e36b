import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription, type SubscribeResolverData } from "type-graphql";
import { Role } from "../auth/role";
import { parseId } from "../graphql/actor";
import type { Context } from "../graphql/context";
import type { SyncRunEvent } from "../graphql/pubsub";
import { MarketplaceAccount } from "../marketplace/marketplace-account.entity";
import { syncProgressEvents } from "./sync-progress";
import { SyncRun, SyncRunState } from "./sync-run.entity";

function fromEvent(event: SyncRunEvent): SyncRun {
  return Object.assign(new SyncRun(), {
    ...event,
    state: event.state as SyncRunState,
    startedAt: new Date(event.startedAt),
    finishedAt: event.finishedAt ? new Date(event.finishedAt) : null,
  });
}

@Resolver(() => SyncRun)
export class SyncResolver {
  @Authorized()
  @Query(() => [SyncRun], { description: "Recent sync runs, newest first." })
  syncRuns(
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { nullable: true, defaultValue: 20, description: "At most 200." }) first: number | null,
  ): Promise<SyncRun[]> {
    return ctx.services.sync.listRuns(Math.min(Math.max(first ?? 20, 0), 200));
  }

  @Authorized()
  @Query(() => [MarketplaceAccount], { description: "The seller's marketplace accounts." })
  marketplaceAccounts(@Ctx() ctx: Context): Promise<MarketplaceAccount[]> {
    return ctx.services.accounts.list();
  }

  @Authorized()
  @Mutation(() => SyncRun, {
    description: "Starts syncing orders now (Sincronizar) and returns the run; follow it with syncProgress. " +
      "When a run is already in progress for the account, returns that one.",
  })
  syncOrders(
    @Ctx() ctx: Context,
    @Arg("accountId", () => ID, { nullable: true, description: "Defaults to the first account." }) accountId: string | null,
  ): Promise<SyncRun> {
    return ctx.services.accounts.syncNow(accountId == null ? null : parseId(accountId), ctx.principal?.name ?? "api");
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => MarketplaceAccount, { description: "Sets the automatic sync interval: 30, 60, 90 or 120 minutes, or null for off." })
  setSyncInterval(
    @Ctx() ctx: Context,
    @Arg("accountId", () => ID, { description: "The marketplace account." }) accountId: string,
    @Arg("minutes", () => Int, { nullable: true, description: "30, 60, 90 or 120; null turns automatic sync off." }) minutes: number | null,
  ): Promise<MarketplaceAccount> {
    return ctx.services.accounts.setSyncInterval(parseId(accountId), minutes);
  }

  @Authorized()
  @Subscription(() => SyncRun, {
    description:
      "Progress of sync runs as they go (every page), and their end. With runId it starts with the run's " +
      "current state and completes when the run ends, so a run that finished before subscribing is not missed.",
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { runId?: string | null }, Context>) =>
      syncProgressEvents(context.services, args.runId ?? null),
  })
  syncProgress(
    @Root() event: SyncRunEvent,
    @Arg("runId", () => ID, { nullable: true, description: "Only this run." }) _runId: string | null,
  ): SyncRun {
    return fromEvent(event);
  }
}
