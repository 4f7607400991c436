/**
 * @module
 * Styles of the invitation tables (`<gk-invite-code-list>`, `<gk-members>`).
 */
import { css } from 'lit';

// td.actions: a confirmation sentence wraps inside the column; its buttons do not (styles/stack.styles.ts).

export default css`
  .block {
    display: grid;
    gap: 0.6rem;
  }
  h3:focus,
  [tabindex='-1']:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: var(--_text-small);
  }
  th,
  td {
    text-align: start;
    padding: 0.5rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  th {
    font-weight: 600;
    color: var(--_text-muted);
  }
  .badge {
    display: inline-block;
    padding: 0.05rem 0.5rem;
    border-radius: 999px;
    background: var(--_surface-muted);
    border: 1px solid var(--_border);
    font-size: var(--_text-small);
  }
  .badge.valid {
    color: var(--_success);
  }
  .badge.deactivated,
  .badge.expired {
    color: var(--_danger);
  }
  td.actions {
    min-width: 11rem;
  }
  .button.danger.small {
    font-weight: 600;
  }
  .page {
    color: var(--_text-muted);
  }
  nav.row {
    align-items: center;
  }
`;
