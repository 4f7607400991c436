/**
 * @module
 * Styles of `<gk-consent>`; tokens come from styles/tokens.styles.ts.
 */
import { css } from 'lit';

export default css`
  :host {
    display: block;
    max-width: var(--gk-max-width, 34rem);
    margin-inline: auto;
  }

  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: calc(var(--_space) * 1.5);
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }
  @media (max-width: 26rem) {
    .card {
      padding: var(--_space);
      gap: var(--_space);
    }
    .logo {
      width: 2.75rem;
      height: 2.75rem;
    }
    .header .title {
      font-size: 1.2rem;
    }
  }

  .header {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .logo {
    flex: none;
    width: 3.5rem;
    height: 3.5rem;
    border-radius: var(--_radius-small);
    object-fit: contain;
    background: var(--_surface-muted);
    border: 1px solid var(--_border);
  }
  .initials {
    display: grid;
    place-items: center;
    font-weight: 700;
    font-size: 1.25rem;
    color: var(--_primary);
  }
  .title {
    margin: 0;
    font-size: 1.375rem;
    line-height: 1.25;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .subtitle {
    margin: 0.375rem 0 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    font-size: 0.875rem;
    color: var(--_text-muted);
  }
  .intro {
    margin: 0;
  }

  .section-title {
    margin: 0 0 0.5rem;
    font-size: 1rem;
    font-weight: 650;
  }
  .permissions {
    padding: var(--_space);
    border-radius: var(--_radius-small);
    background: var(--_surface-muted);
  }
  .permissions ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .permissions li {
    display: flex;
    gap: 0.625rem;
    align-items: flex-start;
  }
  .check {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin-top: 0.125rem;
    fill: var(--_success);
  }
  .note {
    margin: 0.75rem 0 0;
    font-size: 0.875rem;
    color: var(--_text-muted);
  }

  .form {
    display: grid;
    gap: var(--_space);
  }
  .installations {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: 0.5rem;
    min-width: 0;
  }
  .installations legend {
    padding: 0;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
    cursor: pointer;
  }
  .option:hover {
    border-color: var(--_primary);
  }
  .option:has(input:checked) {
    border-color: var(--_primary);
    background: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .option input {
    flex: none;
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .option-text {
    display: grid;
    min-width: 0;
    flex: 1;
  }
  .option-title {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.125rem 0.5rem;
  }
  .option-name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .option-address {
    font-size: 0.875rem;
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }
  .badge {
    flex: none;
    font-size: 0.75rem;
    font-weight: 600;
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    color: var(--_success);
    border: 1px solid currentColor;
    white-space: nowrap;
  }

  .actions {
    display: flex;
    flex-wrap: wrap-reverse;
    justify-content: flex-end;
    gap: 0.75rem;
  }
  @media (max-width: 26rem) {
    .actions .button {
      flex: 1 1 100%;
    }
  }

  .status {
    margin: 0;
    display: flex;
    align-items: center;
    gap: 0.625rem;
    color: var(--_text-muted);
  }
  .status.done {
    color: var(--_text);
    font-weight: 600;
  }
  .status .check {
    margin-top: 0;
  }
  .empty {
    display: block;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius-small);
    color: var(--_text);
  }
  .empty p {
    margin: 0;
    color: var(--_text-muted);
  }

  .state {
    display: grid;
    gap: 0.5rem;
    justify-items: start;
  }
  .state-icon {
    width: 2.5rem;
    height: 2.5rem;
    fill: var(--_text-muted);
    margin-bottom: 0.25rem;
  }
  .state-network .state-icon,
  .state-server .state-icon,
  .state-unauthenticated .state-icon {
    fill: var(--_danger);
  }
  .state p {
    margin: 0;
    color: var(--_text-muted);
  }
  .state .actions {
    justify-content: flex-start;
    margin-top: 0.5rem;
  }

  .search {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }
  .search input {
    font: inherit;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
  }
  .option:has(input:disabled) {
    opacity: 0.7;
  }
`;
