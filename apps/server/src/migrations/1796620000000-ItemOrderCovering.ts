import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The order indexes of items carry what the visibility rule and the list's filters read of a
 * row (department, owner group, confidential level, status, and the column under the sort
 * key), so a page walks the index alone: the rows the rule turns away cost an index entry, not
 * a visit to the table. Same names, same keys: only the included columns are new.
 */
export class ItemOrderCovering1796620000000 implements MigrationInterface {
    name = 'ItemOrderCovering1796620000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."items_order_due_idx"`);
        await queryRunner.query(`DROP INDEX "public"."items_order_created_idx"`);
        await queryRunner.query(`DROP INDEX "public"."items_order_title_idx"`);
        await queryRunner.query(`CREATE INDEX "items_order_due_idx" ON "items" ("account_id", "module", "is_archived", (coalesce("due_at", 'infinity'::timestamptz)), "id") INCLUDE ("department_id", "owner_group_id", "confidential_level", "status", "due_at")`);
        await queryRunner.query(`CREATE INDEX "items_order_created_idx" ON "items" ("account_id", "module", "is_archived", "created_at", "id") INCLUDE ("department_id", "owner_group_id", "confidential_level", "status")`);
        await queryRunner.query(`CREATE INDEX "items_order_title_idx" ON "items" ("account_id", "module", "is_archived", lower("title"), "id") INCLUDE ("department_id", "owner_group_id", "confidential_level", "status", "title")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."items_order_title_idx"`);
        await queryRunner.query(`DROP INDEX "public"."items_order_created_idx"`);
        await queryRunner.query(`DROP INDEX "public"."items_order_due_idx"`);
        await queryRunner.query(`CREATE INDEX "items_order_due_idx" ON "items" ("account_id", "module", "is_archived", (coalesce("due_at", 'infinity'::timestamptz)), "id")`);
        await queryRunner.query(`CREATE INDEX "items_order_created_idx" ON "items" ("account_id", "module", "is_archived", "created_at", "id")`);
        await queryRunner.query(`CREATE INDEX "items_order_title_idx" ON "items" ("account_id", "module", "is_archived", lower("title"), "id")`);
    }
}
