import type { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795667399002 implements MigrationInterface {
  name = "Init1795667399002";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `api_key` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(120) NOT NULL, `prefix` varchar(16) NOT NULL, `keyHash` varchar(64) NOT NULL, `role` varchar(20) NOT NULL, `createdByUserId` int NULL, `createdAt` datetime(3) NOT NULL, `lastUsedAt` datetime(3) NULL, `revokedAt` datetime(3) NULL, UNIQUE INDEX `uq_api_key_hash` (`keyHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `user` (`id` int NOT NULL AUTO_INCREMENT, `email` varchar(200) NOT NULL, `passwordHash` varchar(300) NOT NULL, `role` varchar(20) NOT NULL, `active` tinyint NOT NULL DEFAULT 1, `createdAt` datetime(3) NOT NULL, UNIQUE INDEX `uq_user_email` (`email`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `product` (`id` int NOT NULL AUTO_INCREMENT, `sku` varchar(80) NOT NULL, `name` varchar(300) NOT NULL, `priceCents` int NOT NULL, `stock` int NOT NULL, `updatedAt` datetime(3) NOT NULL, UNIQUE INDEX `uq_product_sku` (`sku`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `marketplace_account` (`id` int NOT NULL AUTO_INCREMENT, `marketplace` varchar(20) NOT NULL, `name` varchar(120) NOT NULL, `sandbox` tinyint NOT NULL DEFAULT 0, `syncIntervalMinutes` int NULL, `lastSyncAt` datetime(3) NULL, `createdAt` datetime(3) NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `order` (`id` int NOT NULL AUTO_INCREMENT, `accountId` int NOT NULL, `marketplace` varchar(20) NOT NULL, `marketplaceOrderId` varchar(40) NOT NULL, `status` varchar(20) NOT NULL, `marketplaceStatus` varchar(60) NOT NULL DEFAULT '', `placedAt` datetime(3) NOT NULL, `customerName` varchar(200) NOT NULL, `totalCents` int NOT NULL, `shippingType` varchar(20) NULL, `version` int NOT NULL DEFAULT '1', `createdAt` datetime(3) NOT NULL, `updatedAt` datetime(3) NOT NULL, `shipRecipient` varchar(200) NOT NULL DEFAULT '', `shipStreet` varchar(300) NOT NULL DEFAULT '', `shipNeighborhood` varchar(200) NULL, `shipMunicipality` varchar(200) NULL, `shipCity` varchar(200) NULL, `shipState` varchar(100) NULL, `shipPostalcode` varchar(10) NOT NULL DEFAULT '', `shipBetweenstreets` varchar(300) NULL, `shipNotes` varchar(500) NULL, `shipPhone` varchar(40) NULL, INDEX `ix_order_status_placed` (`status`, `placedAt`), INDEX `ix_order_placed` (`placedAt`, `id`), UNIQUE INDEX `uq_order_account_marketplace_id` (`accountId`, `marketplaceOrderId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `sales_order` (`id` int NOT NULL AUTO_INCREMENT, `orderId` int NOT NULL, `folio` varchar(30) NOT NULL, `generatedAt` datetime(3) NOT NULL, `generatedBy` varchar(200) NOT NULL, `backorder` tinyint NOT NULL DEFAULT 0, UNIQUE INDEX `uq_sales_order_folio` (`folio`), UNIQUE INDEX `uq_sales_order_order` (`orderId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `sku_mapping` (`id` int NOT NULL AUTO_INCREMENT, `marketplaceSku` varchar(80) NOT NULL, `productId` int NOT NULL, `createdBy` varchar(200) NOT NULL, `createdAt` datetime(3) NOT NULL, UNIQUE INDEX `uq_sku_mapping_sku` (`marketplaceSku`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `upload` (`id` int NOT NULL AUTO_INCREMENT, `storageKey` varchar(80) NOT NULL, `fileName` varchar(255) NOT NULL, `contentType` varchar(100) NOT NULL, `size` int NOT NULL, `uploadedBy` varchar(200) NOT NULL, `createdAt` datetime(3) NOT NULL, UNIQUE INDEX `uq_upload_key` (`storageKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `evidence` (`id` int NOT NULL AUTO_INCREMENT, `orderId` int NOT NULL, `kind` varchar(20) NOT NULL, `uploadId` int NOT NULL, `fileName` varchar(255) NOT NULL, `contentType` varchar(100) NOT NULL, `uploadedAt` datetime(3) NOT NULL, INDEX `ix_evidence_order` (`orderId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `evidence_submission` (`id` int NOT NULL AUTO_INCREMENT, `orderId` int NOT NULL, `state` varchar(20) NOT NULL, `attempts` int NOT NULL DEFAULT '0', `lastError` varchar(500) NULL, `sentAt` datetime(3) NULL, `updatedAt` datetime(3) NOT NULL, UNIQUE INDEX `uq_evidence_submission_order` (`orderId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `invoice` (`id` int NOT NULL AUTO_INCREMENT, `orderId` int NOT NULL, `state` varchar(20) NOT NULL, `series` varchar(10) NOT NULL, `folio` varchar(20) NOT NULL, `receiverRfc` varchar(13) NOT NULL, `receiverName` varchar(300) NOT NULL, `cfdiUse` varchar(5) NOT NULL, `subtotalCents` int NOT NULL, `taxCents` int NOT NULL, `totalCents` int NOT NULL, `uuid` varchar(36) NULL, `pdfUploadId` int NULL, `issuedAt` datetime(3) NULL, `createdAt` datetime(3) NOT NULL, UNIQUE INDEX `uq_invoice_series_folio` (`series`, `folio`), UNIQUE INDEX `uq_invoice_order` (`orderId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `payment` (`id` int NOT NULL AUTO_INCREMENT, `invoiceId` int NOT NULL, `method` varchar(10) NOT NULL, `amountCents` int NOT NULL, `paidAt` datetime(3) NOT NULL, `reference` varchar(100) NULL, INDEX `ix_payment_invoice` (`invoiceId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `order_event` (`id` int NOT NULL AUTO_INCREMENT, `orderId` int NOT NULL, `at` datetime(3) NOT NULL, `from` varchar(20) NULL, `to` varchar(20) NULL, `action` varchar(60) NOT NULL, `actor` varchar(200) NOT NULL, `source` varchar(20) NOT NULL, `note` varchar(1000) NULL, INDEX `ix_order_event_order` (`orderId`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `order_item` (`id` int NOT NULL AUTO_INCREMENT, `orderId` int NOT NULL, `lineId` varchar(40) NOT NULL, `sku` varchar(80) NOT NULL, `title` varchar(500) NOT NULL, `quantity` int NOT NULL, `unitPriceCents` int NOT NULL, `productId` int NULL, `issue` varchar(30) NULL, INDEX `ix_order_item_sku` (`sku`), INDEX `ix_order_item_order` (`orderId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `outbox_job` (`id` int NOT NULL AUTO_INCREMENT, `kind` varchar(40) NOT NULL, `orderId` int NULL, `payload` text NOT NULL, `idempotencyKey` varchar(120) NOT NULL, `state` varchar(20) NOT NULL, `attempts` int NOT NULL DEFAULT '0', `nextAttemptAt` datetime(3) NOT NULL, `lastError` varchar(1000) NULL, `createdAt` datetime(3) NOT NULL, `finishedAt` datetime(3) NULL, INDEX `ix_outbox_due` (`state`, `nextAttemptAt`), UNIQUE INDEX `uq_outbox_idempotency` (`idempotencyKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `shipment` (`id` int NOT NULL AUTO_INCREMENT, `orderId` int NOT NULL, `type` varchar(20) NOT NULL, `carrier` varchar(80) NOT NULL, `trackingNumber` varchar(80) NULL, `labelUploadId` int NULL, `shippedAt` datetime(3) NULL, `idempotencyKey` varchar(100) NULL, UNIQUE INDEX `uq_shipment_order` (`orderId`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `sync_run` (`id` int NOT NULL AUTO_INCREMENT, `accountId` int NOT NULL, `state` varchar(20) NOT NULL, `startedAt` datetime(3) NOT NULL, `finishedAt` datetime(3) NULL, `trigger` varchar(200) NOT NULL, `ordersSeen` int NOT NULL DEFAULT '0', `ordersCreated` int NOT NULL DEFAULT '0', `ordersUpdated` int NOT NULL DEFAULT '0', `progress` float NOT NULL DEFAULT '0', `error` varchar(1000) NULL, INDEX `ix_sync_run_account_started` (`accountId`, `startedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `order` ADD CONSTRAINT `FK_8cb9cecbc8b09bf60c71f7a9680` FOREIGN KEY (`accountId`) REFERENCES `marketplace_account`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `sales_order` ADD CONSTRAINT `FK_3607db2243792948bea43c360a9` FOREIGN KEY (`orderId`) REFERENCES `order`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `sku_mapping` ADD CONSTRAINT `FK_d75fe3e8c7dc0d78a1f05517895` FOREIGN KEY (`productId`) REFERENCES `product`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `evidence` ADD CONSTRAINT `FK_f8f21805069ba21d2fdffcc935d` FOREIGN KEY (`orderId`) REFERENCES `order`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `evidence` ADD CONSTRAINT `FK_e1e7216945fa0e4e7ccce265065` FOREIGN KEY (`uploadId`) REFERENCES `upload`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `evidence_submission` ADD CONSTRAINT `FK_1189cdd19761b313fad9238de5a` FOREIGN KEY (`orderId`) REFERENCES `order`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `invoice` ADD CONSTRAINT `FK_f494ce6746b91e9ec9562af4857` FOREIGN KEY (`orderId`) REFERENCES `order`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `payment` ADD CONSTRAINT `FK_87223c7f1d4c2ca51cf69927844` FOREIGN KEY (`invoiceId`) REFERENCES `invoice`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `order_event` ADD CONSTRAINT `FK_c7692d881f326d48552256e4f57` FOREIGN KEY (`orderId`) REFERENCES `order`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `order_item` ADD CONSTRAINT `FK_646bf9ece6f45dbe41c203e06e0` FOREIGN KEY (`orderId`) REFERENCES `order`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE `shipment` ADD CONSTRAINT `FK_93ba0beada3eb709bc83dc0b9af` FOREIGN KEY (`orderId`) REFERENCES `order`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `shipment` DROP FOREIGN KEY `FK_93ba0beada3eb709bc83dc0b9af`");
    await queryRunner.query("ALTER TABLE `order_item` DROP FOREIGN KEY `FK_646bf9ece6f45dbe41c203e06e0`");
    await queryRunner.query("ALTER TABLE `order_event` DROP FOREIGN KEY `FK_c7692d881f326d48552256e4f57`");
    await queryRunner.query("ALTER TABLE `payment` DROP FOREIGN KEY `FK_87223c7f1d4c2ca51cf69927844`");
    await queryRunner.query("ALTER TABLE `invoice` DROP FOREIGN KEY `FK_f494ce6746b91e9ec9562af4857`");
    await queryRunner.query("ALTER TABLE `evidence_submission` DROP FOREIGN KEY `FK_1189cdd19761b313fad9238de5a`");
    await queryRunner.query("ALTER TABLE `evidence` DROP FOREIGN KEY `FK_e1e7216945fa0e4e7ccce265065`");
    await queryRunner.query("ALTER TABLE `evidence` DROP FOREIGN KEY `FK_f8f21805069ba21d2fdffcc935d`");
    await queryRunner.query("ALTER TABLE `sku_mapping` DROP FOREIGN KEY `FK_d75fe3e8c7dc0d78a1f05517895`");
    await queryRunner.query("ALTER TABLE `sales_order` DROP FOREIGN KEY `FK_3607db2243792948bea43c360a9`");
    await queryRunner.query("ALTER TABLE `order` DROP FOREIGN KEY `FK_8cb9cecbc8b09bf60c71f7a9680`");
    await queryRunner.query("DROP INDEX `ix_sync_run_account_started` ON `sync_run`");
    await queryRunner.query("DROP TABLE `sync_run`");
    await queryRunner.query("DROP INDEX `uq_shipment_order` ON `shipment`");
    await queryRunner.query("DROP TABLE `shipment`");
    await queryRunner.query("DROP INDEX `uq_outbox_idempotency` ON `outbox_job`");
    await queryRunner.query("DROP INDEX `ix_outbox_due` ON `outbox_job`");
    await queryRunner.query("DROP TABLE `outbox_job`");
    await queryRunner.query("DROP INDEX `ix_order_item_order` ON `order_item`");
    await queryRunner.query("DROP INDEX `ix_order_item_sku` ON `order_item`");
    await queryRunner.query("DROP TABLE `order_item`");
    await queryRunner.query("DROP INDEX `ix_order_event_order` ON `order_event`");
    await queryRunner.query("DROP TABLE `order_event`");
    await queryRunner.query("DROP INDEX `ix_payment_invoice` ON `payment`");
    await queryRunner.query("DROP TABLE `payment`");
    await queryRunner.query("DROP INDEX `uq_invoice_order` ON `invoice`");
    await queryRunner.query("DROP INDEX `uq_invoice_series_folio` ON `invoice`");
    await queryRunner.query("DROP TABLE `invoice`");
    await queryRunner.query("DROP INDEX `uq_evidence_submission_order` ON `evidence_submission`");
    await queryRunner.query("DROP TABLE `evidence_submission`");
    await queryRunner.query("DROP INDEX `ix_evidence_order` ON `evidence`");
    await queryRunner.query("DROP TABLE `evidence`");
    await queryRunner.query("DROP INDEX `uq_upload_key` ON `upload`");
    await queryRunner.query("DROP TABLE `upload`");
    await queryRunner.query("DROP INDEX `uq_sku_mapping_sku` ON `sku_mapping`");
    await queryRunner.query("DROP TABLE `sku_mapping`");
    await queryRunner.query("DROP INDEX `uq_sales_order_order` ON `sales_order`");
    await queryRunner.query("DROP INDEX `uq_sales_order_folio` ON `sales_order`");
    await queryRunner.query("DROP TABLE `sales_order`");
    await queryRunner.query("DROP INDEX `uq_order_account_marketplace_id` ON `order`");
    await queryRunner.query("DROP INDEX `ix_order_placed` ON `order`");
    await queryRunner.query("DROP INDEX `ix_order_status_placed` ON `order`");
    await queryRunner.query("DROP TABLE `order`");
    await queryRunner.query("DROP TABLE `marketplace_account`");
    await queryRunner.query("DROP INDEX `uq_product_sku` ON `product`");
    await queryRunner.query("DROP TABLE `product`");
    await queryRunner.query("DROP INDEX `uq_user_email` ON `user`");
    await queryRunner.query("DROP TABLE `user`");
    await queryRunner.query("DROP INDEX `uq_api_key_hash` ON `api_key`");
    await queryRunner.query("DROP TABLE `api_key`");
  }
}
