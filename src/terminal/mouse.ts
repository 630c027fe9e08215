/**
 * Mouse reports in the keyboard input. With SGR mouse mode on (`CSI ? 1000 h` button events,
 * `CSI ? 1006 h` SGR encoding) the terminal writes `ESC [ < b ; x ; y M` (press) or `... m`
 * (release) into the input; a terminal without SGR encoding falls back to X10's `ESC [ M` and three
 * bytes. Ink knows neither: it would hand "[<64;10;5M" to the key handlers, where "[" is a key and a
 * text field types it. So reports are taken out of the input before Ink reads it. Hand-written:
 * the mouse libraries for Node want to own stdin and emit their own key events, Ink's job here.
 */
export const MOUSE_ON = '\x1b[?1000h\x1b[?1006h';
export const MOUSE_OFF = '\x1b[?1006l\x1b[?1000l';

export type MouseEvent =
  /** A wheel notch: 1 down (towards the end), -1 up. */
  | { kind: 'wheel'; direction: 1 | -1 }
  /** Anything else (a click, a release): qari takes no action on it. */
  | { kind: 'other' };

/** A whole report (SGR or X10) at the start of the string. */
const REPORT = /^\x1b\[(?:<(\d{1,4});\d{1,5};\d{1,5}[Mm]|M([\s\S])[\s\S]{2})/;
/** The start of a report that the next chunk may complete (a lone ESC too: it may start one). */
const PARTIAL = /^\x1b(?:\[(?:<[\d;]{0,16}|M[\s\S]{0,2})?)?$/;

function eventOf(report: RegExpExecArray): MouseEvent {
  const button = report[1] !== undefined ? Number(report[1]) : report[2].charCodeAt(0) - 32;
  // Bit 64 marks the wheel; its low bits say which way (0 up, 1 down; 2 and 3 are sideways).
  if ((button & 0b1100_0011) === 64) return { kind: 'wheel', direction: -1 };
  if ((button & 0b1100_0011) === 65) return { kind: 'wheel', direction: 1 };
  return { kind: 'other' };
}

/**
 * Splits keyboard input into text (for Ink) and mouse events, across chunk boundaries. The end of
 * a chunk that may begin a report (a lone ESC, `ESC [ < 6`) is held for the next chunk; the caller
 * lets it go with flush() when nothing follows soon: a lone ESC was the Escape key, the start of a
 * report a report cut short, which is dropped.
 */
export class MouseFilter {
  private pending = '';
  /** What flush() let go: if the next chunk completes a report with it, that rest is dropped. */
  private flushed = '';

  get holding(): boolean {
    return this.pending !== '';
  }

  /** A lone ESC is held and `chunk` cannot continue a report: the ESC was the Escape key on its own. */
  endsEscape(chunk: string): boolean {
    return this.pending === '\x1b' && chunk !== '' && chunk[0] !== '[';
  }

  /** What was held, for Ink: a key's start as it came, nothing of a report's. */
  flush(): string {
    this.flushed = this.pending;
    this.pending = '';
    return /^\x1b\[[<M]/.test(this.flushed) ? '' : this.flushed;
  }

  push(chunk: string): { text: string; events: MouseEvent[] } {
    const events: MouseEvent[] = [];
    const flushed = this.flushed;
    this.flushed = '';
    const late = flushed ? REPORT.exec(flushed + chunk.slice(0, 32)) : null;
    if (late && late[0].length > flushed.length) {
      // The report's start went to Ink as keys already (an Escape): at least its rest is not typed.
      events.push(eventOf(late));
      chunk = chunk.slice(late[0].length - flushed.length);
    }
    const input = this.pending + chunk;
    this.pending = '';
    let text = '';
    let index = 0;
    while (index < input.length) {
      const escape = input.indexOf('\x1b', index);
      if (escape === -1) break;
      text += input.slice(index, escape);
      const rest = input.slice(escape, escape + 32);
      const report = REPORT.exec(rest);
      if (report) {
        events.push(eventOf(report));
        index = escape + report[0].length;
      } else if (escape + rest.length === input.length && PARTIAL.test(rest)) {
        this.pending = rest;
        return { text, events };
      } else {
        text += '\x1b';
        index = escape + 1;
      }
    }
    return { text: text + input.slice(index), events };
  }
}
