/**
 * @module seed/logos
 * Logos of the demo groups, served by the server itself (`/assets/logos/<name>.svg`) because
 * nothing may come from the internet.
 */
function logo(background: string, text: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" role="img"><rect width="64" height="64" rx="14" fill="${background}"/><text x="32" y="41" font-family="system-ui,sans-serif" font-size="24" font-weight="700" text-anchor="middle" fill="#fff">${text}</text></svg>`;
}

export const DEMO_LOGOS: Readonly<Record<string, string>> = {
  'acme-energy': logo('#1d5bd6', 'AE'),
  'nordlys-installers': logo('#067647', 'NI'),
};
