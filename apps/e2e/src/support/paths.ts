import path from 'node:path';

/** The repository root (apps/e2e/src/support → ../../../..). */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');

/** What `pnpm start` runs, after `pnpm run build`. */
export const SERVER_MAIN = path.join(REPO_ROOT, 'apps/server/dist/main.js');

/** The built admin app the server serves at `/`. */
export const WEB_INDEX = path.join(REPO_ROOT, 'apps/web/dist/index.html');

/** Screenshots and server logs of the last run (gitignored). */
export const ARTIFACTS_ROOT = path.join(REPO_ROOT, '.e2e-artifacts');
