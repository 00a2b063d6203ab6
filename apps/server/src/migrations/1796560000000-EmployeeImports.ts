import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Employee CSV imports: the job of an account, its staged rows and its problems. Staged rows
 * are scratch data written once per upload, so their table is UNLOGGED (no WAL): a crash
 * empties it, and an apply that finds fewer rows than its job counted refuses to run.
 */
export class EmployeeImports1796560000000 implements MigrationInterface {
    name = 'EmployeeImports1796560000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "employee_import_jobs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "created_by_employee_id" uuid, "file_name" text NOT NULL, "state" text NOT NULL, "create_missing" boolean NOT NULL DEFAULT false, "columns" text array NOT NULL DEFAULT '{}', "total_rows" integer NOT NULL DEFAULT '0', "creates" integer NOT NULL DEFAULT '0', "updates" integer NOT NULL DEFAULT '0', "unchanged" integer NOT NULL DEFAULT '0', "error_rows" integer NOT NULL DEFAULT '0', "error_count" integer NOT NULL DEFAULT '0', "new_departments" integer NOT NULL DEFAULT '0', "new_groups" integer NOT NULL DEFAULT '0', "progress_done" integer NOT NULL DEFAULT '0', "progress_total" integer NOT NULL DEFAULT '0', "message" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_employee_import_jobs" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "employee_import_jobs_account_idx" ON "employee_import_jobs" ("account_id", "created_at", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "employee_import_jobs_one_applying" ON "employee_import_jobs" ("account_id") WHERE "state" = 'APPLYING'`);
        await queryRunner.query(`CREATE UNLOGGED TABLE "employee_import_rows" ("job_id" uuid NOT NULL, "row_number" integer NOT NULL, "email" text, "first_name" text, "surname" text, "department" text, "role" text, "groups" text array, "is_active" boolean, "permissions" jsonb NOT NULL DEFAULT '{}', "has_error" boolean NOT NULL DEFAULT false, "action" text, "employee_id" uuid, "before_updated_at" TIMESTAMP WITH TIME ZONE, "stored_permissions" jsonb, "groups_changed" boolean NOT NULL DEFAULT false, "audit_action" text, "audit_data" jsonb, CONSTRAINT "PK_employee_import_rows" PRIMARY KEY ("job_id", "row_number"))`);
        await queryRunner.query(`CREATE INDEX "employee_import_rows_email_idx" ON "employee_import_rows" ("job_id", "email") `);
        await queryRunner.query(`CREATE TABLE "employee_import_errors" ("job_id" uuid NOT NULL, "row_number" integer NOT NULL, "seq" integer NOT NULL, "column" text NOT NULL, "code" text NOT NULL, "message" text NOT NULL, CONSTRAINT "PK_employee_import_errors" PRIMARY KEY ("job_id", "row_number", "seq"))`);
        await queryRunner.query(`CREATE INDEX "employee_import_errors_column_idx" ON "employee_import_errors" ("job_id", "column", "row_number", "seq") `);
        await queryRunner.query(`ALTER TABLE "employee_import_jobs" ADD CONSTRAINT "FK_employee_import_jobs_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "employee_import_jobs" ADD CONSTRAINT "FK_employee_import_jobs_creator" FOREIGN KEY ("created_by_employee_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "employee_import_rows" ADD CONSTRAINT "FK_employee_import_rows_job" FOREIGN KEY ("job_id") REFERENCES "employee_import_jobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "employee_import_errors" ADD CONSTRAINT "FK_employee_import_errors_job" FOREIGN KEY ("job_id") REFERENCES "employee_import_jobs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "employee_import_errors"`);
        await queryRunner.query(`DROP TABLE "employee_import_rows"`);
        await queryRunner.query(`DROP TABLE "employee_import_jobs"`);
    }
}
