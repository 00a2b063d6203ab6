import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Bulk writes of employees at import scale, invitations from an import, and expiry of staged rows.
 *
 * The department order key (employees.department_sort) was set by a row-level BEFORE trigger: a
 * PL/pgSQL call and a department lookup for every row written. It is now checked once per
 * statement (AFTER, over its transition table): writers that set the key themselves (the import)
 * cost one set-based comparison, and rows whose key is wrong are corrected by one UPDATE. That
 * UPDATE fires the check again, which finds nothing wrong and stops.
 */
export class ImportSpeedInvitesExpiry1796600000000 implements MigrationInterface {
    name = 'ImportSpeedInvitesExpiry1796600000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "employees_department_sort" ON "employees"`);
        await queryRunner.query(`DROP FUNCTION "employees_set_department_sort"()`);
        await queryRunner.query(`CREATE FUNCTION "employees_fix_department_sort"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF EXISTS (SELECT 1 FROM changed c LEFT JOIN departments d ON d.id = c.department_id
                          WHERE c.department_sort IS DISTINCT FROM coalesce(d.name_key, '')) THEN
                UPDATE employees e SET department_sort = coalesce(d.name_key, '')
                  FROM changed c LEFT JOIN departments d ON d.id = c.department_id
                 WHERE e.id = c.id AND e.department_sort IS DISTINCT FROM coalesce(d.name_key, '');
              END IF;
              RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "employees_department_sort_inserted" AFTER INSERT ON "employees" REFERENCING NEW TABLE AS changed
            FOR EACH STATEMENT EXECUTE FUNCTION "employees_fix_department_sort"()`);
        await queryRunner.query(`CREATE TRIGGER "employees_department_sort_updated" AFTER UPDATE ON "employees" REFERENCING NEW TABLE AS changed
            FOR EACH STATEMENT EXECUTE FUNCTION "employees_fix_department_sort"()`);

        // "Send invites to the new people", chosen at upload and carried out by the apply.
        await queryRunner.query(`ALTER TABLE "employee_import_jobs" ADD "send_invites" boolean NOT NULL DEFAULT false`);
        // Previews nobody applied expire: found by age among the READY jobs only.
        await queryRunner.query(`CREATE INDEX "employee_import_jobs_ready_idx" ON "employee_import_jobs" ("created_at") WHERE "state" = 'READY'`);
        // Staged rows of jobs that can no longer be applied are scratch nobody reads again.
        await queryRunner.query(`DELETE FROM "employee_import_rows" r USING "employee_import_jobs" j WHERE j."id" = r."job_id" AND j."state" IN ('REJECTED', 'FAILED', 'APPLIED')`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "employee_import_jobs_ready_idx"`);
        await queryRunner.query(`UPDATE "employee_import_jobs" SET "state" = 'FAILED' WHERE "state" = 'EXPIRED'`);
        await queryRunner.query(`ALTER TABLE "employee_import_jobs" DROP COLUMN "send_invites"`);
        await queryRunner.query(`DROP TRIGGER "employees_department_sort_updated" ON "employees"`);
        await queryRunner.query(`DROP TRIGGER "employees_department_sort_inserted" ON "employees"`);
        await queryRunner.query(`DROP FUNCTION "employees_fix_department_sort"()`);
        await queryRunner.query(`CREATE FUNCTION "employees_set_department_sort"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              NEW.department_sort := coalesce((SELECT d.name_key FROM departments d WHERE d.id = NEW.department_id), '');
              RETURN NEW;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "employees_department_sort" BEFORE INSERT OR UPDATE OF "department_id" ON "employees"
            FOR EACH ROW EXECUTE FUNCTION "employees_set_department_sort"()`);
    }
}
