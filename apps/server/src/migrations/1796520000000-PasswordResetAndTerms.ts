import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Forgotten-password links (hashes only) and versioned terms of use per account. People who
 * had already accepted the terms accepted the built-in text, which is version 1.
 */
export class PasswordResetAndTerms1796520000000 implements MigrationInterface {
    name = 'PasswordResetAndTerms1796520000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "password_reset_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "superseded_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_password_reset_tokens" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "password_reset_tokens_hash_key" ON "password_reset_tokens" ("token_hash") `);
        await queryRunner.query(`CREATE INDEX "password_reset_tokens_live_idx" ON "password_reset_tokens" ("email") WHERE "used_at" IS NULL AND "superseded_at" IS NULL`);
        await queryRunner.query(`ALTER TABLE "accounts" ADD "terms_text" text`);
        await queryRunner.query(`ALTER TABLE "accounts" ADD "terms_version" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`ALTER TABLE "accounts" ADD "terms_published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
        await queryRunner.query(`ALTER TABLE "employees" ADD "terms_accepted_version" integer`);
        await queryRunner.query(`UPDATE "employees" SET "terms_accepted_version" = 1 WHERE "terms_accepted_at" IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "employees" DROP COLUMN "terms_accepted_version"`);
        await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "terms_published_at"`);
        await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "terms_version"`);
        await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "terms_text"`);
        await queryRunner.query(`DROP INDEX "public"."password_reset_tokens_live_idx"`);
        await queryRunner.query(`DROP INDEX "public"."password_reset_tokens_hash_key"`);
        await queryRunner.query(`DROP TABLE "password_reset_tokens"`);
    }
}
