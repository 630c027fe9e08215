/**
 * Neutralises untrusted text so nothing in an article can drive the terminal.
 *
 * C0 controls and DEL become their visible Control Pictures (U+2400 block), so an escape sequence
 * shows up as "␛[31m" instead of colouring the screen; C1 controls (which 8-bit terminals treat as
 * CSI/OSC introducers) and lone surrogates become U+FFFD. Tabs and Unicode line/paragraph separators
 * become spaces because a block is one paragraph. Bidi format characters are kept: they steer the
 * bidi algorithm and are dropped later, at output.
 */
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\t\n]/g;

function replaceControl(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === '\t' || ch === '\n' || ch === '\u2028' || ch === '\u2029') return ' ';
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

export function sanitizeText(text: string): string {
  return text.toWellFormed().replace(CONTROLS, replaceControl);
}

/** True when a string could reach the terminal as a control (used by tests and by output guards). */
export function hasTerminalControls(text: string): boolean {
  return /[\u0000-\u001f\u007f-\u009f]/.test(text);
}

/** Bidi format characters: LRM, RLM, ALM, LRE..RLO, LRI..PDI. */
export const BIDI_FORMAT = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * One line of untrusted text written as is, without the bidi pipeline (messages on stderr, list
 * details, --print list lines): controls made visible as above, and bidi format characters dropped,
 * because written raw they would let a file name reorder what the terminal shows ("Trojan Source").
 */
export function sanitizeLine(text: string): string {
  return sanitizeText(text).replace(BIDI_FORMAT, '');
}

/** Characters that JSON may carry raw but a terminal would act on (DEL, C1) or reorder by (bidi formats). */
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON.stringify, with every character a terminal could act on escaped as \uXXXX: JSON.stringify
 * escapes C0 and lone surrogates but writes DEL, C1 and bidi controls raw. The parsed value is the same.
 */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(JSON_UNSAFE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
