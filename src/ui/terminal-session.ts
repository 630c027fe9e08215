/**
 * The terminal modes a full-screen session changes, and their restoration on every way out:
 * normal exit, Ctrl-C, SIGTERM, SIGHUP and a crash. Restoring twice is harmless.
 */
const ALT_SCREEN_ON = '\x1b[?1049h';
const ALT_SCREEN_OFF = '\x1b[?1049l';
const CURSOR_HIDE = '\x1b[?25l';
const CURSOR_SHOW = '\x1b[?25h';
/** BDSM (ECMA-48 mode 8): explicit = the terminal shows cells as written; implicit = it reorders. */
export const BDSM_EXPLICIT = '\x1b[8l';
export const BDSM_IMPLICIT = '\x1b[8h';

export interface TerminalSession {
  restore(): void;
}

export function enterFullScreen(
  stdout: NodeJS.WriteStream,
  options: { explicitBidi: boolean; setRawMode?: (on: boolean) => void },
): TerminalSession {
  let active = true;
  stdout.write(ALT_SCREEN_ON + CURSOR_HIDE + (options.explicitBidi ? BDSM_EXPLICIT : ''));
  const restore = () => {
    if (!active) return;
    active = false;
    try {
      options.setRawMode?.(false);
    } catch {
      // stdin already closed: nothing to restore there
    }
    stdout.write((options.explicitBidi ? BDSM_IMPLICIT : '') + CURSOR_SHOW + ALT_SCREEN_OFF);
  };
  return { restore };
}
