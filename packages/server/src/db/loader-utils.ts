import DataLoader from "dataloader";
import { In, type EntityTarget, type FindOptionsOrder, type ObjectLiteral } from "typeorm";
import type { Database } from "./data-source";

/** A loader of at most one row per key value (e.g. the shipment of an order), in key order. */
export function oneBy<T extends ObjectLiteral, K extends keyof T & string>(
  db: Database,
  entity: EntityTarget<T>,
  column: K,
): DataLoader<T[K], T | null> {
  return new DataLoader(async (keys) => {
    const rows = await db.dataSource.getRepository(entity).find({ where: { [column]: In([...keys]) } as never });
    const byKey = new Map(rows.map((row) => [row[column], row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/** A loader of all rows per key value (e.g. the items of an order), in key order. */
export function manyBy<T extends ObjectLiteral, K extends keyof T & string>(
  db: Database,
  entity: EntityTarget<T>,
  column: K,
  order?: FindOptionsOrder<T>,
): DataLoader<T[K], T[]> {
  return new DataLoader(async (keys) => {
    const rows = await db.dataSource
      .getRepository(entity)
      .find({ where: { [column]: In([...keys]) } as never, order });
    const byKey = new Map<T[K], T[]>(keys.map((key) => [key, []]));
    for (const row of rows) byKey.get(row[column])?.push(row);
    return keys.map((key) => byKey.get(key) ?? []);
  });
}
