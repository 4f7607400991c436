/**
 * @module
 * Styles of `<gk-members>`; tokens come from styles/tokens.styles.ts.
 */
import { css } from 'lit';

// td.actions: a confirmation sentence wraps inside the column; its buttons do not (styles/stack.styles.ts).

export default css`
  :host {
    max-width: var(--gk-max-width, 56rem);
  }
  h2:focus,
  [tabindex='-1']:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--_focus);
  }
  tbody th {
    font-weight: 600;
    color: var(--_text);
  }
  td.actions {
    min-width: 11rem;
  }
  .editor {
    display: grid;
    gap: 0.6rem;
    padding: 0.5rem 0;
  }
  .editor-row td {
    background: var(--_surface-muted);
  }
`;
