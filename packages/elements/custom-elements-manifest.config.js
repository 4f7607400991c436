// @ts-check
/**
 * `npm run manifest`: custom-elements.json from the JSDoc of each `*.component.ts` (the class
 * JSDoc is the API contract: @summary, @slot, @event, @csspart, @cssproperty), plus the tag names
 * registered in each `*.define.ts`.
 */
export default {
  globs: ['src/base/*.ts', 'src/components/**/*.ts', 'src/events/*.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts', '**/i18n/**'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
};
