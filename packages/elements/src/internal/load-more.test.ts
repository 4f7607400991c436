import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import type { AccessEntry } from '@grantkit/sdk';
import { expectNoAxeViolations } from './test/axe.js';
import { mock, resetMocks, startMocks, worker } from './test/mocks.js';
import '../components/installation-access/installation-access.define.js';
import type { GkInstallationAccess } from '../components/installation-access/installation-access.component.js';

const { home } = mock.fixtures;
const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** People with access, served by the real cursor rules of the mock but three at a time. */
function person(n: number): AccessEntry {
  return { kind: 'user', id: `usr_${n}`, name: `Person ${n}`, email: `p${n}@example.com`, role: 'admin', since: '2026-01-01T00:00:00Z', granted_by: null };
}
const people = Array.from({ length: 7 }, (_, i) => person(i + 1));

/** Serves `people` in pages of three; `failNext` makes the next request after the first page fail like a network error. */
function servePages(options: { failNext?: 'network' | 'server' } = {}) {
  let fail = options.failNext;
  const asked: (string | null)[] = [];
  worker.use(
    http.get('/api/installations/:id/access', ({ request }) => {
      const cursor = new URL(request.url).searchParams.get('cursor');
      asked.push(cursor);
      if (cursor && fail === 'network') return (fail = undefined), HttpResponse.error();
      if (cursor && fail === 'server') return (fail = undefined), HttpResponse.json({ code: 'internal_error', status: 500, title: 'x', detail: 'x', type: 'x' }, { status: 500, headers: { 'content-type': 'application/problem+json' } });
      const start = cursor ? Number(atob(cursor)) : 0;
      const end = start + 3;
      return HttpResponse.json({ items: people.slice(start, end), next_cursor: end < people.length ? btoa(String(end)) : null });
    }),
  );
  return asked;
}

async function mount(locale = 'en'): Promise<GkInstallationAccess> {
  const element = await fixture<GkInstallationAccess>(html`<gk-installation-access installation-id=${home.id} locale=${locale}></gk-installation-access>`);
  await waitUntil(() => element.shadowRoot!.querySelector('.load-more'), 'no Load more button', { timeout: 5000 });
  return element;
}
const names = (element: GkInstallationAccess): string[] => [...element.shadowRoot!.querySelectorAll('[part~="list"] > li')].map((li) => text(li.querySelector('.name') ?? li)).map((t) => /Person \d+/.exec(t)?.[0] ?? t);
const button = (element: GkInstallationAccess) => element.shadowRoot!.querySelector<HTMLButtonElement>('.load-more');
const status = (element: GkInstallationAccess) => text(element.shadowRoot!.querySelector('.more-status'));

describe('Load more (shared by every paged list)', () => {
  before(() => startMocks());
  beforeEach(() => resetMocks());

  it('appends the next pages, announces how many arrived, and leaves focus beside the list at the end', async () => {
    const asked = servePages();
    const element = await mount();
    expect(names(element)).to.deep.equal(['Person 1', 'Person 2', 'Person 3']);
    expect(button(element)!.tagName).to.equal('BUTTON');
    expect(text(button(element))).to.equal('Load more');

    button(element)!.focus();
    button(element)!.click();
    await waitUntil(() => names(element).length === 6, 'the second page was not appended');
    expect(names(element)).to.deep.equal(people.slice(0, 6).map((p) => p.name));
    expect(status(element)).to.equal('3 more loaded.');
    expect(element.shadowRoot!.activeElement, 'the button keeps focus while more pages exist').to.equal(button(element));

    button(element)!.click();
    await waitUntil(() => !button(element), 'the button stayed after the last page');
    expect(names(element)).to.have.length(7);
    expect(status(element)).to.equal('1 more loaded. Everything is shown.');
    expect(element.shadowRoot!.activeElement?.classList.contains('more-status'), 'focus moved to the status').to.equal(true);
    expect(element.shadowRoot!.querySelector('.more-status')!.getAttribute('role')).to.equal('status');
    expect(asked).to.have.length(3);
    await expectNoAxeViolations(element);
  });

  it('keeps the loaded rows and says why in the element\'s language when a page fails, then loads it on the next try', async () => {
    servePages({ failNext: 'network' });
    const element = await mount('fr');
    expect(text(button(element))).to.equal('Afficher plus');
    button(element)!.click();
    await waitUntil(() => element.shadowRoot!.querySelector('.more [role="alert"]'), 'no alert after a failed page');
    expect(text(element.shadowRoot!.querySelector('.more [role="alert"]'))).to.equal('Serveur injoignable. Réessayez.');
    expect(names(element)).to.deep.equal(['Person 1', 'Person 2', 'Person 3']);
    expect(button(element)!.getAttribute('aria-disabled')).to.equal('false');

    button(element)!.click();
    await waitUntil(() => names(element).length === 6, 'the retried page was not appended');
    expect(element.shadowRoot!.querySelector('.more [role="alert"]')).to.equal(null);
    expect(status(element)).to.equal('3 de plus chargés.');
  });

  it('says a server failure apart from a network one', async () => {
    servePages({ failNext: 'server' });
    const element = await mount('de');
    button(element)!.click();
    await waitUntil(() => element.shadowRoot!.querySelector('.more [role="alert"]'), 'no alert after a failed page');
    expect(text(element.shadowRoot!.querySelector('.more [role="alert"]'))).to.equal('Laden fehlgeschlagen. Bitte erneut versuchen.');
    expect(names(element)).to.have.length(3);
  });

  it('shows no button for a list that fits on one page', async () => {
    const element = await fixture<GkInstallationAccess>(html`<gk-installation-access installation-id=${home.id} locale="en"></gk-installation-access>`);
    await waitUntil(() => element.shadowRoot!.querySelector('[part~="list"]'), 'the list did not load', { timeout: 5000 });
    expect(button(element)).to.equal(null);
    expect(element.shadowRoot!.querySelector('[part~="load-more"]')).to.equal(null);
  });
});
