import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Token buckets for every throttle (replacing the per-failure login rows, which could not be
 * consumed atomically), and a wrong-number counter on delete challenges.
 */
export class ThrottlesAndChallengeTries1796202922279 implements MigrationInterface {
    name = 'ThrottlesAndChallengeTries1796202922279'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "throttle_buckets" ("key" text NOT NULL, "tokens" double precision NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL, "full_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_36e08342fdd33ed74c58e52153d" PRIMARY KEY ("key"))`);
        await queryRunner.query(`CREATE INDEX "throttle_buckets_full_at_idx" ON "throttle_buckets"  ("full_at") `);
        await queryRunner.query(`ALTER TABLE "delete_challenges" ADD "failed_attempts" smallint NOT NULL DEFAULT '0'`);
        await queryRunner.query(`DROP TABLE "login_failures"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "login_failures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "ip" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8211e8ec810fd7f976b98ce97a0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "login_failures_ip_idx" ON "login_failures"  ("ip", "at") `);
        await queryRunner.query(`CREATE INDEX "login_failures_email_idx" ON "login_failures"  ("email", "at") `);
        await queryRunner.query(`ALTER TABLE "delete_challenges" DROP COLUMN "failed_attempts"`);
        await queryRunner.query(`DROP INDEX "public"."throttle_buckets_full_at_idx"`);
        await queryRunner.query(`DROP TABLE "throttle_buckets"`);
    }
}
