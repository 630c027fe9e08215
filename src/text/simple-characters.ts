/**
 * A one-cell character that always stands alone as a grapheme cluster when its neighbours are such
 * characters too: printable ASCII and the Hebrew and Arabic letters, digits and punctuation (not
 * their combining marks, nor the Arabic number signs, which prefix the next character). Almost all
 * of a news article, so clustering and widths skip Intl.Segmenter and string-width for them.
 */
export function isSimpleCharacter(code: number): boolean {
  if (code < 0x80) return code >= 0x20 && code < 0x7f;
  if (code < 0x05d0) return false;
  if (code <= 0x05ea) return true;
  if (code < 0x05ef) return false;
  if (code <= 0x05f4) return true;
  if (code < 0x0606 || code > 0x06ff) return false;
  return !(
    (code >= 0x0610 && code <= 0x061a) || code === 0x061c ||
    (code >= 0x064b && code <= 0x065f) || code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed && code !== 0x06de && code !== 0x06e5 && code !== 0x06e6 && code !== 0x06e9)
  );
}

/** An Arabic presentation form (what shaping writes): a visible spacing letter or ligature. */
export function isPresentationForm(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc);
}
