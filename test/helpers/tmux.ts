import { execFileSync, spawnSync } from 'node:child_process';
import { REPO } from './articles.js';

export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

/** A real terminal: qari runs inside a detached tmux session that the test types into and reads. */
export class TmuxSession {
  private static counter = 0;
  readonly socket = `qari-test-${process.pid}-${TmuxSession.counter++}`;
  readonly name = 'qari';

  constructor(command: string, width: number, height: number, env: Record<string, string> = {}) {
    const exports = Object.entries({ TERM_PROGRAM: 'tmux', NO_COLOR: '1', ...env })
      .map(([k, v]) => `${k}='${v}'`)
      .join(' ');
    this.tmux('new-session', '-d', '-s', this.name, '-x', String(width), '-y', String(height), '-c', REPO, `env ${exports} ${command}; echo "EXIT=$?"; stty -a | grep -q -- ' icanon' && echo RAW=off || echo RAW=on; sleep 60`);
  }

  tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  }

  screen(): string[] {
    return this.tmux('capture-pane', '-p', '-t', this.name).replace(/\n$/, '').split('\n');
  }

  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', this.name, ...keys);
  }

  resize(width: number, height: number): void {
    this.tmux('resize-window', '-t', this.name, '-x', String(width), '-y', String(height));
  }

  /** tmux's own view of the terminal modes: alternate screen and cursor visibility. */
  modes(): { alternate: boolean; cursorVisible: boolean } {
    const [alternate, cursor] = this.tmux('display-message', '-p', '-t', this.name, '#{alternate_on} #{cursor_flag}').trim().split(' ');
    return { alternate: alternate === '1', cursorVisible: cursor === '1' };
  }

  async waitForScreen(check: (lines: string[]) => boolean, what: string, timeoutMs = 20_000): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    let lines = this.screen();
    while (!check(lines)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; screen was:\n${lines.join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      lines = this.screen();
    }
    return lines;
  }

  close(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}
