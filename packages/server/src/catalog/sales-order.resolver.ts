import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { changeBy, parseId } from "../graphql/actor";
import type { Context } from "../graphql/context";
import { Order } from "../orders/order.entity";
import { GenerateOrderInput } from "./sales-order.types";

@Resolver()
export class SalesOrderResolver {
  @Authorized()
  @Mutation(() => Order, { description: "Generates the internal sales order of a pending order by hand, reserving its stock." })
  generateOrder(@Ctx() ctx: Context, @Arg("input", () => GenerateOrderInput, { description: "The order and how to resolve its line issues." }) input: GenerateOrderInput): Promise<Order> {
    return ctx.services.salesOrders.generateOrder(
      {
        orderId: parseId(input.orderId),
        skuMappings: input.skuMappings?.map((m) => ({ sku: m.sku, productId: parseId(m.productId) })),
        allowBackorder: input.allowBackorder,
      },
      changeBy(ctx),
    );
  }
}
