import { QariError, EXIT_USAGE } from '../errors.js';
import { t } from '../i18n/index.js';

export interface Decoded {
  text: string;
  warnings: string[];
}

const SAMPLE = 64 * 1024;

/**
 * Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM. Invalid UTF-8 becomes U+FFFD
 * with one warning. Data that is not text (NUL bytes without a UTF-16 BOM, or mostly control bytes)
 * is refused with exit status 2, because laying out binary data helps nobody.
 */
export function decodeBytes(bytes: Uint8Array, name = 'input'): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), warnings: [] };
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  refuseBinary(body, name);
  const text = new TextDecoder('utf-8').decode(body);
  const warning = invalidUtf8Warning(body, text, name);
  return { text, warnings: warning ? [warning] : [] };
}

/** The warning for UTF-8 `bytes` that decoded to `text` with replacement characters, if any. */
export function invalidUtf8Warning(bytes: Uint8Array, text: string, name: string): string | null {
  // Invalid UTF-8 always decodes to U+FFFD: without one, the second (strict) decoding is not needed.
  if (!text.includes('\ufffd') || isValidUtf8(bytes)) return null;
  // Literal U+FFFD already in the file (EF BF BD) is not an error of this file's encoding.
  const invalid = Math.max(1, countReplacements(text) - countLiteralReplacements(bytes));
  return invalid === 1 ? t('warnInvalidUtf8One', { name }) : t('warnInvalidUtf8', { name, count: invalid });
}

/** Refuses data that is not text (exit status 2), whatever encoding it claims (UTF-16 aside). */
export function refuseBinary(bytes: Uint8Array, name: string): void {
  if (looksBinary(bytes)) throw new QariError(t('errBinary', { name }), EXIT_USAGE);
}

function countLiteralReplacements(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SAMPLE);
  if (sample.includes(0)) return true;
  let controls = 0;
  for (const b of sample) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.1;
}
