/**
 * @module http/openapi-info
 * The top of the OpenAPI document (OpenAPI 3.1 §4.8.1–§4.8.5): what it covers and where the
 * server is. It describes what programs call — the JSON API, the OAuth endpoints and the probes;
 * the HTML pages people open (`/login`, `/access/request/{lookupKey}`, `/partners`,
 * `/invitations/{token}`, `/docs`) and the assets stay out, as the authorization endpoint
 * (`/access/request`, a redirect to such a page) does: no generated client calls them.
 */
export function openApiInfo(publicUrl: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'grantkit reference server',
      version: '0.1.0',
      license: { name: 'MIT', identifier: 'MIT' },
      description:
        'Consent-based access for outside parties. Errors are RFC 9457 problem+json with a stable `code`; OAuth endpoints use RFC 6749 §5.2 errors. ' +
        'Each operation names its credentials: the session cookie, a bearer access token (RFC 6750), OAuth client authentication, or none. ' +
        'HTML pages for people (login, the access-request and consent page, partner settings) are not part of this document.',
    },
    servers: [{ url: publicUrl }],
  };
}
