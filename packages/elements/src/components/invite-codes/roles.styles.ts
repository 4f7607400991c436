/**
 * @module
 * Styles of the role picker (`<gk-invite-codes>`, `<gk-members>`).
 */
import { css } from 'lit';

export default css`
  fieldset.roles {
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    padding: 0.75rem 1rem;
    margin: 0;
    display: grid;
    gap: 0.35rem;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25rem;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2rem;
    cursor: pointer;
  }
  .check input {
    width: 1.15rem;
    height: 1.15rem;
    accent-color: var(--_primary);
  }
  .check.blocked {
    color: var(--_text-muted);
    cursor: not-allowed;
  }
`;
