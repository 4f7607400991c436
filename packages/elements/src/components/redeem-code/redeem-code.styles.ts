/**
 * @module
 * Styles of `<gk-redeem-code>`; tokens come from styles/tokens.styles.ts.
 */
import { css } from 'lit';

export default css`
  :host {
    max-width: var(--gk-max-width, 34rem);
  }
  form {
    display: grid;
    gap: 0.35rem;
  }
  input {
    font-family: var(--gk-font-family-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    letter-spacing: 0.02em;
    width: 100%;
  }
  .actions {
    margin-top: 0.5rem;
  }
  .result {
    display: grid;
    gap: 0.5rem;
    padding: var(--_space);
    border-radius: var(--_radius-small);
    background: color-mix(in srgb, var(--_success) 10%, var(--_surface));
    border: 1px solid color-mix(in srgb, var(--_success) 40%, transparent);
  }
  .result-title {
    color: var(--_success);
  }
  /* Nothing changed (already a member): neutral, not a success. */
  .result.unchanged {
    background: var(--_surface-muted);
    border-color: var(--_border);
  }
  .result.unchanged .result-title {
    color: inherit;
  }
  .result-title:focus {
    outline: none;
  }
  .result-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
`;
