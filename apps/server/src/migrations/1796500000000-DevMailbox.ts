import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The development mailbox (rendered mail kept for the admin app's Mailbox page), the moment a
 * message was given up on, and an index for pruning delivered mail by age.
 */
export class DevMailbox1796500000000 implements MigrationInterface {
    name = 'DevMailbox1796500000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "dev_mailbox" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid, "outbox_id" uuid NOT NULL, "sender" text NOT NULL, "recipient" text NOT NULL, "subject" text NOT NULL, "html" text NOT NULL, "text" text NOT NULL, "links" text array NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dev_mailbox" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "dev_mailbox_account_idx" ON "dev_mailbox" ("account_id", "created_at", "id") `);
        await queryRunner.query(`ALTER TABLE "mail_outbox" ADD "failed_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`CREATE INDEX "mail_outbox_sent_idx" ON "mail_outbox" ("sent_at") WHERE "state" = 'SENT'`);
        await queryRunner.query(`ALTER TABLE "dev_mailbox" ADD CONSTRAINT "FK_dev_mailbox_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "dev_mailbox" DROP CONSTRAINT "FK_dev_mailbox_account"`);
        await queryRunner.query(`DROP INDEX "public"."mail_outbox_sent_idx"`);
        await queryRunner.query(`ALTER TABLE "mail_outbox" DROP COLUMN "failed_at"`);
        await queryRunner.query(`DROP INDEX "public"."dev_mailbox_account_idx"`);
        await queryRunner.query(`DROP TABLE "dev_mailbox"`);
    }
}
