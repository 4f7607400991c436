/**
 * @module
 * Styles of `<gk-partner-installations>`; the card, hints, buttons, tables come from the
 * invitation elements' shared styles, tokens (light and dark, reduced motion) from
 * styles/tokens.styles.ts.
 */
import { css } from 'lit';

// The Link button lines up with the select: below the label's line (1.5em and the field's gap), not
// with the bottom of the reserved error line.

export default css`
  :host{max-width:var(--gk-max-width,48rem)}
  h2:focus,[tabindex='-1']:focus{outline:none}
  h2:focus-visible,th:focus-visible{outline:3px solid var(--_focus)}
  /* Empty live regions stay in the page (so later text is announced) but out of the grid, so they add no gap. */
  .card>div:empty{position:absolute}
  .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
  .field{display:grid;gap:.25rem}
  label[for]{font-weight:600}
  select{min-width:14rem}
  form.row{align-items:start}
  form.row>.field:last-child{padding-top:calc(1.5em + .25rem)}
  select[aria-invalid='true']{border-color:var(--_danger);box-shadow:0 0 0 1px var(--_danger)}
  tbody th{font-weight:600;color:var(--_text);overflow-wrap:anywhere}
  td.actions{white-space:normal}
  .confirm{display:grid;gap:.5rem;padding:.5rem .75rem;border:1px solid var(--_danger);border-radius:var(--_radius-small);background:var(--_surface-muted)}
  .button.danger{background:var(--_danger);color:var(--_surface);border-color:var(--_danger)}
`;
