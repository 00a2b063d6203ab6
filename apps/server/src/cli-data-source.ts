import 'reflect-metadata';
import { loadConfig } from './config';
import { ENTITIES } from './entities';
import { createDataSource } from './platform/db/data-source';

/** For the TypeORM CLI (migration:generate) only; needs DATABASE_URL pointing at a scratch database. */
const config = loadConfig();
if (config.databaseUrl === undefined) throw new Error('DATABASE_URL: required to generate migrations');
export default createDataSource({ kind: 'postgres', url: config.databaseUrl }, ENTITIES);
