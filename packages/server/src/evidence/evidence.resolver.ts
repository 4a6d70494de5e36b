import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context";
import { Evidence } from "./evidence.entity";

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => String, { description: "Short-lived download link." })
  url(@Root() evidence: Evidence, @Ctx() ctx: Context): string {
    return ctx.services.fileLinks.link(evidence.uploadId);
  }
}
