/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

/**
 * Browser tests run apart from the root suite (`pnpm --filter @gatehouse/e2e test`, which
 * the root `pnpm test` runs after it): they need the built server and web app and a Chromium,
 * and each file starts its own server. One worker: two cores drive one browser and one server well.
 */
const config: Config = {
  displayName: 'e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e.test.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' }, sourceMaps: 'inline' },
    ],
  },
  maxWorkers: 1,
  testTimeout: 180_000,
  // A failing step should say which step: Jest prints the test's own error, no retries.
  bail: false,
};

export default config;
