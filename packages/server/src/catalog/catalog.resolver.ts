import { Arg, Authorized, Ctx, Field, FieldResolver, InputType, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../graphql/context";
import { DecimalScalar } from "../graphql/scalars";
import { OrderItem } from "../orders/order-item.entity";
import { Product } from "./product.entity";

@InputType({ description: "A catalog product; creates or updates by SKU." })
export class ProductInput {
  @Field({ description: "The seller's SKU: an existing product with this SKU is updated." })
  sku: string;

  @Field({ description: "The product's name." })
  name: string;

  @Field(() => DecimalScalar, { description: "Price including IVA." })
  price: number;

  @Field(() => Int, { description: "Units available." })
  stock: number;
}

@Resolver(() => Product)
export class CatalogResolver {
  @Authorized()
  @Query(() => [Product], { description: "The seller's catalog, by SKU." })
  products(
    @Ctx() ctx: Context,
    @Arg("search", () => String, { nullable: true, description: "Part of a SKU or name." }) search: string | null,
    @Arg("first", () => Int, { nullable: true, defaultValue: 50, description: "At most 200." }) first: number | null,
  ): Promise<Product[]> {
    return ctx.services.catalog.search(search, first ?? 50);
  }

  @Authorized()
  @Mutation(() => Product, { description: "Creates or updates a product of the catalog, with its stock." })
  saveProduct(@Ctx() ctx: Context, @Arg("input", () => ProductInput, { description: "The product." }) input: ProductInput): Promise<Product> {
    return ctx.services.catalog.save({ sku: input.sku, name: input.name, priceCents: input.price, stock: input.stock });
  }
}

@Resolver(() => OrderItem)
export class OrderItemResolver {
  @FieldResolver(() => Product, {
    nullable: true,
    description: "The catalog product this line matches: the one it was reserved from, else by SKU or SKU mapping.",
  })
  async product(@Root() item: OrderItem, @Ctx() ctx: Context): Promise<Product | null> {
    if (item.productId !== null) return ctx.loaders.product.load(item.productId);
    const bySku = await ctx.loaders.productBySku.load(item.sku);
    if (bySku) return bySku;
    const mapping = await ctx.loaders.mappingBySku.load(item.sku);
    return mapping ? ctx.loaders.product.load(mapping.productId) : null;
  }
}
