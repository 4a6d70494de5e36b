import { InvoiceUuidUnique1795672717716 as MysqlInvoiceUuidUnique1795672717716 } from "./mysql/1795672717716-InvoiceUuidUnique";
import { InvoiceUuidUnique1795672717716 as SqliteInvoiceUuidUnique1795672717716 } from "./sqlite/1795672717716-InvoiceUuidUnique";
import { Init1795667399002 as MysqlInit1795667399002 } from "./mysql/1795667399002-Init";
import { Init1795667399002 as SqliteInit1795667399002 } from "./sqlite/1795667399002-Init";
// Migrations are listed explicitly (no globs) so that the same list works compiled and in tests.
export const SQLITE_MIGRATIONS: Function[] = [SqliteInit1795667399002, SqliteInvoiceUuidUnique1795672717716];
export const MYSQL_MIGRATIONS: Function[] = [MysqlInit1795667399002, MysqlInvoiceUuidUnique1795672717716];
