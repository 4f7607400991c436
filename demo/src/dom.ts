/**
 * @module
 * A tiny DOM builder for the demo's own markup: text always goes through text nodes, never
 * innerHTML, so data from the server is never parsed as HTML.
 */
type Child = Node | string | number | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'object' ? child : String(child));
  }
  return el;
}

export const formatDateTime = (iso: string, locale?: string, dateStyle: 'short' | 'medium' = 'medium'): string =>
  new Date(iso).toLocaleString(locale, { dateStyle, timeStyle: 'short' });

export const formatDate = (iso: string, locale?: string): string => new Date(iso).toLocaleDateString(locale, { dateStyle: 'medium' });
