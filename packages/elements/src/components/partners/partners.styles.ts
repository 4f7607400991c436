/**
 * @module
 * Styles of `<gk-partners>`; tokens (colours, radius, buttons, focus) come from
 * styles/tokens.styles.ts.
 */
import { css } from 'lit';

// The embedded installations card sits under the settings' h3, so its title is a section's size.
// A button beside a field (.row>.button) lines up with the input, not the field's error line.
// Every box may shrink below its content's width (min-width:0 on grid and flex items): a file
// input's intrinsic width must not push the registration wizard wider than a 375 px phone.

export default css`
  :host{display:block;max-width:var(--gk-max-width,60rem)}
  *{min-width:0}
  .card{background:var(--_surface);border:1px solid var(--_border);border-radius:var(--_radius);box-shadow:var(--_shadow);padding:calc(var(--_space)*1.5);display:grid;gap:var(--_space)}
  h2,h3,h4,p{margin:0;line-height:1.25}
  h2{font-size:var(--_text-title)}
  h3{font-size:var(--_text-heading)}
  gk-partner-installations{--gk-font-size-title:1rem;--gk-font-size-heading:1rem}
  .hint{color:var(--_text-muted);font-size:var(--_text-small)}
  .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
  label.field{display:grid;gap:.25rem;font-weight:600}
  input{font:inherit;min-height:2.75rem;padding:.5rem .75rem;border:1px solid var(--_border);border-radius:var(--_radius-small);background:var(--_surface);color:var(--_text)}
  input[aria-invalid='true']{border-color:var(--_danger);box-shadow:0 0 0 1px var(--_danger)}
  .field-error{color:var(--_danger);font-size:var(--_text-small);font-weight:400;min-height:1.35em}
  form{display:grid;gap:var(--_space)}
  .row,.actions{display:flex;flex-wrap:wrap;gap:.75rem;align-items:start}
  .row>.field{flex:1 1 12rem}
  .row>.button{margin-top:calc(1.5em + .5rem)}
  .button.small{min-height:2.25rem;padding:.25rem .75rem;font-weight:500}
  .button.danger{background:var(--_danger);color:var(--_surface)}
  .table-wrap{overflow-x:auto}
  table{border-collapse:collapse;width:100%;font-size:var(--_text-small)}
  th,td{text-align:start;padding:.5rem;border-bottom:1px solid var(--_border);vertical-align:top}
  .badge{padding:0 .5rem;border-radius:1rem;border:1px solid}
  .badge.active{color:var(--_success)}
  .badge.deactivated{color:var(--_danger)}
  .tablist{display:flex;flex-wrap:wrap;gap:.25rem;border-bottom:1px solid var(--_border)}
  [role='tab']{font:inherit;min-height:2.75rem;padding:.5rem .9rem;border:0;border-bottom:3px solid transparent;background:none;color:var(--_text-muted);cursor:pointer}
  [role='tab'][aria-selected='true']{color:var(--_primary);border-bottom-color:var(--_primary);font-weight:600}
  [role='tab'][aria-disabled='true']{opacity:.6}
  img{max-height:4rem;vertical-align:middle}
  .small{max-height:1.5rem}
  .panel,section{display:grid;gap:.75rem}
  dl{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1rem;margin:0}
  dt{font-weight:600}
  dd{margin:0}
  ul{margin:0;padding-inline-start:1.25rem;display:grid;gap:.35rem}
  .danger{border:1px solid var(--_danger);border-radius:var(--_radius-small);padding:var(--_space)}
`;
