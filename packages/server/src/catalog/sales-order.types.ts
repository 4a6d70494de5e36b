import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "Sells a marketplace SKU as one of the seller's products (saved for later orders too)." })
export class SkuMappingInput {
  @Field({ description: "The marketplace SKU of the order's line." })
  sku: string;

  @Field(() => ID, { description: "The catalog product sold under that SKU." })
  productId: string;
}

@InputType({ description: 'Staff\'s "Generar pedido": the internal sales order for a pending order.' })
export class GenerateOrderInput {
  @Field(() => ID, { description: "The pending order." })
  orderId: string;

  @Field(() => [SkuMappingInput], { nullable: true, description: "SKU mappings to save first, for lines whose SKU is not registered." })
  skuMappings?: SkuMappingInput[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Generate even if stock is short (backorder); the full quantity is reserved and stock may go negative.",
  })
  allowBackorder?: boolean | null;
}
