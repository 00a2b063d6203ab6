import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * External users get terms of use of their own, versioned apart from the employees': they reach
 * their assigned items through an emailed link and a code, not an account login, so the
 * employees' text (passwords, sessions, everything the account holds) is not what they agree to.
 * What an external user accepted so far was the employees' text: they accept theirs afresh.
 */
export class ExternalUserTerms1796620000001 implements MigrationInterface {
    name = 'ExternalUserTerms1796620000001'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "accounts" ADD "external_terms_text" text`);
        await queryRunner.query(`ALTER TABLE "accounts" ADD "external_terms_version" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`ALTER TABLE "accounts" ADD "external_terms_published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
        await queryRunner.query(`UPDATE "external_users" SET "terms_accepted_version" = NULL, "terms_accepted_at" = NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "external_terms_published_at"`);
        await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "external_terms_version"`);
        await queryRunner.query(`ALTER TABLE "accounts" DROP COLUMN "external_terms_text"`);
    }
}
