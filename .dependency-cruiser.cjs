/**
 * The server's module boundaries, checked by `pnpm lint` (dependency-cruiser):
 * - platform/ is infrastructure: it imports no feature and nothing of the composition root;
 * - a feature reaches another feature only through that feature's index.ts;
 * - no import cycles, type-only imports included (they still couple the modules).
 */
const SRC = '^apps/server/src/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'platform-imports-no-feature',
      comment: 'platform/ holds no business rules: features and the composition root hand it what it needs.',
      severity: 'error',
      from: { path: `${SRC}platform/` },
      to: { path: `${SRC}(features/|[^/]+\\.ts$)`, pathNot: `${SRC}config\\.ts$` },
    },
    {
      name: 'features-through-index',
      comment: "Another feature's files are private: import its index.ts.",
      severity: 'error',
      from: { path: `${SRC}features/([^/]+)/` },
      to: { path: `${SRC}features/([^/]+)/(?!index\\.ts$)`, pathNot: `${SRC}features/$1/` },
    },
    {
      name: 'outside-through-index',
      comment: 'The composition root, scripts and test helpers use a feature through its index.ts too.',
      severity: 'error',
      from: { path: SRC, pathNot: `${SRC}features/` },
      to: { path: `${SRC}features/[^/]+/(?!index\\.ts$)` },
    },
    {
      name: 'no-cycles',
      comment: 'Row types belong to the queries; GraphQL types and commands import them in one direction.',
      severity: 'error',
      from: { path: SRC },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['/dist/', '/migrations/'] },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
