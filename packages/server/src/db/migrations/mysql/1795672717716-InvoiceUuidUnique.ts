import type { MigrationInterface, QueryRunner } from "typeorm";

export class InvoiceUuidUnique1795672717716 implements MigrationInterface {
  name = "InvoiceUuidUnique1795672717716";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE UNIQUE INDEX `uq_invoice_uuid` ON `invoice` (`uuid`)");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_invoice_uuid` ON `invoice`");
  }
}
