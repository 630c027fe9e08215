import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './articles.js';

/** util-linux `script` gives a command a pseudo-terminal and copies every byte it writes to a pipe. */
export const hasScript = spawnSync('script', ['--version']).status === 0;

export const ALT_SCREEN_ON = '\x1b[?1049h';
export const ALT_SCREEN_OFF = '\x1b[?1049l';
const FRAME_END = '\x1b[?2026l'; // Ink ends every frame with the end of synchronized output

export interface PtyRun {
  /** Every byte the qari process wrote to the terminal (stdout and stderr), as text. */
  written: string;
  /** qari's exit status. */
  status: number;
  /** The terminal's line discipline after qari exited: canonical mode and echo must be back on. */
  icanon: boolean;
  echo: boolean;
}

export interface PtyOptions {
  timeoutMs?: number;
  /**
   * How long to wait for a key's effect on the screen before typing the next one anyway (a key may
   * change nothing). Keys typed while qari is busy would arrive together, and ESC followed by a key
   * in one read is Alt+key: so the next key waits for the screen to answer the last one.
   */
  answerMs?: number;
  env?: NodeJS.ProcessEnv;
}

/**
 * Runs `qari ARGS` in an 80x24 pseudo-terminal. Once the first frame is drawn, `keys` are typed one
 * at a time, each after the screen answered the previous one; then the exit status and `stty -a`
 * are read.
 */
export function qariInPty(args: string, keys: string[], options: PtyOptions = {}): Promise<PtyRun> {
  const config = mkdtempSync(join(tmpdir(), 'qari-pty-'));
  const shell = `stty cols 80 rows 24; node bin/qari.js --config-dir ${config} ${args}; echo "QARI-EXIT=$?"; stty -a`;
  const child = spawn('script', ['-qfec', shell, '/dev/null'], { cwd: REPO, env: { ...process.env, TERM: 'xterm-256color', TMUX: '', STY: '', ...options.env } });
  const chunks: Buffer[] = [];
  let typing = false;
  let lastOutput = Date.now();
  let keyTypedAt = 0;
  let outputSinceKey = true;
  const answerMs = options.answerMs ?? 800;
  const typeKeys = () => {
    if (typing) return;
    typing = true;
    let i = 0;
    const poll = setInterval(() => {
      if (i >= keys.length || child.exitCode !== null) return clearInterval(poll);
      const now = Date.now();
      const settled = now - lastOutput > 120 && now - keyTypedAt > 120;
      if (settled && (outputSinceKey || now - keyTypedAt > answerMs)) {
        child.stdin.write(keys[i++]);
        keyTypedAt = now;
        outputSinceKey = false;
      }
    }, 20);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      spawnSync('pkill', ['-KILL', '-f', `^node bin/qari.js --config-dir ${config} `]);
      reject(new Error(`timed out; output so far: ${JSON.stringify(Buffer.concat(chunks).toString('utf8').slice(-600))}`));
    }, options.timeoutMs ?? 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      lastOutput = Date.now();
      outputSinceKey = true;
      const text = Buffer.concat(chunks).toString('latin1');
      const entered = text.indexOf(ALT_SCREEN_ON);
      if (entered !== -1 && text.indexOf(FRAME_END, entered) !== -1) typeKeys();
    });
    child.on('exit', () => {
      clearTimeout(timer);
      const all = Buffer.concat(chunks);
      const marker = all.indexOf('QARI-EXIT=');
      if (marker === -1) return reject(new Error(`no exit status; output: ${JSON.stringify(all.toString('utf8').slice(-600))}`));
      const after = all.subarray(marker).toString('utf8');
      resolve({
        written: all.subarray(0, marker).toString('utf8'),
        status: Number(/QARI-EXIT=(\d+)/.exec(after)?.[1]),
        icanon: /(^|\s)icanon(\s|$)/.test(after),
        echo: /(^|\s)echo(\s|$)/.test(after),
      });
    });
  });
}

/** The alternate screen was entered and left again, and the cursor is visible at the end. */
export function screenRestored(written: string): boolean {
  const entered = written.lastIndexOf(ALT_SCREEN_ON);
  const left = written.lastIndexOf(ALT_SCREEN_OFF);
  return entered !== -1 && left > entered && written.slice(entered).includes('\x1b[?25h') && !written.slice(left).includes('\x1b[?25l');
}
