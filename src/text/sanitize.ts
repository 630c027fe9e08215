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
