import type { EntityManager } from "typeorm";
import { Order } from "./order.entity";

/** An order as the sync compares it with the marketplace: its id, marketplace id and status. */
export type StoredOrder = Pick<Order, "id" | "marketplaceOrderId" | "status">;

/** `SELECT <id>, <marketplaceOrderId>, <status> FROM <order>` with the names TypeORM's metadata gives. */
function selectStored(manager: EntityManager): { select: string; column: (property: keyof Order & string) => string } {
  const metadata = manager.connection.getMetadata(Order);
  const { driver } = manager.connection;
  const column = (property: keyof Order & string) => driver.escape(metadata.findColumnWithPropertyPath(property)!.databaseName);
  const as = (property: keyof Order & string) => `${column(property)} AS ${driver.escape(property)}`;
  return { select: `SELECT ${as("id")}, ${as("marketplaceOrderId")}, ${as("status")} FROM ${driver.escape(metadata.tableName)}`, column };
}

const marks = (count: number) => Array.from({ length: count }, () => "?").join(", ");

const asStored = (row: Record<string, unknown>): StoredOrder => ({
  id: Number(row.id),
  marketplaceOrderId: String(row.marketplaceOrderId),
  status: row.status as Order["status"],
});

/**
 * The account's stored orders among these marketplace ids, in one plain statement. TypeORM's
 * find() with In() names and checks a parameter per id and builds entities through its query
 * builder: for the thousand ids of a sync batch that cost more CPU than the read itself.
 */
export async function storedOrders(manager: EntityManager, accountId: number, marketplaceOrderIds: readonly string[]): Promise<StoredOrder[]> {
  if (marketplaceOrderIds.length === 0) return [];
  const { select, column } = selectStored(manager);
  const rows = (await manager.query(
    `${select} WHERE ${column("accountId")} = ? AND ${column("marketplaceOrderId")} IN (${marks(marketplaceOrderIds.length)})`,
    [accountId, ...marketplaceOrderIds],
  )) as Record<string, unknown>[];
  return rows.map(asStored);
}

/** These orders, locked (FOR UPDATE, by primary key) until the transaction ends: MySQL only. */
export async function lockedOrders(manager: EntityManager, ids: readonly number[]): Promise<StoredOrder[]> {
  if (ids.length === 0) return [];
  const { select, column } = selectStored(manager);
  const rows = (await manager.query(`${select} WHERE ${column("id")} IN (${marks(ids.length)}) FOR UPDATE`, [...ids])) as Record<string, unknown>[];
  return rows.map(asStored);
}
