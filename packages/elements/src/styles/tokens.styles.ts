/**
 * @module
 * The theming surface shared by every element. Public custom properties (`--gk-*`) are read,
 * never set, on `:host`, so a page's theme inherits into the shadow tree; each is copied into a
 * private `--_*` property with a light default, and a dark default under
 * `prefers-color-scheme: dark`. A page that sets a `--gk-*` property owns it in both schemes.
 */
import { css } from 'lit';

// The type scale (--_text-*): a card's title (h2), a section's heading (h3) and secondary text
// (hints, tables, field errors, badges); body text is 1rem. One step per role, so several
// elements on one page have matching headings. (Comments stay outside the css literal: it ships
// as written.)

export default css`
  :host {
    --_primary: var(--gk-color-primary, #1d5bd6);
    --_on-primary: var(--gk-color-on-primary, #ffffff);
    --_surface: var(--gk-color-surface, #ffffff);
    --_surface-muted: var(--gk-color-surface-muted, #f3f5f8);
    --_text: var(--gk-color-text, #16202c);
    --_text-muted: var(--gk-color-text-muted, #525d6b);
    --_border: var(--gk-color-border, #d3d9e1);
    --_danger: var(--gk-color-danger, #b42318);
    --_danger-surface: var(--gk-color-danger-surface, #fef0ee);
    --_success: var(--gk-color-success, #067647);
    --_focus: var(--gk-color-focus, #1d5bd6);
    --_radius: var(--gk-radius, 12px);
    --_radius-small: var(--gk-radius-small, 8px);
    --_font: var(--gk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_shadow: var(--gk-shadow, 0 1px 2px rgb(16 24 40 / 6%), 0 4px 16px rgb(16 24 40 / 8%));
    --_space: var(--gk-spacing, 1rem);
    --_text-title: var(--gk-font-size-title, 1.25rem);
    --_text-heading: var(--gk-font-size-heading, 1.125rem);
    --_text-small: var(--gk-font-size-small, 0.875rem);
    --_duration: var(--gk-transition-duration, 150ms);

    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.5;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_primary: var(--gk-color-primary, #84abff);
      --_on-primary: var(--gk-color-on-primary, #0b1424);
      --_surface: var(--gk-color-surface, #171d26);
      --_surface-muted: var(--gk-color-surface-muted, #212a36);
      --_text: var(--gk-color-text, #e7edf4);
      --_text-muted: var(--gk-color-text-muted, #a3afbd);
      --_border: var(--gk-color-border, #354150);
      --_danger: var(--gk-color-danger, #ff9b8f);
      --_danger-surface: var(--gk-color-danger-surface, #3a1d1a);
      --_success: var(--gk-color-success, #6fdca4);
      --_focus: var(--gk-color-focus, #84abff);
      --_shadow: var(--gk-shadow, 0 1px 2px rgb(0 0 0 / 40%), 0 8px 24px rgb(0 0 0 / 35%));
      color-scheme: dark;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Headings and messages that receive focus programmatically (tabindex=-1) show no ring. */
  [tabindex='-1']:focus {
    outline: none;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
    border: 1px solid transparent;
    border-radius: var(--_radius-small);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    text-decoration: none;
    transition:
      background-color var(--_duration) ease,
      border-color var(--_duration) ease,
      filter var(--_duration) ease;
  }
  .button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .button.primary:hover {
    filter: brightness(1.08);
  }
  .button.secondary {
    background: transparent;
    color: var(--_text);
    border-color: var(--_border);
  }
  .button.secondary:hover {
    background: var(--_surface-muted);
  }
  .button[aria-disabled='true'] {
    opacity: 0.65;
    cursor: progress;
  }

  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: gk-spin 0.8s linear infinite;
    flex: none;
  }
  @keyframes gk-spin {
    to {
      transform: rotate(360deg);
    }
  }

  .error {
    margin: 0;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius-small);
    background: var(--_danger-surface);
    color: var(--_danger);
    border: 1px solid color-mix(in srgb, var(--_danger) 35%, transparent);
  }
`;
