import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Jobs and incidents: one items table whose module comes from the access package's registry,
 * the groups items are shared with, assigned employees and the ordered checklist. Each order
 * of the item list has an index (account_id, module, is_archived, key, id): the not-archived
 * items of one module form one range of it, walked from the cursor while the visibility
 * condition is checked row by row.
 */
export class Items1796550000000 implements MigrationInterface {
    name = 'Items1796550000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."item_status" AS ENUM('OPEN', 'COMPLETED')`);
        await queryRunner.query(`CREATE TABLE "items" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "module" "public"."module_key" NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "status" "public"."item_status" NOT NULL DEFAULT 'OPEN', "completed_at" TIMESTAMP WITH TIME ZONE, "is_archived" boolean NOT NULL DEFAULT false, "archived_at" TIMESTAMP WITH TIME ZONE, "due_at" TIMESTAMP WITH TIME ZONE, "department_id" uuid, "confidential_level" smallint, "owner_group_id" uuid, "created_by_employee_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "items_confidential_level_check" CHECK ("confidential_level" IS NULL OR "confidential_level" BETWEEN 1 AND 10), CONSTRAINT "PK_items" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "items_owner_group_idx" ON "items"  ("owner_group_id") `);
        await queryRunner.query(`CREATE INDEX "items_department_idx" ON "items"  ("department_id") `);
        await queryRunner.query(`CREATE TABLE "item_checklist_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "item_id" uuid NOT NULL, "position" integer NOT NULL, "text" text NOT NULL, "ticked_at" TIMESTAMP WITH TIME ZONE, "ticked_by_name" text, "ticked_by_employee_id" uuid, CONSTRAINT "item_checklist_entries_tick_check" CHECK (("ticked_at" IS NULL) = ("ticked_by_name" IS NULL)), CONSTRAINT "PK_item_checklist_entries" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "item_checklist_entries_ticked_by_idx" ON "item_checklist_entries"  ("ticked_by_employee_id") `);
        await queryRunner.query(`CREATE INDEX "item_checklist_entries_item_idx" ON "item_checklist_entries"  ("item_id", "position") `);
        await queryRunner.query(`CREATE TABLE "item_shared_groups" ("item_id" uuid NOT NULL, "group_id" uuid NOT NULL, "account_id" uuid NOT NULL, CONSTRAINT "PK_item_shared_groups" PRIMARY KEY ("item_id", "group_id"))`);
        await queryRunner.query(`CREATE INDEX "item_shared_groups_group_idx" ON "item_shared_groups"  ("group_id", "item_id") `);
        await queryRunner.query(`CREATE TABLE "item_employee_assignments" ("item_id" uuid NOT NULL, "employee_id" uuid NOT NULL, "account_id" uuid NOT NULL, CONSTRAINT "PK_item_employee_assignments" PRIMARY KEY ("item_id", "employee_id"))`);
        await queryRunner.query(`CREATE INDEX "item_employee_assignments_employee_idx" ON "item_employee_assignments"  ("employee_id", "item_id") `);
        await queryRunner.query(`ALTER TABLE "items" ADD CONSTRAINT "FK_items_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "items" ADD CONSTRAINT "FK_items_department" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "items" ADD CONSTRAINT "FK_items_owner_group" FOREIGN KEY ("owner_group_id") REFERENCES "user_groups"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "items" ADD CONSTRAINT "FK_items_created_by" FOREIGN KEY ("created_by_employee_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "item_checklist_entries" ADD CONSTRAINT "FK_item_checklist_entries_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "item_checklist_entries" ADD CONSTRAINT "FK_item_checklist_entries_item" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "item_checklist_entries" ADD CONSTRAINT "FK_item_checklist_entries_ticked_by" FOREIGN KEY ("ticked_by_employee_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "item_shared_groups" ADD CONSTRAINT "FK_item_shared_groups_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "item_shared_groups" ADD CONSTRAINT "FK_item_shared_groups_item" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "item_shared_groups" ADD CONSTRAINT "FK_item_shared_groups_group" FOREIGN KEY ("group_id") REFERENCES "user_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "item_employee_assignments" ADD CONSTRAINT "FK_item_employee_assignments_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "item_employee_assignments" ADD CONSTRAINT "FK_item_employee_assignments_item" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "item_employee_assignments" ADD CONSTRAINT "FK_item_employee_assignments_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE INDEX "items_order_due_idx" ON "items" ("account_id", "module", "is_archived", (coalesce("due_at", 'infinity'::timestamptz)), "id")`);
        await queryRunner.query(`CREATE INDEX "items_order_created_idx" ON "items" ("account_id", "module", "is_archived", "created_at", "id")`);
        await queryRunner.query(`CREATE INDEX "items_order_title_idx" ON "items" ("account_id", "module", "is_archived", lower("title"), "id")`);
        await queryRunner.query(`CREATE INDEX "items_search_idx" ON "items" USING gin (("title" || E'\\n' || "description") gin_trgm_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."items_search_idx"`);
        await queryRunner.query(`DROP INDEX "public"."items_order_title_idx"`);
        await queryRunner.query(`DROP INDEX "public"."items_order_created_idx"`);
        await queryRunner.query(`DROP INDEX "public"."items_order_due_idx"`);
        await queryRunner.query(`ALTER TABLE "item_employee_assignments" DROP CONSTRAINT "FK_item_employee_assignments_employee"`);
        await queryRunner.query(`ALTER TABLE "item_employee_assignments" DROP CONSTRAINT "FK_item_employee_assignments_item"`);
        await queryRunner.query(`ALTER TABLE "item_employee_assignments" DROP CONSTRAINT "FK_item_employee_assignments_account"`);
        await queryRunner.query(`ALTER TABLE "item_shared_groups" DROP CONSTRAINT "FK_item_shared_groups_group"`);
        await queryRunner.query(`ALTER TABLE "item_shared_groups" DROP CONSTRAINT "FK_item_shared_groups_item"`);
        await queryRunner.query(`ALTER TABLE "item_shared_groups" DROP CONSTRAINT "FK_item_shared_groups_account"`);
        await queryRunner.query(`ALTER TABLE "item_checklist_entries" DROP CONSTRAINT "FK_item_checklist_entries_ticked_by"`);
        await queryRunner.query(`ALTER TABLE "item_checklist_entries" DROP CONSTRAINT "FK_item_checklist_entries_item"`);
        await queryRunner.query(`ALTER TABLE "item_checklist_entries" DROP CONSTRAINT "FK_item_checklist_entries_account"`);
        await queryRunner.query(`ALTER TABLE "items" DROP CONSTRAINT "FK_items_created_by"`);
        await queryRunner.query(`ALTER TABLE "items" DROP CONSTRAINT "FK_items_owner_group"`);
        await queryRunner.query(`ALTER TABLE "items" DROP CONSTRAINT "FK_items_department"`);
        await queryRunner.query(`ALTER TABLE "items" DROP CONSTRAINT "FK_items_account"`);
        await queryRunner.query(`DROP INDEX "public"."item_employee_assignments_employee_idx"`);
        await queryRunner.query(`DROP TABLE "item_employee_assignments"`);
        await queryRunner.query(`DROP INDEX "public"."item_shared_groups_group_idx"`);
        await queryRunner.query(`DROP TABLE "item_shared_groups"`);
        await queryRunner.query(`DROP INDEX "public"."item_checklist_entries_item_idx"`);
        await queryRunner.query(`DROP INDEX "public"."item_checklist_entries_ticked_by_idx"`);
        await queryRunner.query(`DROP TABLE "item_checklist_entries"`);
        await queryRunner.query(`DROP INDEX "public"."items_department_idx"`);
        await queryRunner.query(`DROP INDEX "public"."items_owner_group_idx"`);
        await queryRunner.query(`DROP TABLE "items"`);
        await queryRunner.query(`DROP TYPE "public"."item_status"`);
    }

}
