/**
 * Import boundaries (issue 15, "One style, enforced"), checked by `npm run check:boundaries`:
 * - the domain is pure: it imports only itself (and node:crypto, for SHA-256);
 * - the contract (src/contract) republishes pure domain modules and imports nothing else of the server;
 * - the web app imports of the server only the contract;
 * - no import cycles anywhere;
 * - the HTTP layer builds no SQL: queries live in repositories and use cases.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: split the shared part into its own module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-pure',
      severity: 'error',
      comment: 'src/domain holds the rules without I/O: it may import only other domain modules (and node:crypto).',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', '^(node:)?crypto$'] },
    },
    {
      name: 'contract-imports-only-domain',
      severity: 'error',
      comment: 'src/contract is shared with the web app: pure types, lists and schemas, over the pure domain only.',
      from: { path: '^src/contract/' },
      to: { path: '^src/', pathNot: ['^src/contract/', '^src/domain/'] },
    },
    {
      name: 'contract-no-node',
      severity: 'error',
      comment: 'The contract runs in the browser too.',
      from: { path: '^src/(contract|domain)/' },
      to: { dependencyTypes: ['core'], pathNot: ['^(node:)?crypto$'] },
    },
    {
      name: 'web-imports-only-the-contract',
      severity: 'error',
      comment:
        'The web app knows the server only through src/contract (imported as @contract/*). The record checks and the Merkle proofs are the one exception: dependency-free modules written to run anywhere (server, offline verifier, browser), so a dossier is checked in the browser by the very code /verify runs.',
      from: { path: '^web/' },
      to: {
        path: '^(src|test|bench|scripts)/',
        pathNot: '^src/contract/|^src/domain/audit/(record-checks|merkle)\\.mjs$',
      },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing (a missing file, or an alias the check does not know).',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'server-not-into-web-or-tests',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(web|test|bench)/' },
    },
    {
      name: 'http-builds-no-sql',
      severity: 'error',
      comment:
        'Routes authenticate, validate, call a use case or a repository, and present: the queries live in src/db/repositories or src/app, so src/http imports neither Kysely nor its database handle types.',
      from: { path: '^src/http/' },
      to: { path: ['(^|/)node_modules/kysely/', '^src/db/kysely\\.ts$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Packages stay in the graph as leaves (doNotFollow), so rules can name them; built output does not.
    exclude: { path: '^(web/)?dist/' },
    tsPreCompilationDeps: true,
    // The web app's tsconfig carries the @contract/* alias; the server's imports are relative.
    tsConfig: { fileName: 'tsconfig.boundaries.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.d.ts'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
