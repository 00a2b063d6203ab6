import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Staged import rows keep the stored permissions the preview decided, not the file's raw
 * permission cells: the cells' column has been written empty since, and goes.
 */
export class DropImportRowCells1796670000000 implements MigrationInterface {
    name = 'DropImportRowCells1796670000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "employee_import_rows" DROP COLUMN "permissions"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "employee_import_rows" ADD "permissions" jsonb NOT NULL DEFAULT '{}'`);
    }
}
