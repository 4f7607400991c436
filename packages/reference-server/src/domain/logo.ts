/**
 * @module domain/logo
 * Partner logos: PNG, JPEG or WebP, recognised by their magic bytes (never by file name or the
 * declared type), at most MAX_LOGO_BYTES. An SVG or HTML file renamed `.png` is refused: it is
 * the bytes that decide, and script-capable formats are never accepted. Logos are served back
 * with the detected type, `nosniff` and a `default-src 'none'` CSP (http/routes/partners.ts).
 */
import { createHash } from 'node:crypto';
import { DomainError, invalid } from '../errors.js';

export const MAX_LOGO_BYTES = 512 * 1024;

export type LogoContentType = 'image/png' | 'image/jpeg' | 'image/webp';

export interface CheckedLogo {
  readonly contentType: LogoContentType;
  readonly bytes: Uint8Array;
  readonly sha256: string;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[], offset = 0) =>
  bytes.length >= offset + prefix.length && prefix.every((b, i) => bytes[offset + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The image type the bytes really are, or undefined. */
export function detectImageType(bytes: Uint8Array): LogoContentType | undefined {
  // PNG: 8-byte signature, then the IHDR chunk first (PNG spec §5.2, §11.2.2).
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) && startsWith(bytes, ascii('IHDR'), 12)) return 'image/png';
  // JPEG: SOI marker followed by another marker (ITU T.81 §B.1.1.3).
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  // WebP: RIFF container with form type WEBP and a VP8/VP8L/VP8X first chunk (RFC 9649 §2.5).
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8) && startsWith(bytes, ascii('VP8'), 12)) return 'image/webp';
  return undefined;
}

/** Decodes base64 (optionally a `data:` URL; its declared type is ignored) strictly. */
export function decodeBase64Logo(input: string, field = 'logo'): Uint8Array {
  const comma = input.startsWith('data:') ? input.indexOf(',') : -1;
  if (input.startsWith('data:') && (comma < 0 || !input.slice(0, comma).endsWith(';base64'))) {
    throw invalid(field, 'invalid_logo', 'The logo must be base64-encoded.');
  }
  const b64 = input.slice(comma + 1).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 === 1) {
    throw invalid(field, 'invalid_logo', 'The logo is not valid base64.');
  }
  // Refuse before allocating: 4 base64 characters carry 3 bytes.
  if ((b64.length / 4) * 3 > MAX_LOGO_BYTES + 3) throw tooLarge(field);
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

const tooLarge = (field: string) =>
  new DomainError('logo_too_large', 413, `The logo is larger than ${MAX_LOGO_BYTES / 1024} KB. Upload a smaller PNG, JPEG or WebP image.`, {
    field,
    max_bytes: MAX_LOGO_BYTES,
  });

/** Accepts a logo by content, or throws a coded error the person can act on. */
export function checkLogo(bytes: Uint8Array, field = 'logo'): CheckedLogo {
  if (bytes.length === 0) throw invalid(field, 'invalid_logo', 'The logo file is empty.');
  if (bytes.length > MAX_LOGO_BYTES) throw tooLarge(field);
  const contentType = detectImageType(bytes);
  if (!contentType) {
    throw new DomainError(
      'logo_unsupported_type',
      415,
      'The logo must be a PNG, JPEG or WebP image. Other files (SVG, HTML, GIF, …) are refused whatever their name.',
      { field, allowed_types: ['image/png', 'image/jpeg', 'image/webp'] },
    );
  }
  return { contentType, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}
