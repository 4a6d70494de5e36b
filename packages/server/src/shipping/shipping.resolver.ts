import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from "type-graphql";
import { changeBy, parseId } from "../graphql/actor";
import type { Context } from "../graphql/context";
import { Order } from "../orders/order.entity";
import { ShippingType } from "./shipping-type";

@InputType({ description: "Información de envío: the shipping type and, for MANUAL, the seller's carrier and tracking number." })
export class GenerateGuideInput {
  @Field(() => ID, { description: "The pending order to ship." })
  orderId: string;

  @Field(() => ShippingType, { description: "AUTOMATIC: Claro Shop issues the guide (FedEx by default). MANUAL: your own carrier." })
  type: ShippingType;

  @Field(() => String, { nullable: true, description: 'MANUAL only: the carrier, e.g. "Estafeta".' })
  carrier?: string | null;

  @Field(() => String, { nullable: true, description: "MANUAL only: the tracking number (6 to 40 letters, digits or dashes)." })
  trackingNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Repeat a request safely: the same key returns the first result, never a second guide." })
  idempotencyKey?: string | null;
}

@Resolver()
export class ShippingResolver {
  @Authorized()
  @Mutation(() => Order, { description: "Generar guía (AUTOMATIC) or record your own (MANUAL); the order becomes SHIPPED." })
  generateGuide(@Ctx() ctx: Context, @Arg("input", () => GenerateGuideInput, { description: "The order and how it ships." }) input: GenerateGuideInput): Promise<Order> {
    return ctx.services.shipping.generateGuide({ ...input, orderId: parseId(input.orderId) }, changeBy(ctx));
  }
}
