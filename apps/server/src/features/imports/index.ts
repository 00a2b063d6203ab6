import { ImportErrorEntity } from './import-error.entity';
import { ImportJobEntity } from './import-job.entity';
import { ImportRowEntity } from './import-row.entity';

export { ImportResolver } from './import.resolver';
export { registerImportRoutes, IMPORT_PATHS } from './import.routes';
export { previewImport, type Importer } from './import-preview.commands';
export { claimImport, expireStalePreviews, IMPORT_PREVIEW_TTL_MS, runApply, recoverInterruptedImports } from './import-apply.commands';
export { settleRunningImports } from './import-runner';
export { exportEmployeesCsv, templateCsv } from './employee-export';
export { ImportFileError } from './csv-reader';
export { jobById, latestJobs, type ImportJobRow } from './import.queries';
export { importErrorsPage } from './import-errors.queries';

/** The tables this feature owns, for the data source. */
export const IMPORT_ENTITIES = [ImportJobEntity, ImportRowEntity, ImportErrorEntity];
