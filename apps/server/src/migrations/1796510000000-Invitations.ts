import { MigrationInterface, QueryRunner } from "typeorm";

/** Invitation links (hashes only, one live per employee) and when each employee was last invited. */
export class Invitations1796510000000 implements MigrationInterface {
    name = 'Invitations1796510000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "employee_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "superseded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_invitations" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations"  ("token_hash") `);
        await queryRunner.query(`CREATE INDEX "invitations_employee_idx" ON "invitations"  ("employee_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "invitations_one_live_per_employee_key" ON "invitations"  ("employee_id") WHERE "used_at" IS NULL AND "superseded_at" IS NULL`);
        await queryRunner.query(`ALTER TABLE "employees" ADD "invited_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "FK_invitations_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "invitations" ADD CONSTRAINT "FK_invitations_employee" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_invitations_employee"`);
        await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "FK_invitations_account"`);
        await queryRunner.query(`ALTER TABLE "employees" DROP COLUMN "invited_at"`);
        await queryRunner.query(`DROP INDEX "public"."invitations_one_live_per_employee_key"`);
        await queryRunner.query(`DROP INDEX "public"."invitations_employee_idx"`);
        await queryRunner.query(`DROP INDEX "public"."invitations_token_hash_key"`);
        await queryRunner.query(`DROP TABLE "invitations"`);
    }
}
