/**
 * The layout of qari's binary data files (tagger.bin, clusters.bin, name-evidence.bin): a 32-bit
 * magic number, the byte length of a JSON header, the header padded to 4 bytes, then the body as
 * little-endian typed arrays that the reader views in place.
 */

const PREFIX_BYTES = 8;

function headerSpace(length: number): number {
  return Math.ceil(length / 4) * 4;
}

/** A zeroed file with `magic` and `header` written; the body starts at `bodyOffset` and has `bodyBytes`. */
export function newHeadedFile(magic: number, header: object, bodyBytes: number): { bytes: Uint8Array; bodyOffset: number } {
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const bodyOffset = PREFIX_BYTES + headerSpace(headerBytes.length);
  const bytes = new Uint8Array(bodyOffset + bodyBytes);
  new Uint32Array(bytes.buffer, 0, 2).set([magic, headerBytes.length]);
  bytes.set(headerBytes, PREFIX_BYTES);
  return { bytes, bodyOffset };
}

/**
 * The header of a file written by newHeadedFile, and where its body starts in `buffer` (the body is
 * 4-byte aligned there, copied if `bytes` was not). `what` names the file in errors.
 */
export function readHeadedFile<Header>(bytes: Uint8Array, magic: number, what: string): { buffer: ArrayBufferLike; header: Header; bodyOffset: number } {
  // Typed-array views read the platform's byte order; the files are little-endian.
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error(`qari: ${what} needs a little-endian machine`);
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, 2);
  if (words[0] !== magic) throw new Error(`qari: ${what} is not in the expected format`);
  const header = JSON.parse(new TextDecoder().decode(aligned.subarray(PREFIX_BYTES, PREFIX_BYTES + words[1]))) as Header;
  return { buffer: aligned.buffer, header, bodyOffset: aligned.byteOffset + PREFIX_BYTES + headerSpace(words[1]) };
}
