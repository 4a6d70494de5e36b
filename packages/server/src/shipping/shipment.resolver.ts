import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context";
import { Shipment } from "./shipment.entity";

@Resolver(() => Shipment)
export class ShipmentResolver {
  @FieldResolver(() => String, { nullable: true, description: "Short-lived download link of the label." })
  labelUrl(@Root() shipment: Shipment, @Ctx() ctx: Context): string | null {
    return shipment.labelUploadId === null ? null : ctx.services.fileLinks.link(shipment.labelUploadId);
  }
}
