import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * API tokens for client apps (stored only as hashes), and token actors: audit events and
 * delete challenges name either an employee or an API token.
 */
export class ApiTokens1796530000000 implements MigrationInterface {
    name = 'ApiTokens1796530000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."api_token_role" AS ENUM('USER_ADMIN', 'ADMIN', 'GENERAL')`);
        await queryRunner.query(`CREATE TABLE "api_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "name" text NOT NULL, "role" "public"."api_token_role" NOT NULL, "token_hash" text NOT NULL, "created_by_employee_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_by_employee_id" uuid, CONSTRAINT "api_tokens_token_hash_key" UNIQUE ("token_hash"), CONSTRAINT "PK_api_tokens" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "api_tokens_account_created_idx" ON "api_tokens" ("account_id", "created_at", "id") `);
        await queryRunner.query(`ALTER TABLE "api_tokens" ADD CONSTRAINT "FK_api_tokens_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "api_tokens" ADD CONSTRAINT "FK_api_tokens_created_by" FOREIGN KEY ("created_by_employee_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "api_tokens" ADD CONSTRAINT "FK_api_tokens_revoked_by" FOREIGN KEY ("revoked_by_employee_id") REFERENCES "employees"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "audit_events" ADD "actor_api_token_id" uuid`);
        await queryRunner.query(`CREATE INDEX "audit_events_actor_api_token_idx" ON "audit_events" ("actor_api_token_id") WHERE "actor_api_token_id" IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "audit_events" ADD CONSTRAINT "FK_audit_events_actor_api_token" FOREIGN KEY ("actor_api_token_id") REFERENCES "api_tokens"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "delete_challenges" ALTER COLUMN "actor_employee_id" DROP NOT NULL`);
        await queryRunner.query(`ALTER TABLE "delete_challenges" ADD "actor_api_token_id" uuid`);
        await queryRunner.query(`ALTER TABLE "delete_challenges" ADD CONSTRAINT "FK_delete_challenges_actor_api_token" FOREIGN KEY ("actor_api_token_id") REFERENCES "api_tokens"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "delete_challenges" DROP CONSTRAINT "FK_delete_challenges_actor_api_token"`);
        await queryRunner.query(`DELETE FROM "delete_challenges" WHERE "actor_employee_id" IS NULL`);
        await queryRunner.query(`ALTER TABLE "delete_challenges" DROP COLUMN "actor_api_token_id"`);
        await queryRunner.query(`ALTER TABLE "delete_challenges" ALTER COLUMN "actor_employee_id" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "FK_audit_events_actor_api_token"`);
        await queryRunner.query(`DROP INDEX "public"."audit_events_actor_api_token_idx"`);
        await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "actor_api_token_id"`);
        await queryRunner.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_api_tokens_revoked_by"`);
        await queryRunner.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_api_tokens_created_by"`);
        await queryRunner.query(`ALTER TABLE "api_tokens" DROP CONSTRAINT "FK_api_tokens_account"`);
        await queryRunner.query(`DROP INDEX "public"."api_tokens_account_created_idx"`);
        await queryRunner.query(`DROP TABLE "api_tokens"`);
        await queryRunner.query(`DROP TYPE "public"."api_token_role"`);
    }
}
