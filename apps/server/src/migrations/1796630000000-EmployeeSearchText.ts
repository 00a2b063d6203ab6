import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Employee search reads a stored, lower-cased search text through its own trigram index and
 * matches it with LIKE: the text is lower-cased once when the row is written instead of on
 * every row a search reads (ILIKE over the concatenation folded the case of each candidate).
 * TypeORM keeps the expression of a generated column in its metadata table (it compares it
 * when generating migrations), so the table and the row are created here as it would.
 */
export class EmployeeSearchText1796630000000 implements MigrationInterface {
    name = 'EmployeeSearchText1796630000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE IF NOT EXISTS "typeorm_metadata" ("type" character varying NOT NULL, "database" character varying, "schema" character varying, "table" character varying, "name" character varying, "value" text)`);
        await queryRunner.query(`ALTER TABLE "employees" ADD "search_text" text GENERATED ALWAYS AS (lower("first_name" || ' ' || "surname" || ' ' || "first_name" || E'\\n' || "email")) STORED NOT NULL`);
        await queryRunner.query(`INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), current_schema(), $1, $2, $3, $4)`, ["employees", "GENERATED_COLUMN", "search_text", "lower(\"first_name\" || ' ' || \"surname\" || ' ' || \"first_name\" || E'\\n' || \"email\")"]);
        await queryRunner.query(`DROP INDEX "public"."employees_search_idx"`);
        await queryRunner.query(`CREATE INDEX "employees_search_idx" ON "employees" USING gin ("search_text" gin_trgm_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."employees_search_idx"`);
        await queryRunner.query(`CREATE INDEX "employees_search_idx" ON "employees" USING gin (("first_name" || ' ' || "surname" || ' ' || "first_name" || E'\\n' || "email") gin_trgm_ops)`);
        await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = current_schema() AND "table" = $3`, ["GENERATED_COLUMN", "search_text", "employees"]);
        await queryRunner.query(`ALTER TABLE "employees" DROP COLUMN "search_text"`);
    }

}
