import { MOUSE_OFF, MOUSE_ON } from '../terminal/mouse.js';

/**
 * The terminal modes a full-screen session changes (alternate screen, cursor, BDSM, mouse
 * reporting), and their restoration on every way out:
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
  options: { explicitBidi: boolean; mouse?: boolean; setRawMode?: (on: boolean) => void },
): TerminalSession {
  let active = true;
  stdout.write(ALT_SCREEN_ON + CURSOR_HIDE + (options.explicitBidi ? BDSM_EXPLICIT : '') + (options.mouse ? MOUSE_ON : ''));
  const restore = () => {
    if (!active) return;
    active = false;
    try {
      options.setRawMode?.(false);
    } catch {
      // stdin already closed: nothing to restore there
    }
    try {
      stdout.write((options.mouse ? MOUSE_OFF : '') + (options.explicitBidi ? BDSM_IMPLICIT : '') + CURSOR_SHOW + ALT_SCREEN_OFF);
    } catch {
      // the terminal is gone (SIGHUP): nothing left to restore
    }
  };
  return { restore };
}

const SIGNAL_EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/**
 * Routes every abnormal way out (signals, uncaught errors) to `leave`, which must restore the
 * terminal and exit. Returns a function that removes the handlers.
 */
export function guardExits(leave: (code: number, error?: unknown) => void): () => void {
  const onSignal = (signal: NodeJS.Signals) => leave(SIGNAL_EXIT_CODES[signal] ?? 1);
  const onCrash = (error: unknown) => leave(1, error);
  const signals = Object.keys(SIGNAL_EXIT_CODES) as NodeJS.Signals[];
  for (const signal of signals) process.on(signal, onSignal);
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
  };
}
