/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

/**
 * One Jest run covers every package. swc compiles TypeScript with decorator
 * metadata (TypeORM and type-graphql read it) into CommonJS; ts-jest cannot be
 * used because the repository's `tsc` is TypeScript 7, which has no JS API.
 */
const swc = (tsx: boolean) =>
  [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', decorators: true, tsx },
        transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
        target: 'es2022',
        keepClassNames: true,
      },
      module: { type: 'commonjs' },
      sourceMaps: 'inline',
    },
  ] as [string, Record<string, unknown>];

const config: Config = {
  projects: [
    {
      displayName: 'access',
      rootDir: '<rootDir>/packages/access',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': swc(false) },
      testMatch: ['<rootDir>/src/**/*.test.ts'],
    },
    {
      displayName: 'contracts',
      rootDir: '<rootDir>/packages/contracts',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': swc(false) },
      testMatch: ['<rootDir>/src/**/*.test.ts'],
    },
    {
      displayName: 'server',
      rootDir: '<rootDir>/apps/server',
      testEnvironment: 'node',
      transform: { '^.+\\.ts$': swc(false) },
      testMatch: ['<rootDir>/src/**/*.test.ts'],
      setupFiles: ['reflect-metadata'],
      testTimeout: 60_000,
    },
  ],
};

export default config;
