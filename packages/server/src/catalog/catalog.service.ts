import type { Database } from "../db/data-source";
import { containsPattern } from "../db/like";
import { badInput } from "../graphql/errors";
import { Product } from "./product.entity";

export interface ProductInputData {
  sku: string;
  name: string;
  priceCents: number;
  stock: number;
}


/** The seller's catalog and stock. */
export class CatalogService {
  constructor(private readonly db: Database) {}

  search(search: string | null | undefined, first: number): Promise<Product[]> {
    if (!Number.isInteger(first) || first < 0 || first > 200) throw badInput("first debe estar entre 0 y 200.", "first");
    const qb = this.db.dataSource.getRepository(Product).createQueryBuilder("p");
    const q = search?.trim();
    if (q) {
      qb.where("(p.sku LIKE :q ESCAPE '!' OR p.name LIKE :q ESCAPE '!')", { q: containsPattern(q.slice(0, 100)) });
    }
    return qb.orderBy("p.sku", "ASC").limit(first).getMany();
  }

  /** Creates or updates the product with this SKU. */
  async save(input: ProductInputData): Promise<Product> {
    const sku = input.sku.trim();
    if (!sku || sku.length > 80) throw badInput("El SKU es obligatorio (hasta 80 caracteres).", "sku");
    if (!input.name.trim()) throw badInput("El nombre es obligatorio.", "name");
    if (input.priceCents < 0) throw badInput("El precio no puede ser negativo.", "price");
    if (!Number.isInteger(input.stock) || input.stock < 0) throw badInput("Las existencias deben ser un entero ≥ 0.", "stock");
    const repo = this.db.dataSource.getRepository(Product);
    await repo.upsert(
      { sku, name: input.name.trim(), priceCents: input.priceCents, stock: input.stock, updatedAt: new Date() },
      ["sku"],
    );
    return repo.findOneByOrFail({ sku });
  }
}
