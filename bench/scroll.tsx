/**
 * In-process cost of a key press in the reader on a (huge) article at 200x60: the reducer, the rows
 * and Ink's render to a fake terminal, from the key reaching stdin to the frame being written.
 * Bundled by bench/run.mjs with the program's own build options (so Ink gets the same fast paths).
 * Usage: node scroll.js FILE → one JSON line {"keys": n, "median": ms, "p99": ms, "firstFrame": ms}
 */
import { EventEmitter } from 'node:events';
import { render } from 'ink';
import { openSource } from '../src/sources/open.js';
import { App } from '../src/ui/App.js';
import { makeTheme } from '../src/ui/theme.js';
import { FakeStdout } from '../test/helpers/fake-stdout.js';

const COLUMNS = 200;
const ROWS = 60;

class FakeStdin extends EventEmitter {
  readonly isTTY = true;
  private data: string | null = null;
  press(data: string): void {
    this.data = data;
    this.emit('readable');
  }
  read = (): string | null => {
    const data = this.data;
    this.data = null;
    return data;
  };
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}

const stdout = new FakeStdout(COLUMNS, ROWS, false);
const stdin = new FakeStdin();

function nextFrame(): Promise<void> {
  return new Promise((resolve) => (stdout.onFrame = () => ((stdout.onFrame = null), resolve())));
}

const opened = await openSource(process.argv[2], { configDir: '/nonexistent' });
if (opened.kind !== 'article') throw new Error('not an article');
const started = performance.now();
const first = nextFrame();
const instance = render(<App article={opened.article} layout={{ reorder: true, shape: true }} theme={makeTheme(false)} />, {
  stdout: stdout as unknown as NodeJS.WriteStream,
  stdin: stdin as unknown as NodeJS.ReadStream,
  debug: true,
  exitOnCtrlC: false,
  patchConsole: false,
});
await first;
const firstFrame = performance.now() - started;
await new Promise((resolve) => setTimeout(resolve, 50));

// Reading the way people read: lines and pages down, some back up, the end, and back from there.
const keys = [...'j'.repeat(150), ...' '.repeat(40), ...'k'.repeat(40), ...'b'.repeat(20), 'G', ...'k'.repeat(60), ...'b'.repeat(20), 'g', ...'j'.repeat(60)];
const times: number[] = [];
for (const key of keys) {
  const frame = nextFrame();
  const pressed = performance.now();
  stdin.press(key);
  await frame;
  times.push(performance.now() - pressed);
}
instance.unmount();
times.sort((a, b) => a - b);
const at = (q: number): number => times[Math.min(times.length - 1, Math.floor(q * times.length))];
console.log(JSON.stringify({ keys: times.length, median: at(0.5), p99: at(0.99), firstFrame }));
process.exit(0);
