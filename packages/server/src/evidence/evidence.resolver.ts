import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { changeBy, parseId } from "../graphql/actor";
import type { Context } from "../graphql/context";
import { Evidence } from "./evidence.entity";
import { AttachEvidenceInput } from "./evidence.types";

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => String, { description: "Short-lived download link." })
  url(@Root() evidence: Evidence, @Ctx() ctx: Context): string {
    return ctx.services.fileLinks.link(evidence.uploadId);
  }

  @Authorized()
  @Mutation(() => Evidence, { description: "Attaches an uploaded file (POST /uploads) to an order as an invoice or delivery photo." })
  attachEvidence(@Ctx() ctx: Context, @Arg("input", () => AttachEvidenceInput, { description: "The order, the upload and what it proves." }) input: AttachEvidenceInput): Promise<Evidence> {
    return ctx.services.evidence.attach(
      { orderId: parseId(input.orderId), uploadId: parseId(input.uploadId), kind: input.kind },
      changeBy(ctx),
    );
  }
}
