import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Indexes that let every list read only the rows of its page, whatever the account's size
 * (docs/lists.md). Each order of a list has a btree (account_id, sort key, id) whose key is
 * exactly the ORDER BY expression, so a keyset page is an index range read that stops after
 * `first + 1` rows. Written by hand: TypeORM cannot describe expression, GIN or DESC indexes
 * (the entities declare them with `synchronize: false` so migration:generate leaves them be).
 */
export class ListIndexes1795600000000 implements MigrationInterface {
    name = 'ListIndexes1795600000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);

        // The department order without a join: each employee carries its department's name_key
        // ('' without one). Triggers keep it true on every write path, bulk ones included:
        // setting department_id (insert, update, and the FK's ON DELETE SET NULL) and renaming.
        await queryRunner.query(`ALTER TABLE "employees" ADD "department_sort" text NOT NULL DEFAULT ''`);
        await queryRunner.query(`UPDATE "employees" e SET "department_sort" = d."name_key" FROM "departments" d WHERE d."id" = e."department_id"`);
        await queryRunner.query(`CREATE FUNCTION "employees_set_department_sort"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.department_sort := coalesce((SELECT d.name_key FROM departments d WHERE d.id = NEW.department_id), '');
              RETURN NEW;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "employees_department_sort" BEFORE INSERT OR UPDATE OF "department_id" ON "employees"
            FOR EACH ROW EXECUTE FUNCTION "employees_set_department_sort"()`);
        await queryRunner.query(`CREATE FUNCTION "departments_rename_department_sort"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              UPDATE employees SET department_sort = NEW.name_key WHERE department_id = NEW.id;
              RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "departments_department_sort" AFTER UPDATE OF "name_key" ON "departments"
            FOR EACH ROW WHEN (OLD."name_key" IS DISTINCT FROM NEW."name_key") EXECUTE FUNCTION "departments_rename_department_sort"()`);

        // Employee orders: NAME, EMAIL, ROLE (the enum, in rank order), DEPARTMENT, LAST_LOGIN, CREATED_AT.
        await queryRunner.query(`DROP INDEX "public"."employees_account_name_idx"`);
        await queryRunner.query(`CREATE INDEX "employees_order_name_idx" ON "employees" ("account_id", lower("surname" || ' ' || "first_name"), "id")`);
        await queryRunner.query(`CREATE INDEX "employees_order_email_idx" ON "employees" ("account_id", "email", "id")`);
        await queryRunner.query(`CREATE INDEX "employees_order_role_idx" ON "employees" ("account_id", "role", "id")`);
        await queryRunner.query(`CREATE INDEX "employees_order_department_idx" ON "employees" ("account_id", "department_sort", "id")`);
        await queryRunner.query(`CREATE INDEX "employees_order_last_login_idx" ON "employees" ("account_id", coalesce("last_login_at", '-infinity'::timestamptz), "id")`);
        await queryRunner.query(`CREATE INDEX "employees_order_created_idx" ON "employees" ("account_id", "created_at", "id")`);
        // Filters: a department's people by name (its page and its count), active and invitation state (counts, small sets).
        await queryRunner.query(`CREATE INDEX "employees_department_name_idx" ON "employees" ("account_id", "department_id", lower("surname" || ' ' || "first_name"), "id")`);
        await queryRunner.query(`CREATE INDEX "employees_active_idx" ON "employees" ("account_id", "is_active")`);
        await queryRunner.query(`CREATE INDEX "employees_invitation_idx" ON "employees" ("account_id", "invitation_state")`);
        // Search: "first surname first" holds both name orders as substrings; the newline keeps a
        // match from spanning name and email.
        await queryRunner.query(`CREATE INDEX "employees_search_idx" ON "employees" USING gin (("first_name" || ' ' || "surname" || ' ' || "first_name" || E'\\n' || "email") gin_trgm_ops)`);

        // Group members: a group's count read from the index alone.
        await queryRunner.query(`CREATE INDEX "user_group_members_account_group_idx" ON "user_group_members" ("account_id", "group_id", "employee_id")`);

        // Name search of departments and groups.
        await queryRunner.query(`CREATE INDEX "departments_search_idx" ON "departments" USING gin ("name" gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "user_groups_search_idx" ON "user_groups" USING gin ("name" gin_trgm_ops)`);

        // Audit log, newest first, and each filter with the same order behind it.
        await queryRunner.query(`DROP INDEX "public"."audit_events_account_at_idx"`);
        await queryRunner.query(`CREATE INDEX "audit_events_account_at_idx" ON "audit_events" ("account_id", "at" DESC, "id" DESC)`);
        await queryRunner.query(`CREATE INDEX "audit_events_actor_idx" ON "audit_events" ("account_id", "actor_employee_id", "at" DESC, "id" DESC)`);
        await queryRunner.query(`CREATE INDEX "audit_events_action_idx" ON "audit_events" ("account_id", "action", "at" DESC, "id" DESC)`);
        await queryRunner.query(`CREATE INDEX "audit_events_target_idx" ON "audit_events" ("account_id", "target_id", "at" DESC, "id" DESC)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."audit_events_target_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audit_events_action_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audit_events_actor_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audit_events_account_at_idx"`);
        await queryRunner.query(`CREATE INDEX "audit_events_account_at_idx" ON "audit_events" ("account_id", "at")`);
        await queryRunner.query(`DROP INDEX "public"."user_groups_search_idx"`);
        await queryRunner.query(`DROP INDEX "public"."departments_search_idx"`);
        await queryRunner.query(`DROP INDEX "public"."user_group_members_account_group_idx"`);
        await queryRunner.query(`DROP INDEX "public"."employees_search_idx"`);
        await queryRunner.query(`DROP INDEX "public"."employees_invitation_idx"`);
        await queryRunner.query(`DROP INDEX "public"."employees_active_idx"`);
        await queryRunner.query(`DROP INDEX "public"."employees_department_name_idx"`);
        await queryRunner.query(`DROP INDEX "public"."employees_order_created_idx"`);
        await queryRunner.query(`DROP INDEX "public"."employees_order_last_login_idx"`);
        await queryRunner.query(`DROP INDEX "public"."employees_order_department_idx"`);
        await queryRunner.query(`DROP INDEX "public"."employees_order_role_idx"`);
        await queryRunner.query(`DROP INDEX "public"."employees_order_email_idx"`);
        await queryRunner.query(`DROP INDEX "public"."employees_order_name_idx"`);
        await queryRunner.query(`CREATE INDEX "employees_account_name_idx" ON "employees" ("account_id", "surname", "first_name")`);
        await queryRunner.query(`DROP TRIGGER "departments_department_sort" ON "departments"`);
        await queryRunner.query(`DROP FUNCTION "departments_rename_department_sort"()`);
        await queryRunner.query(`DROP TRIGGER "employees_department_sort" ON "employees"`);
        await queryRunner.query(`DROP FUNCTION "employees_set_department_sort"()`);
        await queryRunner.query(`ALTER TABLE "employees" DROP COLUMN "department_sort"`);
    }

}
