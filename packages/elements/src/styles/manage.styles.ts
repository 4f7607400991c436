/**
 * @module
 * The card, headings, hints, forms and panels of the elements where a group's admin manages
 * machine access with a once-only secret (`<gk-service-accounts>`, `<gk-webhooks>`), written once
 * for both; each element's own styles add the rest.
 */
import { css } from 'lit';

export default css`
  :host{display:block;max-width:var(--gk-max-width,64rem)}
  .card{background:var(--_surface);border:1px solid var(--_border);border-radius:var(--_radius);box-shadow:var(--_shadow);padding:calc(var(--_space)*1.5);display:grid;gap:var(--_space)}
  h2,h3,p{margin:0;line-height:1.25}
  h2{font-size:var(--_text-title)}
  h3{font-size:var(--_text-heading)}
  [tabindex='-1']:focus{outline:none}
  .hint{color:var(--_text-muted);font-size:var(--_text-small);font-weight:400}
  .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
  form,.panel{display:grid;gap:.75rem;padding:var(--_space);border:1px solid var(--_border);border-radius:var(--_radius-small);background:var(--_surface-muted)}
  label.field{display:grid;gap:.25rem;font-weight:600}
  fieldset{border:0;margin:0;padding:0;display:grid;gap:.35rem}
  legend{font-weight:600;padding:0;margin-bottom:.25rem}
  input[aria-invalid='true']{border-color:var(--_danger);box-shadow:0 0 0 1px var(--_danger)}
  .field-error{color:var(--_danger);font-size:var(--_text-small);font-weight:400}
  .actions{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
  .button.small{min-height:2.25rem;padding:.25rem .75rem;font-weight:500}
  .button.danger{background:var(--_danger);color:var(--_surface)}
  .warning{margin:0;padding:.75rem;border-radius:var(--_radius-small);background:var(--_danger-surface);color:var(--_text);border-inline-start:4px solid var(--_danger);font-weight:600}
  code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:var(--_text-small);padding:.4rem .5rem;border-radius:var(--_radius-small);background:var(--_surface);border:1px solid var(--_border);overflow-wrap:anywhere;user-select:all}
  .table-wrap{overflow-x:auto}
  table{border-collapse:collapse;width:100%;font-size:var(--_text-small)}
  th,td{text-align:start;padding:.5rem;border-bottom:1px solid var(--_border);vertical-align:top}
  td.actions{justify-content:flex-start}
`;
