import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './helpers/articles.js';

/** `script` gives the command a pseudo-terminal and copies every byte it writes to our pipe. */
const hasScript = spawnSync('script', ['--version']).status === 0;
if (!hasScript) console.warn('util-linux `script` is missing: terminal-restore tests are skipped');

const ENTER = '\x1b[?1049h';
const LEAVE = '\x1b[?1049l';
const CURSOR_SHOW = '\x1b[?25h';
const BDSM_EXPLICIT = '\x1b[8l';
const BDSM_IMPLICIT = '\x1b[8h';
const MOUSE_ON = '\x1b[?1000h\x1b[?1006h';
const MOUSE_OFF = '\x1b[?1006l\x1b[?1000l';

interface Run {
  output: string;
  code: number | null;
}

/** Runs `command` in a pty; `act` may type keys or signal the program once its first screen is up. */
function inPty(command: string, act: (send: (keys: string) => void, signal: (name: string) => void) => void): Promise<Run> {
  const config = mkdtempSync(join(tmpdir(), 'qari-exit-'));
  // After qari: the line discipline must be back to canonical mode with echo (raw mode undone).
  const ttyCheck = `stty -a | grep -Eq -- '(^| )-(icanon|echo)( |$)' && echo TTY=raw || echo TTY=cooked`;
  const child = spawn('script', ['-qfec', `stty cols 80 rows 24; ${command} --config-dir ${config}; code=$?; ${ttyCheck}; exit $code`, '/dev/null'], {
    cwd: REPO,
    // CI=true as CI runners export it: qari must still draw every frame (Ink alone would not).
    env: { ...process.env, TERM: 'xterm-256color', NO_COLOR: '1', CI: 'true' },
  });
  let output = '';
  let acted = false;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out; output so far: ${JSON.stringify(output.slice(-400))}`));
    }, 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (!acted && output.includes('%')) {
        acted = true;
        setTimeout(
          // Only the node process: the shell and `script` have the same words later in their command lines.
          () => act((keys) => child.stdin.write(keys), (name) => spawnSync('pkill', [`-${name}`, '-f', `^node .*--config-dir ${config}`])),
          300,
        );
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ output, code });
    });
  });
}

/** Alternate screen left, cursor shown, mouse reporting off, and the terminal out of raw mode. */
function restored(output: string): boolean {
  const entered = output.lastIndexOf(ENTER);
  const left = output.lastIndexOf(LEAVE);
  const mouseOff = output.lastIndexOf(MOUSE_OFF) > output.lastIndexOf(MOUSE_ON) || !output.includes(MOUSE_ON);
  const modes = mouseOff && entered !== -1 && left > entered && output.slice(entered).includes(CURSOR_SHOW) && !output.slice(left).includes('\x1b[?25l');
  return modes && output.slice(left).includes('TTY=cooked');
}

describe.skipIf(!hasScript)('terminal state on every way out', () => {
  it('q: alternate screen left, cursor shown, BDSM back to implicit', async () => {
    const run = await inPty('node bin/qari.js --bidi app', (send) => send('q'));
    expect(run.code).toBe(0);
    expect(run.output.startsWith(ENTER) || run.output.includes(ENTER)).toBe(true);
    expect(run.output).toContain(BDSM_EXPLICIT);
    expect(run.output.indexOf(BDSM_IMPLICIT)).toBeGreaterThan(run.output.indexOf(BDSM_EXPLICIT));
    expect(run.output).toContain(MOUSE_ON); // the wheel scrolls: mouse reporting was on
    expect(restored(run.output)).toBe(true);
  });

  it('--no-mouse never turns mouse reporting on', async () => {
    const run = await inPty('node bin/qari.js --no-mouse', (send) => send('q'));
    expect(run.code).toBe(0);
    expect(run.output).not.toContain(MOUSE_ON);
    expect(restored(run.output)).toBe(true);
  });

  it('terminal mode never switches BDSM', async () => {
    const run = await inPty('node bin/qari.js --bidi terminal', (send) => send('q'));
    expect(run.code).toBe(0);
    expect(run.output).not.toContain(BDSM_EXPLICIT);
    expect(restored(run.output)).toBe(true);
  });

  it('Ctrl-C', async () => {
    const run = await inPty('node bin/qari.js', (send) => send('\x03'));
    expect(run.code).toBe(0);
    expect(run.output).toContain(MOUSE_ON);
    expect(restored(run.output)).toBe(true);
  });

  for (const [signal, code] of [['TERM', 143], ['HUP', 129]] as const) {
    it(`SIG${signal}`, async () => {
      const run = await inPty('node bin/qari.js', (_send, kill) => kill(signal));
      expect(run.code).toBe(code);
      expect(restored(run.output)).toBe(true);
      expect(run.output).toContain(BDSM_IMPLICIT);
      expect(run.output.lastIndexOf(MOUSE_OFF)).toBeGreaterThan(run.output.lastIndexOf(MOUSE_ON));
    });
  }

  it('an uncaught error: terminal restored, one line on stderr, exit 1', async () => {
    const run = await inPty('CRASH_AFTER_MS=1500 node --import tsx test/fixtures/crash-reader.tsx', () => undefined);
    expect(run.code).toBe(1);
    expect(run.output).toContain(MOUSE_ON);
    expect(restored(run.output)).toBe(true);
    expect(run.output).toContain('qari: unexpected error: boom from a timer');
    expect(run.output).not.toMatch(/\n\s+at /); // no stack trace
  });
});
