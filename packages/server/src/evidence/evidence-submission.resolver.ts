import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { changeBy, parseId } from "../graphql/actor";
import type { Context } from "../graphql/context";
import { Order } from "../orders/order.entity";

@Resolver()
export class EvidenceSubmissionResolver {
  @Authorized()
  @Mutation(() => Order, {
    description:
      "Enviar evidencia: queues the evidence for Claro Shop (REQUIREMENTS_MISSING lists what is missing). " +
      "The order becomes DELIVERED once Claro Shop accepts; follow evidenceSubmission. A FAILED submission can be sent again.",
  })
  sendEvidence(
    @Ctx() ctx: Context,
    @Arg("orderId", () => ID, { description: "The shipped order whose evidence is sent." }) orderId: string,
    @Arg("idempotencyKey", () => String, {
      nullable: true,
      description: "Accepted for symmetry with other mutations; sending twice never queues twice.",
    })
    _idempotencyKey: string | null,
  ): Promise<Order> {
    return ctx.services.submissions.send(parseId(orderId), changeBy(ctx));
  }
}
