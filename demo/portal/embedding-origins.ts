/**
 * A group's embedding origins, for its admins on "My groups": the sites that may show the
 * group's consent inside their own pages (`<gk-access-button mode="embedded">`). One origin per
 * line; saving replaces the list (`PUT /api/groups/:id/embedding-origins`) and shows it as the
 * server normalised it, or each refused line with the reason.
 */
import { ApiError, type ApiClient } from '@grantkit/sdk';
import { h } from '../src/dom.js';

export function embeddingOriginsSection(api: ApiClient, group: { id: string; name: string }, origins: readonly string[]): HTMLElement {
  const id = `embedding-${group.id}`;
  const field = h('textarea', { id, rows: '3', spellcheck: 'false', 'data-testid': 'embedding-origins', placeholder: 'https://shop.example.com' }) as HTMLTextAreaElement;
  field.value = origins.join('\n');
  const status = h('p', { class: 'muted', role: 'status', 'data-testid': 'embedding-status' });
  const save = h('button', { type: 'button', class: 'button' }, 'Save sites');
  save.addEventListener('click', async () => {
    const lines = field.value.split('\n').map((line) => line.trim()).filter(Boolean);
    save.setAttribute('aria-disabled', 'true');
    try {
      const saved = await api.setEmbeddingOrigins(group.id, lines);
      field.value = saved.origins.join('\n');
      status.className = 'muted';
      status.textContent = saved.origins.length ? `Saved: ${saved.origins.length} site${saved.origins.length === 1 ? '' : 's'} may embed the consent.` : 'Saved: no site may embed the consent.';
    } catch (error) {
      status.className = 'error';
      status.textContent =
        error instanceof ApiError && error.errors.length
          ? error.errors.map((e) => `${/^origins\[(\d+)\]$/.test(e.field) ? `Line ${Number(/\d+/.exec(e.field)![0]) + 1}: ` : ''}${e.message}`).join(' ')
          : error instanceof Error
            ? error.message
            : String(error);
    } finally {
      save.removeAttribute('aria-disabled');
    }
  });
  return h(
    'div',
    {},
    h('h3', {}, 'Sites that may embed the consent'),
    h('p', { class: 'muted' }, `Exact origins (https, or http on this computer), one per line. Only these pages can show ${group.name}’s consent inside their own; changes apply on the next page load.`),
    h('label', { for: id }, 'Embedding origins'),
    field,
    h('div', { class: 'actions' }, save),
    status,
  );
}
