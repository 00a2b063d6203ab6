import { existsSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The server's generated schema at the repo root is the truth. The draft beside
 * this file only lets the web app compile before that schema exists.
 */
const rootSchema = '../../schema.graphql';
const schema = existsSync(rootSchema) ? rootSchema : './schema.draft.graphql';

const config: CodegenConfig = {
  schema,
  documents: ['src/features/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        nonOptionalTypename: false,
        skipTypename: false,
        scalars: { DateTimeISO: 'string', DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
