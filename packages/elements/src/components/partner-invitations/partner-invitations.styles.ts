/**
 * @module
 * Styles of `<gk-partner-invitations>`; the card, hints, tables and badges come from the
 * invitation elements' shared styles, tokens from styles/tokens.styles.ts.
 */
import { css } from 'lit';

export default css`
  :host{max-width:var(--gk-max-width,48rem)}
  h2:focus,[tabindex='-1']:focus{outline:none}
  /* Empty live regions stay in the page (so later text is announced) but out of the grid, so they add no gap. */
  .card>div:empty{position:absolute}
  h2:focus-visible{outline:3px solid var(--_focus)}
  form{display:grid;gap:.75rem}
  .field{display:grid;gap:.25rem}
  label[for]{font-weight:600}
  input[type='email']{font:inherit;min-height:2.75rem;padding:.5rem .75rem;border:1px solid var(--_border);border-radius:var(--_radius-small);background:var(--_surface);color:var(--_text)}
  fieldset{border:1px solid var(--_border);border-radius:var(--_radius-small);padding:.75rem 1rem;margin:0;display:grid;gap:.35rem}
  legend{font-weight:600;padding:0 .25rem}
  .check{display:flex;align-items:center;gap:.5rem;min-height:2.25rem;cursor:pointer}
  .check input{flex:none;width:1.15rem;height:1.15rem;margin:0;accent-color:var(--_primary)}
  .badge.used{color:var(--_success)}
  .badge.revoked{color:var(--_danger)}
  tbody th{font-weight:600;color:var(--_text);overflow-wrap:anywhere}
`;
