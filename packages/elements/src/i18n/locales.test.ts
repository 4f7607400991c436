import { expect, fixture, html } from '@open-wc/testing';
import { catalogues, matchLocale, resolveLocale, SUPPORTED_LOCALES } from './index.js';

describe('locales', () => {
  it('maps BCP 47 tags onto the shipped languages', () => {
    expect(['fr-CA', 'pt_BR', 'DE', 'no', 'nn-NO', 'nb', 'en-GB'].map(matchLocale)).to.deep.equal(['fr', 'pt', 'de', 'nb', 'nb', 'nb', 'en']);
    expect(['ja', '', null, undefined, 'x'].map(matchLocale)).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
  });

  it('prefers the explicit candidates, then the closest lang across shadow roots, then the document, then English', async () => {
    const host = await fixture(html`<div lang="de"><span></span></div>`);
    const shadowHost = host.querySelector('span')!;
    const inner = document.createElement('b');
    shadowHost.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner, undefined, 'fr')).to.equal('fr');
    expect(resolveLocale(inner, 'xx', undefined)).to.equal('de');
    expect(resolveLocale(inner)).to.equal('de');
    host.removeAttribute('lang');
    const previous = document.documentElement.lang;
    document.documentElement.lang = 'pt';
    try {
      expect(resolveLocale(inner)).to.equal('pt');
      document.documentElement.removeAttribute('lang');
      expect(resolveLocale(inner)).to.equal('en');
    } finally {
      document.documentElement.lang = previous;
    }
  });

  it('every catalogue has every key of the English one, with non-empty strings', () => {
    const shape = (value: unknown): unknown =>
      typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)])) : typeof value;
    for (const locale of SUPPORTED_LOCALES) {
      const catalogue = catalogues[locale];
      expect(shape(catalogue), locale).to.deep.equal(shape(catalogues.en));
      expect(catalogue.locale).to.equal(locale);
      const strings = JSON.stringify(catalogue).match(/"[^"]*"/g) ?? [];
      expect(strings.filter((s) => s === '""'), `${locale} has empty strings`).to.deep.equal([]);
    }
  });

  it('formats dates in each language', () => {
    expect(catalogues.en.common.date('2026-11-02T10:00:00Z')).to.equal('Nov 2, 2026');
    expect(catalogues.de.common.date('2026-11-02T10:00:00Z')).to.equal('02.11.2026');
    expect(catalogues.fr.common.date('not a date')).to.equal('not a date');
  });

  it('re-renders elements when the document language changes', async () => {
    await import('../components/access-button/access-button.define.js');
    const previous = document.documentElement.lang;
    document.documentElement.lang = 'en';
    try {
      const element = await fixture(html`<gk-access-button></gk-access-button>`);
      document.documentElement.lang = 'nb';
      await new Promise((resolve) => setTimeout(resolve, 0));
      await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(element.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal(catalogues.nb.accessButton.label);
    } finally {
      document.documentElement.lang = previous;
    }
  });
});
