import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * External users, and the account-wide registry of emails that keeps an email to at most one
 * employee or external user per account.
 *
 * account_emails is kept by statement-level triggers on employees and external_users, in the
 * same transaction as every insert and delete (bulk ones included): no write path (setup,
 * demo data, a future import) can forget to claim an email. Its primary key is what holds under
 * parallel requests: of two transactions claiming the same email, the second waits for the
 * first and then fails with a unique violation, which the app reports as DUPLICATE_EMAIL.
 * Emails never change once a person exists, so there is no update trigger. The only direct
 * write is Promote to employee freeing the external user's email for the employee, in one
 * transaction.
 *
 * The external user list has the employee list's shape: an index (account_id, key, id) per
 * order, a trigram index for search, and a per-account count kept by triggers.
 */
export class ExternalUsers1796540000000 implements MigrationInterface {
    name = 'ExternalUsers1796540000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "external_users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "email" text NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_external_users" PRIMARY KEY ("id"))`);
        await queryRunner.query(`ALTER TABLE "external_users" ADD CONSTRAINT "FK_external_users_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE INDEX "external_users_order_name_idx" ON "external_users" ("account_id", lower("last_name" || ' ' || "first_name"), "id")`);
        await queryRunner.query(`CREATE INDEX "external_users_order_email_idx" ON "external_users" ("account_id", "email", "id")`);
        await queryRunner.query(`CREATE INDEX "external_users_order_created_idx" ON "external_users" ("account_id", "created_at", "id")`);
        await queryRunner.query(`CREATE INDEX "external_users_search_idx" ON "external_users" USING gin (("first_name" || ' ' || "last_name" || ' ' || "first_name" || E'\\n' || "email") gin_trgm_ops)`);

        await queryRunner.query(`CREATE TABLE "external_user_counts" ("account_id" uuid NOT NULL, "external_users" bigint NOT NULL, CONSTRAINT "PK_external_user_counts" PRIMARY KEY ("account_id"))`);
        await queryRunner.query(`ALTER TABLE "external_user_counts" ADD CONSTRAINT "FK_external_user_counts_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`CREATE FUNCTION "external_user_counts_add"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO external_user_counts (account_id, external_users)
                SELECT account_id, count(*) FROM added GROUP BY account_id
                ON CONFLICT (account_id) DO UPDATE SET external_users = external_user_counts.external_users + EXCLUDED.external_users;
              RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE FUNCTION "external_user_counts_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              UPDATE external_user_counts c SET external_users = c.external_users - r.n
                FROM (SELECT account_id, count(*) AS n FROM removed GROUP BY account_id) r
               WHERE c.account_id = r.account_id;
              RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "external_users_count_added" AFTER INSERT ON "external_users" REFERENCING NEW TABLE AS added
            FOR EACH STATEMENT EXECUTE FUNCTION "external_user_counts_add"()`);
        await queryRunner.query(`CREATE TRIGGER "external_users_count_removed" AFTER DELETE ON "external_users" REFERENCING OLD TABLE AS removed
            FOR EACH STATEMENT EXECUTE FUNCTION "external_user_counts_remove"()`);

        await queryRunner.query(`CREATE TABLE "account_emails" ("account_id" uuid NOT NULL, "email" text NOT NULL, "owner_kind" text NOT NULL, "owner_id" uuid NOT NULL, CONSTRAINT "account_emails_owner_kind_check" CHECK ("owner_kind" IN ('employee', 'external_user')), CONSTRAINT "PK_account_emails" PRIMARY KEY ("account_id", "email"))`);
        await queryRunner.query(`ALTER TABLE "account_emails" ADD CONSTRAINT "FK_account_emails_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`INSERT INTO "account_emails" ("account_id", "email", "owner_kind", "owner_id") SELECT "account_id", "email", 'employee', "id" FROM "employees"`);
        // One function per kind and event; TG_ARGV names the kind, so both tables share them.
        await queryRunner.query(`CREATE FUNCTION "account_emails_claim"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO account_emails (account_id, email, owner_kind, owner_id)
                SELECT account_id, email, TG_ARGV[0], id FROM added;
              RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE FUNCTION "account_emails_release"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              DELETE FROM account_emails a USING removed r
               WHERE a.account_id = r.account_id AND a.email = r.email AND a.owner_kind = TG_ARGV[0] AND a.owner_id = r.id;
              RETURN NULL;
            END $$`);
        await queryRunner.query(`CREATE TRIGGER "employees_email_claimed" AFTER INSERT ON "employees" REFERENCING NEW TABLE AS added
            FOR EACH STATEMENT EXECUTE FUNCTION "account_emails_claim"('employee')`);
        await queryRunner.query(`CREATE TRIGGER "employees_email_released" AFTER DELETE ON "employees" REFERENCING OLD TABLE AS removed
            FOR EACH STATEMENT EXECUTE FUNCTION "account_emails_release"('employee')`);
        await queryRunner.query(`CREATE TRIGGER "external_users_email_claimed" AFTER INSERT ON "external_users" REFERENCING NEW TABLE AS added
            FOR EACH STATEMENT EXECUTE FUNCTION "account_emails_claim"('external_user')`);
        await queryRunner.query(`CREATE TRIGGER "external_users_email_released" AFTER DELETE ON "external_users" REFERENCING OLD TABLE AS removed
            FOR EACH STATEMENT EXECUTE FUNCTION "account_emails_release"('external_user')`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "external_users_email_released" ON "external_users"`);
        await queryRunner.query(`DROP TRIGGER "external_users_email_claimed" ON "external_users"`);
        await queryRunner.query(`DROP TRIGGER "employees_email_released" ON "employees"`);
        await queryRunner.query(`DROP TRIGGER "employees_email_claimed" ON "employees"`);
        await queryRunner.query(`DROP FUNCTION "account_emails_release"()`);
        await queryRunner.query(`DROP FUNCTION "account_emails_claim"()`);
        await queryRunner.query(`DROP TABLE "account_emails"`);
        await queryRunner.query(`DROP TRIGGER "external_users_count_removed" ON "external_users"`);
        await queryRunner.query(`DROP TRIGGER "external_users_count_added" ON "external_users"`);
        await queryRunner.query(`DROP FUNCTION "external_user_counts_remove"()`);
        await queryRunner.query(`DROP FUNCTION "external_user_counts_add"()`);
        await queryRunner.query(`DROP TABLE "external_user_counts"`);
        await queryRunner.query(`DROP TABLE "external_users"`);
    }
}
