/**
 * @module
 * Test helper: the phone-width check of the list elements. The host is set to 375 px (a phone's
 * width, while the test page stays wide: the element's own width decides its layout), then
 * neither the element nor its table, its rows or its cards may scroll sideways.
 */
import { expect } from '@open-wc/testing';

/** A phone's width in CSS pixels. */
export const PHONE_WIDTH = 375;

/** Narrows `element` to a phone's width and waits for the layout to follow. */
export async function narrow(element: HTMLElement, width = PHONE_WIDTH): Promise<void> {
  element.style.width = `${width}px`;
  await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Fails naming each box (at most `width` wide) (the element, its table, wrapper, rows and cells) wider than its own box. */
export function expectNoHorizontalOverflow(element: HTMLElement, width = PHONE_WIDTH): void {
  const boxes = [element, ...element.shadowRoot!.querySelectorAll<HTMLElement>('.card, [part~="base"], .table-wrap, table, tbody tr, tbody th, tbody td')];
  const overflowing = boxes
    .filter((box) => box.clientWidth > 0 && box.scrollWidth > box.clientWidth)
    .map((box) => `${box.localName}${box.className ? `.${box.className}` : ''} (${box.scrollWidth} > ${box.clientWidth})`);
  expect(overflowing, 'boxes wider than their own width').to.deep.equal([]);
  expect(element.getBoundingClientRect().width).to.be.at.most(width);
}
