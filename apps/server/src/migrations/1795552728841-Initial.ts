import { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795552728841 implements MigrationInterface {
    name = 'Initial1795552728841'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "accounts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5a7a02c20412299d198e097a8fe" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "setup_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_38e8b2c8ceb99dce3e046da7c57" UNIQUE ("token_hash"), CONSTRAINT "PK_c0126c8e0a96d2587921ef73160" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "audit_events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "actor_employee_id" uuid, "action" text NOT NULL, "target_type" text NOT NULL, "target_id" uuid, "data" jsonb NOT NULL DEFAULT '{}', "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "audit_events_account_at_idx" ON "audit_events"  ("account_id", "at") `);
        await queryRunner.query(`CREATE TABLE "identities" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "password_hash" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_e12e68fd99eabd42036b9b22469" UNIQUE ("email"), CONSTRAINT "PK_7b2f8cccf4ac6a2d7e6e9e8b1f6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "login_failures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "ip" text NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8211e8ec810fd7f976b98ce97a0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "login_failures_ip_idx" ON "login_failures"  ("ip", "at") `);
        await queryRunner.query(`CREATE INDEX "login_failures_email_idx" ON "login_failures"  ("email", "at") `);
        await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "identity_id" uuid NOT NULL, "account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, "user_agent" text, "ip" text, CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "sessions_identity_idx" ON "sessions"  ("identity_id") `);
        await queryRunner.query(`CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_a7838d2ba25be1342091b6695f1" UNIQUE ("token_hash"), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "refresh_tokens_session_idx" ON "refresh_tokens"  ("session_id") `);
        await queryRunner.query(`CREATE TABLE "signing_keys" ("kid" text NOT NULL, "secret" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_13362ac3e792c69417e1a53d355" PRIMARY KEY ("kid"))`);
        await queryRunner.query(`CREATE TABLE "departments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "name" text NOT NULL, "name_key" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "departments_account_name_key" UNIQUE ("account_id", "name_key"), CONSTRAINT "PK_839517a681a86bb84cbcc6a1e9d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "delete_challenges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "actor_employee_id" uuid NOT NULL, "subject_type" text NOT NULL, "subject_ids" uuid array NOT NULL, "code" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_29898b644c27fa578115e96a26a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TYPE "public"."employee_role" AS ENUM('ACCOUNT_ADMIN', 'USER_ADMIN', 'ADMIN', 'GENERAL')`);
        await queryRunner.query(`CREATE TYPE "public"."invitation_state" AS ENUM('NOT_INVITED', 'INVITED', 'ACCEPTED')`);
        await queryRunner.query(`CREATE TABLE "employees" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "identity_id" uuid NOT NULL, "email" text NOT NULL, "first_name" text NOT NULL, "surname" text NOT NULL, "is_active" boolean NOT NULL DEFAULT true, "department_id" uuid, "role" "public"."employee_role" NOT NULL, "invitation_state" "public"."invitation_state" NOT NULL DEFAULT 'NOT_INVITED', "last_login_at" TIMESTAMP WITH TIME ZONE, "terms_accepted_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "employees_account_identity_key" UNIQUE ("account_id", "identity_id"), CONSTRAINT "employees_account_email_key" UNIQUE ("account_id", "email"), CONSTRAINT "PK_b9535a98350d5b26e7eb0c26af4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "employees_department_idx" ON "employees"  ("department_id") `);
        await queryRunner.query(`CREATE INDEX "employees_account_name_idx" ON "employees"  ("account_id", "surname", "first_name") `);
        await queryRunner.query(`CREATE TYPE "public"."module_key" AS ENUM('JOBS', 'INCIDENTS')`);
        await queryRunner.query(`CREATE TYPE "public"."see_scope" AS ENUM('ALL', 'DEPARTMENT')`);
        await queryRunner.query(`CREATE TYPE "public"."edit_scope" AS ENUM('ALL', 'DEPARTMENT', 'NONE')`);
        await queryRunner.query(`CREATE TABLE "employee_module_permissions" ("employee_id" uuid NOT NULL, "module" "public"."module_key" NOT NULL, "account_id" uuid NOT NULL, "can_access" boolean NOT NULL DEFAULT false, "is_module_admin" boolean NOT NULL DEFAULT false, "see_scope" "public"."see_scope" NOT NULL DEFAULT 'DEPARTMENT', "edit_scope" "public"."edit_scope" NOT NULL DEFAULT 'NONE', "see_levels" smallint array NOT NULL DEFAULT '{}', "edit_levels" smallint array NOT NULL DEFAULT '{}', CONSTRAINT "PK_da8b27c55651650ff87d07eca12" PRIMARY KEY ("employee_id", "module"))`);
        await queryRunner.query(`CREATE TABLE "user_groups" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "name" text NOT NULL, "name_key" text NOT NULL, "description" text NOT NULL DEFAULT '', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "user_groups_account_name_key" UNIQUE ("account_id", "name_key"), CONSTRAINT "PK_ea7760dc75ee1bf0b09ab9b3289" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "user_group_members" ("group_id" uuid NOT NULL, "employee_id" uuid NOT NULL, "account_id" uuid NOT NULL, CONSTRAINT "PK_822019b10492a1f23bdd81eca3f" PRIMARY KEY ("group_id", "employee_id"))`);
        await queryRunner.query(`CREATE INDEX "user_group_members_employee_idx" ON "user_group_members"  ("employee_id") `);
        await queryRunner.query(`ALTER TABLE "audit_events" ADD CONSTRAINT "FK_6146db29a3560ce8f5f76384c9c" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_da0cf19646ff5c6e3c0284468e5" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "FK_f1ebb39bb1a5dbff2727cbbc93e" FOREIGN KEY ("identity_id") REFERENCES "identities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "departments" ADD CONSTRAINT "FK_de7d14f54bd4ff3d2e62450cca0" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "delete_challenges" ADD CONSTRAINT "FK_5e65d18a78032667b122321ebe5" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "employees" ADD CONSTRAINT "FK_8d40590e5c06e521ed077552c42" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "employees" ADD CONSTRAINT "FK_ea9912c441a9599a14b9fd64573" FOREIGN KEY ("identity_id") REFERENCES "identities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "employees" ADD CONSTRAINT "FK_678a3540f843823784b0fe4a4f2" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "employee_module_permissions" ADD CONSTRAINT "FK_8640f60d383357b809b5b6d23fe" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "employee_module_permissions" ADD CONSTRAINT "FK_697439cd3a8da83e488b261e23f" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_groups" ADD CONSTRAINT "FK_f290053651d3e6e548bb2b69ded" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_group_members" ADD CONSTRAINT "FK_07b1ed1b1c68d439b6d9ec5484b" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_group_members" ADD CONSTRAINT "FK_0ff9c9893bced1f20a11c992c16" FOREIGN KEY ("group_id") REFERENCES "user_groups"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "user_group_members" ADD CONSTRAINT "FK_214af0725b0606a0f88269f8196" FOREIGN KEY ("employee_id") REFERENCES "employees"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "user_group_members" DROP CONSTRAINT "FK_214af0725b0606a0f88269f8196"`);
        await queryRunner.query(`ALTER TABLE "user_group_members" DROP CONSTRAINT "FK_0ff9c9893bced1f20a11c992c16"`);
        await queryRunner.query(`ALTER TABLE "user_group_members" DROP CONSTRAINT "FK_07b1ed1b1c68d439b6d9ec5484b"`);
        await queryRunner.query(`ALTER TABLE "user_groups" DROP CONSTRAINT "FK_f290053651d3e6e548bb2b69ded"`);
        await queryRunner.query(`ALTER TABLE "employee_module_permissions" DROP CONSTRAINT "FK_697439cd3a8da83e488b261e23f"`);
        await queryRunner.query(`ALTER TABLE "employee_module_permissions" DROP CONSTRAINT "FK_8640f60d383357b809b5b6d23fe"`);
        await queryRunner.query(`ALTER TABLE "employees" DROP CONSTRAINT "FK_678a3540f843823784b0fe4a4f2"`);
        await queryRunner.query(`ALTER TABLE "employees" DROP CONSTRAINT "FK_ea9912c441a9599a14b9fd64573"`);
        await queryRunner.query(`ALTER TABLE "employees" DROP CONSTRAINT "FK_8d40590e5c06e521ed077552c42"`);
        await queryRunner.query(`ALTER TABLE "delete_challenges" DROP CONSTRAINT "FK_5e65d18a78032667b122321ebe5"`);
        await queryRunner.query(`ALTER TABLE "departments" DROP CONSTRAINT "FK_de7d14f54bd4ff3d2e62450cca0"`);
        await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_3bf308fa93da3966f9e76fcfba4"`);
        await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_f1ebb39bb1a5dbff2727cbbc93e"`);
        await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "FK_da0cf19646ff5c6e3c0284468e5"`);
        await queryRunner.query(`ALTER TABLE "audit_events" DROP CONSTRAINT "FK_6146db29a3560ce8f5f76384c9c"`);
        await queryRunner.query(`DROP INDEX "public"."user_group_members_employee_idx"`);
        await queryRunner.query(`DROP TABLE "user_group_members"`);
        await queryRunner.query(`DROP TABLE "user_groups"`);
        await queryRunner.query(`DROP TABLE "employee_module_permissions"`);
        await queryRunner.query(`DROP TYPE "public"."edit_scope"`);
        await queryRunner.query(`DROP TYPE "public"."see_scope"`);
        await queryRunner.query(`DROP TYPE "public"."module_key"`);
        await queryRunner.query(`DROP INDEX "public"."employees_account_name_idx"`);
        await queryRunner.query(`DROP INDEX "public"."employees_department_idx"`);
        await queryRunner.query(`DROP TABLE "employees"`);
        await queryRunner.query(`DROP TYPE "public"."invitation_state"`);
        await queryRunner.query(`DROP TYPE "public"."employee_role"`);
        await queryRunner.query(`DROP TABLE "delete_challenges"`);
        await queryRunner.query(`DROP TABLE "departments"`);
        await queryRunner.query(`DROP TABLE "signing_keys"`);
        await queryRunner.query(`DROP INDEX "public"."refresh_tokens_session_idx"`);
        await queryRunner.query(`DROP TABLE "refresh_tokens"`);
        await queryRunner.query(`DROP INDEX "public"."sessions_identity_idx"`);
        await queryRunner.query(`DROP TABLE "sessions"`);
        await queryRunner.query(`DROP INDEX "public"."login_failures_email_idx"`);
        await queryRunner.query(`DROP INDEX "public"."login_failures_ip_idx"`);
        await queryRunner.query(`DROP TABLE "login_failures"`);
        await queryRunner.query(`DROP TABLE "identities"`);
        await queryRunner.query(`DROP INDEX "public"."audit_events_account_at_idx"`);
        await queryRunner.query(`DROP TABLE "audit_events"`);
        await queryRunner.query(`DROP TABLE "setup_tokens"`);
        await queryRunner.query(`DROP TABLE "accounts"`);
    }

}
