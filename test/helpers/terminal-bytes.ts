/**
 * An allow-list check of everything a program wrote to a terminal: the control sequences qari itself
 * uses (Ink's cursor movement, erasing and colours, synchronized output, the alternate screen, BDSM,
 * cursor show/hide, SGR mouse reporting; with `clipboard`, the OSC 52 of `y`) pass; anything else a terminal would act on is reported: any other CSI, any OSC,
 * DCS, APC, PM or SOS string, any other ESC sequence, C0 controls but CR and LF, DEL, C1 controls,
 * invalid UTF-8, and (optionally) bidi format characters, which qari never writes.
 */
const ALLOWED_CSI = [
  /^\x1b\[\?(1049|25|2026)[hl]$/, // alternate screen, cursor visibility, synchronized output
  /^\x1b\[8[hl]$/, // BDSM: explicit / implicit bidi
  /^\x1b\[\?(1000|1006)[hl]$/, // mouse reporting: button events, SGR encoding (the wheel)
  /^\x1b\[[0-9;]*m$/, // SGR colours and attributes
  /^\x1b\[\d*[ABCDEFG]$/, // cursor movement
  /^\x1b\[\d*(;\d*)?[Hf]$/, // cursor position
  /^\x1b\[[0-3]?[JK]$/, // erase display / line
];
const BIDI_FORMAT = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

export interface ForeignOptions {
  /** Also report bidi format characters (LRM, RLO, LRI...): true for qari's screen output. */
  bidiFormats?: boolean;
  /**
   * Let OSC 52 clipboard writes (`y`) pass when what they put on the clipboard is clean: base64 of
   * valid UTF-8 without C0 or C1 controls. Anything else in one is reported.
   */
  clipboard?: boolean;
}

const OSC52 = /^\x1b\]52;c;([A-Za-z0-9+/]*={0,2})\x07/;

/** Why an OSC 52 clipboard write is not clean, or null when it is. */
function clipboardProblem(payload: string): string | null {
  const bytes = Buffer.from(payload, 'base64');
  if (bytes.toString('base64') !== payload) return 'not base64';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'invalid UTF-8';
  }
  const control = /[\u0000-\u001f\u007f-\u009f]/.exec(text);
  return control ? `control U+${control[0].charCodeAt(0).toString(16).padStart(4, '0')}` : null;
}

const show = (s: string) => JSON.stringify(s);

export function foreignControls(output: Buffer | string, options: ForeignOptions = {}): string[] {
  let text: string;
  if (typeof output === 'string') text = output;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(output);
    } catch {
      return ['invalid UTF-8'];
    }
  }
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = ch.charCodeAt(0);
    if (ch === '\x1b') {
      const next = text[i + 1] ?? '';
      if (next === '[') {
        const match = /^\x1b\[[0-?]*[ -/]*[@-~]/.exec(text.slice(i, i + 64));
        const sequence = match?.[0] ?? text.slice(i, i + 8);
        if (!match || !ALLOWED_CSI.some((re) => re.test(sequence))) found.push(`CSI ${show(sequence)}`);
        i += sequence.length - 1;
      } else if (next === ']') {
        const osc52 = options.clipboard ? OSC52.exec(text.slice(i, i + 200_000)) : null;
        const problem = osc52 ? clipboardProblem(osc52[1]) : 'not a clipboard write';
        if (osc52 && !problem) i += osc52[0].length - 1;
        else found.push(`OSC ${show(text.slice(i, i + 16))}${osc52 ? ` (clipboard: ${problem})` : ''}`);
      }
      else if (next === 'P') found.push(`DCS ${show(text.slice(i, i + 16))}`);
      else if (next === '_' || next === '^' || next === 'X') found.push(`APC/PM/SOS ${show(text.slice(i, i + 16))}`);
      else found.push(`ESC ${show(text.slice(i, i + 2))}`);
    } else if ((code < 0x20 && ch !== '\n' && ch !== '\r') || code === 0x7f) {
      found.push(`C0 U+${code.toString(16).padStart(4, '0')}`);
    } else if (code >= 0x80 && code <= 0x9f) {
      found.push(`C1 U+${code.toString(16).padStart(4, '0')}`);
    } else if (options.bidiFormats && BIDI_FORMAT.test(ch)) {
      found.push(`bidi format U+${code.toString(16).padStart(4, '0')}`);
    }
  }
  return found;
}
