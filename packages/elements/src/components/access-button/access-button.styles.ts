/**
 * @module
 * Styles of `<gk-access-button>`; tokens come from styles/tokens.styles.ts.
 */
import { css } from 'lit';

export default css`
  :host {
    display: inline-block;
  }
  .button {
    width: 100%;
  }
  .status p {
    margin: 0.5rem 0 0;
    font-size: var(--_text-small);
  }
  .progress {
    color: var(--_text-muted);
  }
  .status-approved {
    color: var(--_success);
    font-weight: 600;
  }
  .error {
    padding: 0.5rem 0.75rem;
  }
`;
