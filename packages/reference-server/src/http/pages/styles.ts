/**
 * @module http/pages/styles
 * The pages' stylesheet, inlined under the CSP nonce (no external requests).
 */
export const STYLES = `
:root { color-scheme: light; --primary: #1d5bd6; --text: #16202c; --muted: #525d6b; --border: #d3d9e1; --danger: #b42318; }
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: grid; place-items: start center; padding: 2rem 1rem;
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); background: #f3f5f8; }
.card { width: 100%; max-width: 34rem; background: #fff; border: 1px solid var(--border); border-radius: 12px;
  padding: 1.5rem; box-shadow: 0 1px 3px rgba(16, 24, 40, .08); }
/* Once <gk-consent> upgrades it draws its own card: the page's frame steps back. */
.card:has(gk-consent:defined) { background: none; border: 0; box-shadow: none; padding: 0; }
.card.wide { max-width: 60rem; }
pre { overflow: auto; background: #f3f5f8; padding: .5rem .75rem; border-radius: 8px; font-size: .85rem; }
details.op { border-top: 1px solid var(--border); padding: .5rem 0; }
h1 { font-size: 1.35rem; margin: 0 0 .5rem; }
p { margin: .5rem 0; }
.muted { color: var(--muted); font-size: .925rem; }
.header { display: flex; gap: 1rem; align-items: center; margin-bottom: 1rem; }
.logo { width: 56px; height: 56px; border-radius: 10px; object-fit: contain; border: 1px solid var(--border); background: #fff; }
.logo.initials { display: grid; place-items: center; font-weight: 700; color: var(--muted); }
.badge { display: inline-block; font-size: .8rem; padding: 0 .5rem; border-radius: 999px; background: #eef2f7; color: var(--muted); }
ul.permissions { padding-left: 1.25rem; }
fieldset { border: 1px solid var(--border); border-radius: 8px; padding: .75rem 1rem; margin: 1rem 0; }
legend { font-weight: 600; padding: 0 .25rem; }
label.option { display: flex; gap: .6rem; align-items: baseline; padding: .35rem 0; }
label.field { display: block; margin: .75rem 0 .25rem; font-weight: 600; }
input[type=email], input[type=password] { width: 100%; padding: .55rem .7rem; font: inherit; border: 1px solid var(--border); border-radius: 8px; }
.actions { display: flex; gap: .75rem; margin-top: 1rem; flex-wrap: wrap; }
button { font: inherit; padding: .55rem 1.2rem; border-radius: 8px; border: 1px solid var(--border); background: #fff; cursor: pointer; }
button.primary { background: var(--primary); border-color: var(--primary); color: #fff; }
button:focus-visible, input:focus-visible, a:focus-visible { outline: 3px solid var(--primary); outline-offset: 2px; }
.error { color: var(--danger); background: #fef0ee; border-radius: 8px; padding: .5rem .75rem; }
.footer { display: flex; justify-content: space-between; align-items: center; margin-top: 1.25rem; font-size: .875rem; color: var(--muted); }
.linklike { border: 0; background: none; padding: 0; color: var(--primary); text-decoration: underline; }
code { font-size: .9em; }
`;
