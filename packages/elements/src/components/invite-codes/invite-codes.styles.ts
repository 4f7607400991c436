/**
 * @module
 * Styles of `<gk-invite-codes>`; tokens come from styles/tokens.styles.ts.
 */
import { css } from 'lit';

export default css`
  :host {
    max-width: var(--gk-max-width, 72rem);
  }
  .block {
    display: grid;
    gap: 0.6rem;
    padding-block-end: var(--_space);
    border-bottom: 1px solid var(--_border);
  }
  .block:last-child {
    border-bottom: 0;
  }
  /* The element's sections are the page's second level (h2 under the page's h1, as axe's
     heading-order asks), in the heading size of the type scale; the roles heading below them. */
  h2 {
    font-size: var(--_text-heading);
  }
  h2:focus,
  [tabindex='-1']:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--_focus);
  }
  h3 {
    margin: 0.25rem 0 0;
    font-size: 1rem;
  }
  input[type='number'] {
    width: 8rem;
  }
  .codes {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4rem;
  }
  .codes li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    padding: 0.4rem 0.6rem;
    background: var(--_surface-muted);
    border-radius: var(--_radius-small);
  }
  .codes code {
    font-size: 1rem;
  }
`;
