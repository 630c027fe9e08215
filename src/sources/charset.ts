import { decodeBytes, refuseBinary, type Decoded } from '../article/decode.js';
import { t } from '../i18n/index.js';

/** How far into a document to look for a declared encoding (HTML requires it in the first 1024 bytes). */
const SNIFF_BYTES = 2048;

/**
 * Bytes to text, honouring the encoding a server (`contentType`, '' for files) or the document
 * itself declares: Arabic sites and old saved pages still use windows-1256 and ISO-8859-6. UTF-8
 * and undeclared text go through decodeBytes, which also handles byte order marks and refuses
 * binary data.
 */
export function decodeBody(bytes: Uint8Array, contentType: string, name: string): Decoded {
  const charset = (charsetParameter(contentType) ?? declaredInDocument(bytes))?.toLowerCase();
  if (!charset || charset === 'utf-8' || charset === 'utf8' || hasByteOrderMark(bytes)) return decodeBytes(bytes, name);
  // A declared single-byte encoding does not make binary data text (UTF-16 has NUL bytes in text).
  if (!charset.startsWith('utf-16')) refuseBinary(bytes, name);
  try {
    return { text: new TextDecoder(charset).decode(bytes), warnings: [] };
  } catch {
    // An encoding label TextDecoder does not know (RangeError): UTF-8 is the best guess today.
    const decoded = decodeBytes(bytes, name);
    return { text: decoded.text, warnings: [t('warnUnknownCharset', { name, charset }), ...decoded.warnings] };
  }
}

function charsetParameter(contentType: string): string | null {
  return /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType)?.[1] ?? null;
}

/** <meta charset="...">, <meta http-equiv="Content-Type" content="...; charset=...">, <?xml encoding="..."?>. */
function declaredInDocument(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, SNIFF_BYTES));
  return (
    /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ??
    /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ??
    null
  );
}

function hasByteOrderMark(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}
