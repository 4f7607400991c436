/**
 * @module http/pages/api-docs
 * A browsable API reference rendered on the server from the OpenAPI document: no CDN, no
 * JavaScript. Each operation shows its method, path, summary, operationId, the credentials it
 * takes, parameters, body and responses.
 */
import { html } from 'hono/html';
import { SCHEME } from '../api-security.js';
import type { Html } from './layout.js';

type Json = Record<string, unknown>;

interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: Json }[];
  requestBody?: { content?: Record<string, { schema?: Json }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Json }> }>;
}

const CREDENTIALS: Record<string, string> = {
  [SCHEME.cookie]: 'session cookie',
  [SCHEME.bearer]: 'bearer token',
  [SCHEME.clientSecretBasic]: 'client authentication (HTTP Basic)',
};

/** The operation's security requirement in words; `{}` (anonymous allowed) reads as the form-body or no-credentials alternative. */
function credentialsText(security: Operation['security']): string {
  if (!security?.length) return 'no credentials';
  return security
    .map((r) => {
      const names = Object.keys(r);
      if (!names.length) return security.some((o) => SCHEME.clientSecretBasic in o) ? 'client credentials in the form body' : 'no credentials';
      return names.map((n) => CREDENTIALS[n] ?? n).join(' and ');
    })
    .join(' or ');
}

function resolve(doc: Json, schema: Json | undefined): Json | undefined {
  const ref = schema?.$ref;
  if (typeof ref !== 'string') return schema;
  const name = ref.split('/').pop()!;
  return ((doc.components as Json | undefined)?.schemas as Record<string, Json> | undefined)?.[name];
}

/** A compact, readable rendering of a JSON schema (depth-limited). */
export function schemaText(doc: Json, schema: Json | undefined, depth = 0): string {
  if (!schema) return 'any';
  const ref = typeof schema.$ref === 'string' ? schema.$ref.split('/').pop() : undefined;
  const s = resolve(doc, schema) ?? {};
  if (ref && depth > 1) return ref;
  for (const key of ['anyOf', 'oneOf'] as const) {
    if (Array.isArray(s[key])) return (s[key] as Json[]).map((x) => schemaText(doc, x, depth + 1)).join(' | ');
  }
  if (Array.isArray(s.enum)) return (s.enum as unknown[]).map((v) => JSON.stringify(v)).join(' | ');
  const type = Array.isArray(s.type) ? (s.type as string[]).join('|') : (s.type as string | undefined);
  if (type === 'array') return `${schemaText(doc, s.items as Json, depth + 1)}[]`;
  if (type === 'object' || s.properties) {
    const props = Object.entries((s.properties as Record<string, Json>) ?? {});
    if (!props.length) return 'object';
    const required = new Set((s.required as string[]) ?? []);
    const pad = '  '.repeat(depth + 1);
    return `{\n${props.map(([k, v]) => `${pad}${k}${required.has(k) ? '' : '?'}: ${schemaText(doc, v, depth + 1)}`).join(',\n')}\n${'  '.repeat(depth)}}`;
  }
  return `${type ?? 'any'}${s.format ? ` (${s.format as string})` : ''}`;
}

export function apiDocsBody(doc: Json): Html {
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Operation>>;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method: method.toUpperCase(), op, tag: op.tags?.[0] ?? 'Other' })),
  );
  const tags = [...new Set(operations.map((o) => o.tag))];
  const info = (doc.info ?? {}) as Json;
  return html`<h1>${String(info.title ?? 'API')} <span class="badge">${String(info.version ?? '')}</span></h1>
<p class="muted">${String(info.description ?? '')}</p>
<p><a href="/openapi.json">openapi.json</a> · ${operations.length} operations</p>
<nav><ul>${tags.map((t) => html`<li><a href="#${t.toLowerCase().replace(/\W+/g, '-')}">${t}</a></li>`)}</ul></nav>
${tags.map(
  (t) => html`<section id="${t.toLowerCase().replace(/\W+/g, '-')}"><h2>${t}</h2>
${operations
  .filter((o) => o.tag === t)
  .map(
    ({ path, method, op }) => html`<details class="op"><summary><code><strong>${method}</strong> ${path}</code> — ${op.summary ?? ''}</summary>
<p class="muted">${op.operationId ? html`<code>${op.operationId}</code> · ` : ''}Credentials: ${credentialsText(op.security)}</p>
${op.description ? html`<p>${op.description}</p>` : ''}
${op.parameters?.length
  ? html`<h4>Parameters</h4><ul>${op.parameters.map(
      (p) => html`<li><code>${p.name}</code> (${p.in}${p.required ? ', required' : ''}): ${schemaText(doc, p.schema)}${p.description ? ` — ${p.description}` : ''}</li>`,
    )}</ul>`
  : ''}
${op.requestBody?.content
  ? html`<h4>Body</h4>${Object.entries(op.requestBody.content).map(([type, c]) => html`<p class="muted">${type}</p><pre>${schemaText(doc, c.schema)}</pre>`)}`
  : ''}
<h4>Responses</h4><ul>${Object.entries(op.responses ?? {}).map(
      ([status, r]) => html`<li><code>${status}</code> ${r.description ?? ''}${Object.entries(r.content ?? {}).map(
        ([type, c]) => html`<details><summary class="muted">${type}</summary><pre>${schemaText(doc, c.schema)}</pre></details>`,
      )}</li>`,
    )}</ul>
</details>`,
  )}
</section>`,
)}`;
}
