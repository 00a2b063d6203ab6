import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Mail about a login (a password reset) belongs to no account; when it fails for good, the
 * user admins of each account where its address is an employee see it among their failed mail.
 * This small partial index holds only such failed mail, newest first, with its recipient, so the
 * list reads it in order and the count never reads the outbox's rows.
 */
export class FailedLoginMail1796610000000 implements MigrationInterface {
    name = 'FailedLoginMail1796610000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "mail_outbox_failed_login_idx" ON "mail_outbox" ("created_at", "id") INCLUDE ("recipient") WHERE "account_id" IS NULL AND "state" = 'FAILED'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."mail_outbox_failed_login_idx"`);
    }
}
