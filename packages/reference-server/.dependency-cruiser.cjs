/**
 * The server's layer rules (docs/ARCHITECTURE.md draws them), checked by `npm test`:
 * routes → domain → ports it owns; storage implements the ports; nothing points back up.
 * Tests and test fixtures may reach anything.
 */
const NOT_TEST = '\\.test\\.ts$|^src/testing/|^src/oauth/testing\\.ts$';

/** Files under http/routes/ that are not route modules: schemas and OpenAPI descriptions they share. */
const ROUTE_HELPERS = '(-schemas|-openapi)\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-innermost',
      comment: 'The domain owns its entities and ports; it imports nothing from HTTP, OAuth transport, mail, the CLI or storage.',
      severity: 'error',
      from: { path: '^src/domain/', pathNot: NOT_TEST },
      to: { path: '^src/(http|oauth|mail|cli|storage|seed)/|^src/(server|services|listen|config)\\.ts$' },
    },
    {
      name: 'storage-below-http',
      comment: 'Storage implements the domain ports; it never reaches up into HTTP, OAuth or mail.',
      severity: 'error',
      from: { path: '^src/storage/', pathNot: NOT_TEST },
      to: { path: '^src/(http|oauth|mail|cli)/' },
    },
    {
      name: 'oauth-not-on-http',
      comment: 'The OAuth endpoints are transport-neutral: http/ adapts them, not the other way round.',
      severity: 'error',
      from: { path: '^src/oauth/', pathNot: NOT_TEST },
      to: { path: '^src/http/' },
    },
    {
      name: 'no-route-imports-a-route',
      comment: 'Route modules share through http/ or the domain, never through each other (routes/index.ts lists them).',
      severity: 'error',
      from: { path: '^src/http/routes/', pathNot: `${NOT_TEST}|^src/http/routes/index\\.ts$` },
      to: { path: '^src/http/routes/', pathNot: ROUTE_HELPERS },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'], conditionNames: ['source', 'import', 'default'] },
  },
};
