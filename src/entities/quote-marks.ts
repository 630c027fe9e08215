/** Quotation marks as tokens: news opens a quote with '"', "«" or "“" and closes it with '"', "»" or "”". */
export const OPENING_QUOTES = new Set(['"', '«', '“']);

export const CLOSING_QUOTES = new Set(['"', '»', '”']);

/** Any quotation mark, opening or closing. */
export const QUOTE_MARKS = new Set([...OPENING_QUOTES, ...CLOSING_QUOTES]);
