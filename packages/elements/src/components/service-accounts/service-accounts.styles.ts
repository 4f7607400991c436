/**
 * @module
 * Styles of `<gk-service-accounts>`; tokens (colours, radius, buttons, focus) come from
 * styles/tokens.styles.ts, the card and forms from styles/manage.styles.ts.
 */
import { css } from 'lit';

export default css`
  input,select{font:inherit;min-height:2.75rem;padding:.5rem .75rem;border:1px solid var(--_border);border-radius:var(--_radius-small);background:var(--_surface);color:var(--_text)}
  input[type='radio']{min-height:auto;accent-color:var(--_primary)}
  .credential{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr auto;gap:.5rem;align-items:center}
  .copy-id{margin-inline-start:.25rem}
  td:has(>.copy-id){white-space:nowrap}
  @media (max-width:40rem){.credential{grid-template-columns:1fr}}
`;
