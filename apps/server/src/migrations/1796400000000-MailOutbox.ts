import { MigrationInterface, QueryRunner } from "typeorm";

/** The transactional mail outbox: one row per email, queued with the change that causes it. */
export class MailOutbox1796400000000 implements MigrationInterface {
    name = 'MailOutbox1796400000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "mail_outbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid, "recipient" text NOT NULL, "template" text NOT NULL, "data" jsonb NOT NULL, "state" text NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_error" text, "provider_message_id" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_mail_outbox" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" ("next_attempt_at") WHERE "state" IN ('PENDING', 'SENDING')`);
        await queryRunner.query(`CREATE INDEX "mail_outbox_account_state_idx" ON "mail_outbox" ("account_id", "state", "created_at", "id") `);
        await queryRunner.query(`ALTER TABLE "mail_outbox" ADD CONSTRAINT "FK_mail_outbox_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "mail_outbox" DROP CONSTRAINT "FK_mail_outbox_account"`);
        await queryRunner.query(`DROP INDEX "public"."mail_outbox_account_state_idx"`);
        await queryRunner.query(`DROP INDEX "public"."mail_outbox_due_idx"`);
        await queryRunner.query(`DROP TABLE "mail_outbox"`);
    }
}
