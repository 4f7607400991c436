/**
 * The server's layer rules (docs/ARCHITECTURE.md draws them), checked by `npm test`:
 * routes → domain → ports it owns; storage implements the ports; nothing points back up.
 * Tests and test fixtures may reach anything.
 */
const NOT_TEST = '\\.test\\.ts$|^src/testing/|^src/oauth/testing\\.ts$';

/** Files under http/routes/ that are not route modules: schemas and OpenAPI descriptions they share. */
const ROUTE_HELPERS = '(-schemas|-openapi)\\.ts$';

/** Every rule is an error: the build fails on the first import that points the wrong way. */
const rule = (name, comment, from, to) => ({ name, comment, severity: 'error', from, to });

module.exports = {
  forbidden: [
    rule(
      'domain-is-innermost',
      'The domain owns its entities and ports; it imports nothing from HTTP, OAuth transport, mail, the CLI or storage.',
      { path: '^src/domain/', pathNot: NOT_TEST },
      { path: '^src/(http|oauth|mail|cli|storage|seed|webhooks)/|^src/(server|services|listen|config)\\.ts$' },
    ),
    rule(
      'storage-below-http',
      'Storage implements the domain ports; it never reaches up into HTTP, OAuth or mail.',
      { path: '^src/storage/', pathNot: NOT_TEST },
      { path: '^src/(http|oauth|mail|cli)/' },
    ),
    rule('oauth-not-on-http', 'The OAuth endpoints are transport-neutral: http/ adapts them, not the other way round.', { path: '^src/oauth/', pathNot: NOT_TEST }, { path: '^src/http/' }),
    rule(
      'no-route-imports-a-route',
      'Route modules share through http/ or the domain, never through each other (routes/index.ts lists them).',
      { path: '^src/http/routes/', pathNot: `${NOT_TEST}|^src/http/routes/index\\.ts$` },
      { path: '^src/http/routes/', pathNot: ROUTE_HELPERS },
    ),
    rule('no-circular', 'No import cycles.', {}, { circular: true }),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'], conditionNames: ['source', 'import', 'default'] },
  },
};
