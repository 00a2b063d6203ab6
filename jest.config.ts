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

/**
 * Dependencies published only as ES modules. Node 20.19+ loads them with require(esm);
 * Jest's module system does not, so swc compiles them to CommonJS like our own code.
 */
const ESM_ONLY = ['jose', 'content-disposition', 'cookie'];
const esmOnlyIgnorePattern = `node_modules/(?!(\\.pnpm/)?(${ESM_ONLY.join('|')})[@/])`;

const config: Config = {
  testTimeout: 60_000,
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
      transform: { '^.+\\.(t|j)s$': swc(false) },
      transformIgnorePatterns: [esmOnlyIgnorePattern],
      testMatch: ['<rootDir>/src/**/*.test.ts'],
      setupFiles: ['reflect-metadata'],
      testTimeout: 60_000,
    },
    {
      displayName: 'web',
      rootDir: '<rootDir>/apps/web',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.tsx?$': swc(true) },
      testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
      moduleNameMapper: {
        '^@gatehouse/access$': '<rootDir>/../../packages/access/src/index.ts',
        '^@gatehouse/contracts$': '<rootDir>/../../packages/contracts/src/index.ts',
        '\\.css$': '<rootDir>/src/test/style-stub.ts',
      },
      setupFilesAfterEnv: ['<rootDir>/src/test/setup.ts'],
    },
  ],
};

export default config;
