/**
 * @module
 * Styles shared by the invitation elements (forms, role picker, tables, live regions).
 */
import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: calc(var(--_space) * 1.5);
    display: grid;
    gap: var(--_space);
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: var(--_text-title);
  }
  h3 {
    font-size: var(--_text-heading);
  }
  p {
    margin: 0;
  }
  .hint {
    color: var(--_text-muted);
    font-size: var(--_text-small);
  }
  label.field {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
  }
  input[type='text'],
  input[type='number'],
  select {
    font: inherit;
    min-height: 2.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    background: var(--_surface);
    color: var(--_text);
  }
  input[aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 1px var(--_danger);
  }
  .field-error {
    color: var(--_danger);
    font-size: var(--_text-small);
    font-weight: 400;
    min-height: 1.35em;
  }
  .ok {
    color: var(--_success);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: end;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .button.small {
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    font-weight: 500;
  }
  code {
    font-family: var(--gk-font-family-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    overflow-wrap: anywhere;
  }
`;
