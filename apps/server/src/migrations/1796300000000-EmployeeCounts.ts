import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * How many employees each account has, kept by statement-level triggers in the same
 * transaction as every insert and delete (bulk ones included), so the unfiltered employee
 * list's totalCount is one row read instead of counting the whole account.
 */
export class EmployeeCounts1796300000000 implements MigrationInterface {
    name = 'EmployeeCounts1796300000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "employee_counts" ("account_id" uuid NOT NULL, "employees" bigint NOT NULL, CONSTRAINT "PK_employee_counts" PRIMARY KEY ("account_id"))`);
        await queryRunner.query(`ALTER TABLE "employee_counts" ADD CONSTRAINT "FK_employee_counts_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`INSERT INTO "employee_counts" ("account_id", "employees") SELECT "account_id", count(*) FROM "employees" GROUP BY "account_id"`);
        await queryRunner.query(`CREATE FUNCTION "employee_counts_add"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO employee_counts (account_id, employees)
                SELECT account_id, count(*) FROM added GROUP BY account_id
                ON CONFLICT (account_id) DO UPDATE SET employees = employee_counts.employees + EXCLUDED.employees;
              RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE FUNCTION "employee_counts_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              UPDATE employee_counts c SET employees = c.employees - r.n
                FROM (SELECT account_id, count(*) AS n FROM removed GROUP BY account_id) r
               WHERE c.account_id = r.account_id;
              RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "employees_count_added" AFTER INSERT ON "employees" REFERENCING NEW TABLE AS added
            FOR EACH STATEMENT EXECUTE FUNCTION "employee_counts_add"()`);
        await queryRunner.query(`CREATE TRIGGER "employees_count_removed" AFTER DELETE ON "employees" REFERENCING OLD TABLE AS removed
            FOR EACH STATEMENT EXECUTE FUNCTION "employee_counts_remove"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "employees_count_removed" ON "employees"`);
        await queryRunner.query(`DROP TRIGGER "employees_count_added" ON "employees"`);
        await queryRunner.query(`DROP FUNCTION "employee_counts_remove"()`);
        await queryRunner.query(`DROP FUNCTION "employee_counts_add"()`);
        await queryRunner.query(`DROP TABLE "employee_counts"`);
    }
}
