/**
 * @module
 * Runs inside a platform page served for an embedded request (`<html data-gk-display="embedded">`,
 * framable only by the group's registered origins, which the page lists in `data-gk-framers`).
 * Loaded lazily by the bundle's entry, so other pages never download it.
 *
 * Framing invites clickjacking (RFC 6749 §10.13, RFC 9700 §4.16): the embedding page can cover,
 * fade, shrink or move the frame so that a click meant for something else lands on Approve.
 * CSP frame-ancestors only limits WHO may frame; this script limits what a framer can do:
 *
 * - Approve counts only after the whole frame has been visible and unobscured for at least
 *   {@link VISIBLE_FOR_MS} — IntersectionObserver v2 (`trackVisibility`: the browser itself
 *   reports whether anything covers the target, or whether its ancestors, across frames, apply
 *   opacity, a transform or a filter) on a sentinel spanning the frame's viewport, with
 *   threshold 1 so a frame clipped or scrolled partly out of view does not count either;
 * - losing that visibility holds Approve again at once, with a plain explanation;
 * - only a trusted user action approves (`isTrusted`: no `click()` from script);
 * - a frame below {@link MIN_WIDTH}×{@link MIN_HEIGHT} shows nothing but a message;
 * - a browser without IntersectionObserver v2 tells the partner's page to use the popup, and so
 *   does a frame that cannot keep even a partitioned cookie (CHIPS; the login would not last).
 *
 * The hold works from outside `<gk-consent>`: a capture listener on the element refuses clicks
 * on its `approve-button` part (the event path of an open shadow root), and `::part()` shows it
 * disabled; a status line above the card says why.
 */
import { readFrameMessage, type FrameMessage, type FrameState } from '@grantkit/sdk';

/** How long the card must have been fully visible before Approve counts. */
export const VISIBLE_FOR_MS = 1000;
/** Below this the card cannot be read as a whole: refuse to show it. */
export const MIN_WIDTH = 280;
export const MIN_HEIGHT = 320;

const HELD_CLASS = 'gk-frame-held';

/** Whether this browser has IntersectionObserver v2 (Chromium-based today). */
export const canTrackVisibility = (): boolean =>
  typeof IntersectionObserverEntry !== 'undefined' && 'isVisible' in IntersectionObserverEntry.prototype;

function post(framers: readonly string[], message: FrameMessage): void {
  for (const origin of framers) window.parent.postMessage(message, origin);
}

function framersOf(root: HTMLElement): string[] {
  try {
    const list = JSON.parse(root.dataset.gkFramers ?? '[]') as unknown;
    return Array.isArray(list) ? list.filter((o): o is string => typeof o === 'string') : [];
  } catch {
    return [];
  }
}

/** The status line that says why Approve is held (inserted once, before the card). */
function statusLine(consent: Element): HTMLElement {
  const line = document.createElement('p');
  line.setAttribute('role', 'status');
  line.className = 'gk-frame-status';
  consent.before(line);
  return line;
}

const isApproveClick = (event: Event): boolean =>
  event.composedPath().some((node) => node instanceof Element && (node.getAttribute('part') ?? '').split(/\s+/).includes('approve-button'));

/** Holds `<gk-consent>`'s Approve until the frame has been visible long enough; returns a stop function. */
export function guardApproval(consent: HTMLElement, messages: { waiting: string; covered: string }, now: () => number = () => performance.now()): () => void {
  const status = statusLine(consent);
  let visibleSince: number | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const hold = (why: string) => {
    clearTimeout(timer);
    document.documentElement.classList.add(HELD_CLASS);
    status.textContent = why;
  };
  const release = () => {
    document.documentElement.classList.remove(HELD_CLASS);
    status.textContent = '';
  };
  const held = () => visibleSince === null || now() - visibleSince < VISIBLE_FOR_MS;

  hold(messages.waiting);
  // Capture phase on the host runs before anything inside its shadow root.
  const onClick = (event: Event) => {
    if (!isApproveClick(event)) return;
    if (event.isTrusted && !held()) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  consent.addEventListener('click', onClick, true);

  // Spans the frame's viewport, above everything of ours, so only the embedder can obscure it.
  const sentinel = document.createElement('div');
  sentinel.setAttribute('aria-hidden', 'true');
  sentinel.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147483647';
  document.body.append(sentinel);

  const observer = new IntersectionObserver(
    ([entry]) => {
      const visible = entry !== undefined && (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible === true && entry.intersectionRatio >= 0.99;
      if (!visible) {
        visibleSince = null;
        hold(messages.covered);
        return;
      }
      if (visibleSince !== null) return;
      visibleSince = now();
      clearTimeout(timer);
      timer = setTimeout(release, VISIBLE_FOR_MS);
    },
    // trackVisibility needs a delay of at least 100 ms (the browser's own limit).
    { threshold: [0.99, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(sentinel);

  return () => {
    observer.disconnect();
    clearTimeout(timer);
    consent.removeEventListener('click', onClick, true);
    sentinel.remove();
    status.remove();
    release();
  };
}

/** Whether this frame can keep a cookie: a partitioned one, as the login's (CHIPS). */
function canKeepCookies(): boolean {
  const probe = `gk_frame_probe=${Math.random().toString(36).slice(2)}`;
  document.cookie = `${probe}; Path=/; SameSite=None; Secure; Partitioned; Max-Age=60`;
  const kept = document.cookie.includes(probe);
  document.cookie = `${probe.split('=')[0]}=; Path=/; SameSite=None; Secure; Partitioned; Max-Age=0`;
  return kept;
}

/** The styles of the hold (a constructed sheet: the page's CSP allows no inline style but its own). */
function installStyles(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `.${HELD_CLASS} gk-consent::part(approve-button){opacity:.5;cursor:not-allowed}` +
      `.gk-frame-status:not(:empty){margin:0 0 .75rem;padding:.5rem .75rem;border-radius:.5rem;background:#fff7e0;color:#5c3d00}` +
      `.gk-frame-small main{display:none}`,
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** Starts the frame's side: the result relay on the return page, else the size check and the guard. */
export function startFrame(root: HTMLElement = document.documentElement): void {
  if (window.parent === window) return;
  const framers = framersOf(root);
  const result = document.querySelector<HTMLElement>('[data-gk-embedded-result]');
  if (result) {
    const message = readFrameMessage({ grantkit: 'result', params: JSON.parse(result.dataset.gkEmbeddedResult ?? '{}') });
    if (message) post(framers, message);
    return;
  }
  const say = (state: FrameState) => post(framers, { grantkit: 'frame', state });
  if (!canTrackVisibility()) return say('unsupported');
  if (!canKeepCookies()) return say('no_storage');
  installStyles();
  const body = document.body.dataset;
  if (window.innerWidth < MIN_WIDTH || window.innerHeight < MIN_HEIGHT) {
    document.documentElement.classList.add('gk-frame-small');
    const note = document.createElement('p');
    note.setAttribute('role', 'alert');
    note.textContent = body.gkTooSmall ?? '';
    document.body.append(note);
    return say('too_small');
  }
  say('ready');
  const consent = document.querySelector<HTMLElement>('gk-consent');
  if (consent) guardApproval(consent, { waiting: body.gkWaiting ?? '', covered: body.gkCovered ?? '' });
}
