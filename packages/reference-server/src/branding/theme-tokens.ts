/**
 * @module branding/theme-tokens
 * The public theming surface the server's pages share with `@grantkit/elements`: the same
 * `--gk-*` custom property names (packages/elements/src/styles/tokens.styles.ts and the components' styles). The list is
 * kept here rather than imported at run time; theme-tokens.test.ts fails when the two differ.
 */
export const THEME_TOKENS = [
  'color-primary',
  'color-on-primary',
  'color-surface',
  'color-surface-muted',
  'color-text',
  'color-text-muted',
  'color-border',
  'color-danger',
  'color-danger-surface',
  'color-success',
  'color-focus',
  'radius',
  'radius-small',
  'font-family',
  'font-family-mono',
  'shadow',
  'spacing',
  'font-size-title',
  'font-size-heading',
  'font-size-small',
  'transition-duration',
  'max-width',
] as const;

export type ThemeToken = (typeof THEME_TOKENS)[number];

/** `--gk-<token>`: the custom property a page (or an operator's theme) sets. */
export const cssProperty = (token: ThemeToken): `--gk-${ThemeToken}` => `--gk-${token}`;
