import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { checkLogo, decodeBase64Logo, detectImageType, MAX_LOGO_BYTES } from './logo.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x1a, 0, 0, 0]), Buffer.from('WEBPVP8L'), Buffer.alloc(8)]);

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as DomainError).code;
  }
  return 'no error';
};

describe('partner logos', () => {
  it('recognises PNG, JPEG and WebP by their bytes', () => {
    expect(detectImageType(PNG)).toBe('image/png');
    expect(detectImageType(JPEG)).toBe('image/jpeg');
    expect(detectImageType(WEBP)).toBe('image/webp');
    expect(checkLogo(new Uint8Array(PNG)).sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses SVG, HTML, GIF and truncated signatures whatever they are called', () => {
    for (const text of ['<svg xmlns="http://www.w3.org/2000/svg"/>', '<?xml version="1.0"?><svg/>', '<!doctype html><script>alert(1)</script>', 'GIF89a......']) {
      expect(code(() => checkLogo(new Uint8Array(Buffer.from(text))))).toBe('logo_unsupported_type');
    }
    expect(code(() => checkLogo(new Uint8Array(PNG.subarray(0, 8))))).toBe('logo_unsupported_type'); // no IHDR
    expect(code(() => checkLogo(new Uint8Array(Buffer.from('RIFF\0\0\0\0WAVEfmt '))))).toBe('logo_unsupported_type');
    expect(code(() => checkLogo(new Uint8Array()))).toBe('validation_failed');
  });

  it('refuses logos over the size limit, before and after decoding', () => {
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(PNG);
    expect(code(() => checkLogo(big))).toBe('logo_too_large');
    expect(code(() => decodeBase64Logo('A'.repeat(Math.ceil(((MAX_LOGO_BYTES + 100) * 4) / 3 / 4) * 4)))).toBe('logo_too_large');
  });

  it('decodes base64 and data: URLs strictly, ignoring the declared type', () => {
    expect(Buffer.from(decodeBase64Logo(PNG.toString('base64'))).equals(PNG)).toBe(true);
    expect(Buffer.from(decodeBase64Logo(`data:image/svg+xml;base64,${PNG.toString('base64')}`)).equals(PNG)).toBe(true);
    expect(code(() => decodeBase64Logo('data:image/png,<svg/>'))).toBe('validation_failed');
    expect(code(() => decodeBase64Logo('***'))).toBe('validation_failed');
  });
});
