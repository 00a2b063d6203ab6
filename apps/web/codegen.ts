import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the app's operations, from the server's committed schema. */
const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/features/**/*.graphql'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Enums as const objects: the app lists their values (filters, URL parsing) from the schema.
        enumType: 'const',
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
        defaultScalarType: 'unknown',
        scalars: { DateTimeISO: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
