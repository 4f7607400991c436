/**
 * Text set outside rendering — a load started in `connectedCallback` that fails before the
 * element's language has arrived — waits for the language through `strings()` instead of
 * reading `s`, which throws until the first render has loaded it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { catalogue } from '../i18n/catalogue.js';
import { GkElement } from './gk-element.js';

interface Strings {
  readonly failed: string;
}

let release!: () => void;
const arrived = new Promise<void>((resolve) => (release = resolve));
const strings = (failed: string) => async () => {
  await arrived;
  return { default: { failed } };
};
const held = catalogue<Strings>({ en: strings('Could not load'), fr: strings('Chargement impossible'), de: strings('x'), pt: strings('x'), nb: strings('x') });

class FailingLoad extends GkElement<Strings> {
  protected readonly i18n = held;
  @state() error = '';
  readonly pageErrors: unknown[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // The API answers (here: fails) before the language module has arrived.
    void Promise.reject(new Error('offline')).catch(async () => {
      try {
        this.error = (await this.strings()).failed;
      } catch (error) {
        this.pageErrors.push(error);
      }
    });
  }

  /** What the elements did before `strings()`: read `s` in the failure path. */
  readEarly(): string {
    return this.s.failed;
  }

  override render() {
    return html`<p role="alert">${this.error}</p>`;
  }
}
customElements.define('test-failing-load', FailingLoad);

describe('GkElement strings outside rendering', () => {
  it('a failure that comes before the language waits for it and is shown in that language', async () => {
    const element = document.createElement('test-failing-load') as FailingLoad;
    element.setAttribute('locale', 'fr');
    document.body.append(element);
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(() => element.readEarly()).to.throw('strings read before they loaded');
      expect(element.shadowRoot?.childElementCount ?? 0).to.equal(0);
      release();
      await waitUntil(() => element.shadowRoot?.querySelector('[role="alert"]')?.textContent === 'Chargement impossible', 'the failure was never shown in French', { timeout: 3000 });
      expect(element.pageErrors).to.deep.equal([]);
    } finally {
      element.remove();
    }
  });
});
