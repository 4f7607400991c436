import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { themeCss } from './platform-brand.js';

const load = (env: Record<string, string>) => loadConfig({ PUBLIC_URL: 'https://access.example.com', ...env }, { persistSecret: false }).platform;
const refused = (env: Record<string, string>) => () => load(env);

describe('the platform brand configuration', () => {
  it('defaults to grantkit, no logo, no theme', () => {
    expect(load({})).toEqual({ name: 'grantkit', logoUrl: null, theme: [] });
  });

  it('takes a name and a logo the pages’ CSP loads: https, this server, or data:image', () => {
    expect(load({ GRANTKIT_PLATFORM_NAME: '  Voltgrid ' }).name).toBe('Voltgrid');
    for (const [raw, expected] of [
      ['https://cdn.example.net/voltgrid.svg', 'https://cdn.example.net/voltgrid.svg'],
      ['/brand/logo.png?v=2', '/brand/logo.png?v=2'],
      ['https://access.example.com/logo.svg', 'https://access.example.com/logo.svg'],
      ['data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22/%3E', 'data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22/%3E'],
      ['data:image/png;base64,iVBORw0KGgo=', 'data:image/png;base64,iVBORw0KGgo='],
    ]) {
      expect(load({ GRANTKIT_PLATFORM_LOGO_URL: raw! }).logoUrl, raw).toBe(expected);
    }
  });

  it('refuses a logo the page could not load or that is not an image, with a line saying what to use', () => {
    for (const raw of ['http://cdn.example.net/logo.png', 'javascript:alert(1)', '//evil.example/logo.png', 'logo.png', 'data:text/html,<script>', 'https://user:pw@cdn.example.net/l.png', `data:image/png;base64,${'A'.repeat(17_000)}`]) {
      expect(refused({ GRANTKIT_PLATFORM_LOGO_URL: raw }), raw).toThrow(ConfigError);
    }
    expect(refused({ GRANTKIT_PLATFORM_LOGO_URL: 'ftp://x/logo.png' })).toThrow(/GRANTKIT_PLATFORM_LOGO_URL must be an https URL/);
  });

  it('refuses an over-long name or one with control characters', () => {
    expect(refused({ GRANTKIT_PLATFORM_NAME: 'x'.repeat(61) })).toThrow(/GRANTKIT_PLATFORM_NAME must be 1 to 60 characters/);
    expect(refused({ GRANTKIT_PLATFORM_NAME: 'Volt\u0007grid' })).toThrow(ConfigError);
  });

  it('reads a theme of known tokens, with or without the --gk- prefix, as one :root rule', () => {
    const brand = load({ GRANTKIT_THEME: "color-primary=#0a7d55; --gk-radius = 6px; font-family='Inter', system-ui, sans-serif; shadow=0 1px 2px rgb(0 0 0 / 10%);" });
    expect(brand.theme).toEqual([
      ['color-primary', '#0a7d55'],
      ['radius', '6px'],
      ['font-family', "'Inter', system-ui, sans-serif"],
      ['shadow', '0 1px 2px rgb(0 0 0 / 10%)'],
    ]);
    expect(themeCss(brand)).toBe(":root { --gk-color-primary: #0a7d55; --gk-radius: 6px; --gk-font-family: 'Inter', system-ui, sans-serif; --gk-shadow: 0 1px 2px rgb(0 0 0 / 10%); }");
    expect(themeCss(load({}))).toBe('');
  });

  it('refuses unknown tokens and any value that could leave its declaration, the style element or load something', () => {
    expect(refused({ GRANTKIT_THEME: 'colour-primary=red' })).toThrow(/unknown token "colour-primary"; known tokens: color-primary/);
    expect(refused({ GRANTKIT_THEME: 'color-primary' })).toThrow(/token=value pairs/);
    for (const value of ['red}body{display:none', 'red</style><script>alert(1)</script>', 'url(https://evil.example/x)', 'red/* x */', "'Inter", 'rgb(0 0 0', 'red\\3b', 'image-set(x)', '']) {
      expect(refused({ GRANTKIT_THEME: `color-primary=${value}` }), value).toThrow(ConfigError);
    }
  });
});
