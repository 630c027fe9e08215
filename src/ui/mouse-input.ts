import { createContext, useContext, useEffect, useRef } from 'react';
import { MouseFilter } from '../terminal/mouse.js';

type WheelListener = (direction: 1 | -1) => void;

export interface MouseInput {
  /** The keyboard as Ink should see it: the same stream, with mouse reports taken out. */
  stdin: NodeJS.ReadStream;
  onWheel(listener: WheelListener): () => void;
}

/**
 * How long the start of a possible report (a lone ESC) waits for its rest. A terminal writes a
 * report at once, so the rest comes within microseconds; a person's next key takes far longer.
 */
const HOLD_MS = 25;

/**
 * Wraps the keyboard stream so that Ink's `read()` never returns a mouse report; wheel notches go
 * to the listeners instead. Everything else (raw mode, encoding, listeners) is the stream's own.
 */
export function withMouse(stdin: NodeJS.ReadStream): MouseInput {
  const filter = new MouseFilter();
  const listeners = new Set<WheelListener>();
  let release = false;
  let timer: NodeJS.Timeout | null = null;
  // A chunk read after a held Escape, for the next turn.
  let queued: string | null = null;
  // Ink joins an ESC and whatever it reads next in the same turn into Alt+key. An Escape let go here
  // is therefore the last thing Ink reads in its turn; the rest waits for a timer, which runs after
  // Ink's setImmediate has taken the ESC as the Escape key.
  let paused = false;
  const escapeAlone = (escape: string): string => {
    paused = true;
    setTimeout(() => {
      paused = false;
      stdin.emit('readable');
    }, 0);
    return escape;
  };
  // Nothing completed the held start in time: it was a key (Escape). Ink reads it on 'readable'.
  const holdBriefly = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!filter.holding) return;
    timer = setTimeout(() => {
      timer = null;
      release = true;
      stdin.emit('readable');
    }, HOLD_MS);
    timer.unref();
  };
  const read = (): string | null => {
    if (paused) return null;
    if (release) {
      release = false;
      const held = filter.flush();
      if (held) return held === '\x1b' ? escapeAlone(held) : held;
    }
    for (;;) {
      const chunk: unknown = queued ?? stdin.read();
      queued = null;
      if (chunk === null) {
        holdBriefly();
        return null;
      }
      const input = typeof chunk === 'string' ? chunk : String(chunk);
      // Escape then a key within the hold (fast typing, tmux send-keys) must not become Alt+key.
      if (filter.endsEscape(input)) {
        queued = input;
        return escapeAlone(filter.flush());
      }
      const { text, events } = filter.push(input);
      for (const event of events) if (event.kind === 'wheel') for (const listener of listeners) listener(event.direction);
      if (text) {
        holdBriefly();
        return text;
      }
    }
  };
  const proxy = new Proxy(stdin, {
    get(target, property) {
      if (property === 'read') return read;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    stdin: proxy,
    onWheel(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Where the screens subscribe to the wheel; absent when mouse reporting is off. */
export const WheelContext = createContext<MouseInput['onWheel'] | null>(null);

/** Calls `handler` (the latest one) for every wheel notch while the component is mounted. */
export function useWheel(handler: WheelListener): void {
  const subscribe = useContext(WheelContext);
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => subscribe?.((direction) => latest.current(direction)), [subscribe]);
}
