import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleOptions } from '../scripts/bundle-options.mjs';

// qari's bundle patches Ink's output and sanitizing for speed (scripts/bundle-options.mjs). The
// patched Ink must draw exactly what Ink itself draws: the same screens, built with and without them.
const root = fileURLToPath(new URL('..', import.meta.url));
const INK_PATCHES = ['row-caching-ink-output', 'ink-c1-check', 'ansi-tokenize-simple-segments'];

async function frames(patched: boolean, dir: string): Promise<string[]> {
  const outfile = join(dir, patched ? 'patched.mjs' : 'plain.mjs');
  const plugins = bundleOptions.plugins.filter((plugin) => patched || !INK_PATCHES.includes(plugin.name));
  await build({ ...bundleOptions, plugins, entryPoints: [join(root, 'test', 'fixtures', 'ink-frames.tsx')], outfile, legalComments: 'none', logLevel: 'error' });
  const output = execFileSync(process.execPath, [outfile, join(root, 'data', 'alkawthar-iran-iraq-interior-ministers.txt')], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '3' } });
  return JSON.parse(output) as string[];
}

describe("qari's patches to Ink", () => {
  it('draw the frames Ink draws (Arabic with and without shaping, marks, highlights, colours, wide cells)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qari-ink-'));
    try {
      const [patched, plain] = await Promise.all([frames(true, dir), frames(false, dir)]);
      expect(bundleOptions.plugins.map((plugin) => plugin.name)).toEqual(expect.arrayContaining(INK_PATCHES));
      expect(patched.length).toBeGreaterThan(15);
      expect(patched.some((frame) => frame.includes('\u001b[7m'))).toBe(true); // highlights were drawn
      expect(patched.some((frame) => /[\u064b-\u0652]/.test(frame))).toBe(true); // and marks
      expect(patched).toEqual(plain);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
