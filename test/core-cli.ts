import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: Buffer;
  stderr: string;
}

/** Runs the built CLI (test/global-setup.ts builds it) with a pipe for stdout, as a script would. */
export function runQari(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv; spawn?: { uid?: number; gid?: number } } = {}): CliRun {
  const result = spawnSync(process.execPath, ['bin/qari.js', ...args], {
    cwd: ROOT,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1', QARI_BIDI: '', QARI_SHAPE: '', ...options.env },
    maxBuffer: 256 * 1024 * 1024,
    ...options.spawn,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.toString('utf8') };
}
