import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The external users' portal: item assignments of external users (each with its link's token
 * hash), one-time codes and verified browsers (hashes only), ticks by external users, and the
 * external user's last verification and accepted terms version.
 */
export class Portal1796580000000 implements MigrationInterface {
    name = 'Portal1796580000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "item_external_assignments" ("item_id" uuid NOT NULL, "external_user_id" uuid NOT NULL, "account_id" uuid NOT NULL, "token_hash" text NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_item_external_assignments" PRIMARY KEY ("item_id", "external_user_id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "item_external_assignments_token_key" ON "item_external_assignments"  ("token_hash") `);
        await queryRunner.query(`CREATE INDEX "item_external_assignments_external_user_idx" ON "item_external_assignments"  ("external_user_id", "item_id") `);
        await queryRunner.query(`CREATE TABLE "portal_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "external_user_id" uuid NOT NULL, "code_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_portal_codes" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "portal_codes_external_user_idx" ON "portal_codes"  ("external_user_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "portal_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "external_user_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_portal_sessions" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "portal_sessions_external_user_idx" ON "portal_sessions"  ("external_user_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "portal_sessions_token_key" ON "portal_sessions"  ("token_hash") `);
        await queryRunner.query(`ALTER TABLE "external_users" ADD "last_verified_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "external_users" ADD "terms_accepted_version" integer`);
        await queryRunner.query(`ALTER TABLE "external_users" ADD "terms_accepted_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "item_checklist_entries" ADD "ticked_by_external_user_id" uuid`);
        await queryRunner.query(`CREATE INDEX "item_checklist_entries_ticked_by_external_idx" ON "item_checklist_entries"  ("ticked_by_external_user_id") `);
        await queryRunner.query(`ALTER TABLE "item_checklist_entries" ADD CONSTRAINT "item_checklist_entries_one_ticker_check" CHECK ("ticked_by_employee_id" IS NULL OR "ticked_by_external_user_id" IS NULL)`);
        await queryRunner.query(`ALTER TABLE "item_checklist_entries" ADD CONSTRAINT "FK_item_checklist_entries_ticked_by_external" FOREIGN KEY ("ticked_by_external_user_id") REFERENCES "external_users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "item_external_assignments" ADD CONSTRAINT "FK_item_external_assignments_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "item_external_assignments" ADD CONSTRAINT "FK_item_external_assignments_item" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "item_external_assignments" ADD CONSTRAINT "FK_item_external_assignments_external_user" FOREIGN KEY ("external_user_id") REFERENCES "external_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "portal_codes" ADD CONSTRAINT "FK_portal_codes_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "portal_codes" ADD CONSTRAINT "FK_portal_codes_external_user" FOREIGN KEY ("external_user_id") REFERENCES "external_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "portal_sessions" ADD CONSTRAINT "FK_portal_sessions_account" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "portal_sessions" ADD CONSTRAINT "FK_portal_sessions_external_user" FOREIGN KEY ("external_user_id") REFERENCES "external_users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "portal_sessions" DROP CONSTRAINT "FK_portal_sessions_external_user"`);
        await queryRunner.query(`ALTER TABLE "portal_sessions" DROP CONSTRAINT "FK_portal_sessions_account"`);
        await queryRunner.query(`ALTER TABLE "portal_codes" DROP CONSTRAINT "FK_portal_codes_external_user"`);
        await queryRunner.query(`ALTER TABLE "portal_codes" DROP CONSTRAINT "FK_portal_codes_account"`);
        await queryRunner.query(`ALTER TABLE "item_external_assignments" DROP CONSTRAINT "FK_item_external_assignments_external_user"`);
        await queryRunner.query(`ALTER TABLE "item_external_assignments" DROP CONSTRAINT "FK_item_external_assignments_item"`);
        await queryRunner.query(`ALTER TABLE "item_external_assignments" DROP CONSTRAINT "FK_item_external_assignments_account"`);
        await queryRunner.query(`ALTER TABLE "item_checklist_entries" DROP CONSTRAINT "FK_item_checklist_entries_ticked_by_external"`);
        await queryRunner.query(`ALTER TABLE "item_checklist_entries" DROP CONSTRAINT "item_checklist_entries_one_ticker_check"`);
        await queryRunner.query(`DROP INDEX "public"."item_checklist_entries_ticked_by_external_idx"`);
        await queryRunner.query(`ALTER TABLE "item_checklist_entries" DROP COLUMN "ticked_by_external_user_id"`);
        await queryRunner.query(`ALTER TABLE "external_users" DROP COLUMN "terms_accepted_at"`);
        await queryRunner.query(`ALTER TABLE "external_users" DROP COLUMN "terms_accepted_version"`);
        await queryRunner.query(`ALTER TABLE "external_users" DROP COLUMN "last_verified_at"`);
        await queryRunner.query(`DROP INDEX "public"."portal_sessions_token_key"`);
        await queryRunner.query(`DROP INDEX "public"."portal_sessions_external_user_idx"`);
        await queryRunner.query(`DROP TABLE "portal_sessions"`);
        await queryRunner.query(`DROP INDEX "public"."portal_codes_external_user_idx"`);
        await queryRunner.query(`DROP TABLE "portal_codes"`);
        await queryRunner.query(`DROP INDEX "public"."item_external_assignments_external_user_idx"`);
        await queryRunner.query(`DROP INDEX "public"."item_external_assignments_token_key"`);
        await queryRunner.query(`DROP TABLE "item_external_assignments"`);
    }

}
