/**
 * @module
 * Styles of `<gk-webhooks>`; tokens (colours, radius, buttons, focus) come from
 * styles/tokens.styles.ts, the card and forms from styles/manage.styles.ts, the table → cards layout from styles/stack.styles.ts.
 */
import { css } from 'lit';

export default css`
  input{font:inherit;min-height:2.75rem;padding:.5rem .75rem;border:1px solid var(--_border);border-radius:var(--_radius-small);background:var(--_surface);color:var(--_text)}
  input[type='checkbox']{min-height:auto;accent-color:var(--_primary)}
  .credential{display:grid;grid-template-columns:minmax(6rem,max-content) 1fr auto;gap:.5rem;align-items:center}
  .failing,.failed{color:var(--_danger)}
  [part~='deliveries']{display:grid;gap:.5rem}
  @container gk-list (max-width:37.5rem){[part~='deliveries'] thead{display:none}}
  @media (max-width:40rem){.credential{grid-template-columns:1fr}}
`;
