/**
 * @module
 * Styles of `<gk-installation-access>`; tokens come from styles/tokens.styles.ts.
 */
import { css } from 'lit';

export default css`
  :host {
    display: block;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .button.danger {
    background: var(--_danger);
    color: var(--_surface);
  }
  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: calc(var(--_space) * 1.25);
    display: grid;
    gap: var(--_space);
  }
  .title {
    margin: 0;
    font-size: var(--_text-title);
    font-weight: 700;
  }
  .status {
    margin: 0;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    color: var(--_text-muted);
  }
  .retry {
    margin-top: 0.75rem;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .entry {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: start;
    gap: 0.5rem 0.875rem;
    padding: 0.875rem 0;
    border-top: 1px solid var(--_border);
  }
  .entry:first-child {
    border-top: 0;
    padding-top: 0;
  }
  .avatar {
    width: 2.5rem;
    height: 2.5rem;
    border-radius: 50%;
    display: grid;
    place-items: center;
    font-weight: 700;
    background: var(--_surface-muted);
    color: var(--_text-muted);
  }
  .group-avatar {
    border-radius: var(--_radius-small);
    color: var(--_primary);
  }
  .icon {
    width: 1.25rem;
    height: 1.25rem;
    fill: currentColor;
  }
  .who {
    display: grid;
    gap: 0.125rem;
    min-width: 0;
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    font-size: var(--_text-small);
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }
  .group-badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    font-weight: 600;
    color: var(--_primary);
  }
  .group-badge .icon {
    width: 1rem;
    height: 1rem;
  }
  .revoke {
    min-height: 2.25rem;
    padding-inline: 0.875rem;
  }
  .entry-actions {
    align-self: center;
  }
  .confirm {
    grid-column: 1 / -1;
    padding: 0.875rem 1rem;
    border-radius: var(--_radius-small);
    background: var(--_surface-muted);
    border: 1px solid var(--_border);
  }
  .question {
    margin: 0;
    padding: 0;
    font-weight: 600;
  }
  .option {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin-top: 0.5rem;
  }
  .note {
    margin: 0.25rem 0 0.75rem;
    font-size: var(--_text-small);
    color: var(--_text-muted);
  }
  .confirm-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: flex-end;
  }
  @media (max-width: 26rem) {
    .entry {
      grid-template-columns: auto 1fr;
    }
    .entry-actions {
      grid-column: 2;
    }
  }
`;
