/**
 * @module http/pages/styles
 * The pages' stylesheet, inlined under the CSP nonce (no external requests). Every colour, radius,
 * font and size reads a `--gk-*` token (branding/theme-tokens.ts), the same names and light
 * defaults as `@grantkit/elements`, so one theme (`GRANTKIT_THEME`, or a page's own CSS around
 * the elements) styles both the pages and the `<gk-consent>` card inside them.
 */
export const STYLES = `
:root { color-scheme: light;
  --_primary: var(--gk-color-primary, #1d5bd6); --_on-primary: var(--gk-color-on-primary, #ffffff);
  --_surface: var(--gk-color-surface, #ffffff); --_surface-muted: var(--gk-color-surface-muted, #f3f5f8);
  --_text: var(--gk-color-text, #16202c); --_muted: var(--gk-color-text-muted, #525d6b);
  --_border: var(--gk-color-border, #d3d9e1); --_danger: var(--gk-color-danger, #b42318);
  --_danger-surface: var(--gk-color-danger-surface, #fef0ee); --_focus: var(--gk-color-focus, #1d5bd6);
  --_radius: var(--gk-radius, 12px); --_radius-small: var(--gk-radius-small, 8px);
  --_font: var(--gk-font-family, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  --_mono: var(--gk-font-family-mono, ui-monospace, SFMono-Regular, Menlo, monospace);
  --_shadow: var(--gk-shadow, 0 1px 3px rgb(16 24 40 / 8%)); --_space: var(--gk-spacing, 1rem);
  --_text-title: var(--gk-font-size-title, 1.25rem); --_text-heading: var(--gk-font-size-heading, 1.125rem);
  --_text-small: var(--gk-font-size-small, 0.875rem); }
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: grid; place-items: start center; align-content: start; gap: var(--_space); padding: 2rem 1rem;
  font: 16px/1.5 var(--_font); color: var(--_text); background: var(--_surface-muted); }
.card { width: 100%; max-width: 34rem; background: var(--_surface); border: 1px solid var(--_border); border-radius: var(--_radius);
  padding: 1.5rem; box-shadow: var(--_shadow); }
/* Once <gk-consent> upgrades it draws its own card: the page's frame steps back. */
.card:has(gk-consent:defined) { background: none; border: 0; box-shadow: none; padding: 0; }
.card.wide { max-width: 60rem; }
.brand { width: 100%; max-width: 34rem; display: flex; align-items: center; justify-content: center; gap: .75rem; flex-wrap: wrap; }
.brand .party { display: inline-flex; align-items: center; gap: .5rem; font-weight: 600; min-width: 0; overflow-wrap: anywhere; }
.brand-logo { width: 32px; height: 32px; border-radius: var(--_radius-small); object-fit: contain; flex: none; }
.brand-logo.initials { display: grid; place-items: center; font-size: var(--_text-small); color: var(--_muted); background: var(--_surface); border: 1px solid var(--_border); }
.brand .connector { width: 1.5rem; border-top: 2px dotted var(--_border); }
pre { overflow: auto; background: var(--_surface-muted); padding: .5rem .75rem; border-radius: var(--_radius-small); font-size: .85rem; }
details.op { border-top: 1px solid var(--_border); padding: .5rem 0; }
h1 { font-size: var(--_text-title); line-height: 1.3; margin: 0 0 .5rem; }
h2 { font-size: var(--_text-heading); line-height: 1.3; margin: 1.25rem 0 .25rem; }
p { margin: .5rem 0; }
a { color: var(--_primary); text-underline-offset: 2px; }
.muted { color: var(--_muted); font-size: .925rem; }
.header { display: flex; gap: 1rem; align-items: center; margin-bottom: 1rem; }
.logo { width: 56px; height: 56px; border-radius: 10px; object-fit: contain; border: 1px solid var(--_border); background: var(--_surface); }
.logo.initials { display: grid; place-items: center; font-weight: 700; color: var(--_muted); }
.badge { display: inline-block; font-size: .8rem; padding: 0 .5rem; border-radius: 999px; background: var(--_surface-muted); color: var(--_muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
ul.permissions { padding-left: 1.25rem; }
fieldset { border: 1px solid var(--_border); border-radius: var(--_radius-small); padding: .75rem 1rem; margin: 1rem 0; }
legend { font-weight: 600; padding: 0 .25rem; }
label.option { display: flex; gap: .6rem; align-items: baseline; padding: .35rem 0; }
label.field { display: block; margin: .75rem 0 .25rem; font-weight: 600; }
input[type=email], input[type=password], input[type=text] { width: 100%; padding: .55rem .7rem; font: inherit; color: inherit;
  background: var(--_surface); border: 1px solid var(--_border); border-radius: var(--_radius-small); }
input[readonly] { background: var(--_surface-muted); color: var(--_muted); }
.actions { display: flex; gap: .75rem; margin-top: 1rem; flex-wrap: wrap; }
button, a.button { font: inherit; padding: .55rem 1.2rem; border-radius: var(--_radius-small); border: 1px solid var(--_border); background: var(--_surface); color: var(--_text); cursor: pointer; }
a.button { display: inline-block; text-decoration: none; overflow-wrap: anywhere; }
button.primary, a.button.primary { background: var(--_primary); border-color: var(--_primary); color: var(--_on-primary); font-weight: 600; }
button:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
.error { color: var(--_danger); background: var(--_danger-surface); border-radius: var(--_radius-small); padding: .5rem .75rem; }
.footer { display: flex; justify-content: space-between; align-items: center; margin-top: 1.25rem; font-size: var(--_text-small); color: var(--_muted); }
.linklike { border: 0; background: none; padding: 0; color: var(--_primary); text-decoration: underline; }
code { font-family: var(--_mono); font-size: .9em; }
`;
