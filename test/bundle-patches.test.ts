import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleOptions } from '../scripts/bundle-options.mjs';

// qari's bundle patches dependencies for speed (scripts/bundle-options.mjs). Each must behave
// exactly as the dependency itself: the same programs, built with and without the patches.
const root = fileURLToPath(new URL('..', import.meta.url));
const INK_PATCHES = ['row-caching-ink-output', 'ink-c1-check', 'ansi-tokenize-simple-segments'];

/** How often the bundle of ENTRY built by runBundle holds `text` (to tell that a patch was applied). */
function occurrences(entry: string, patched: boolean, dir: string, text: string): number {
  return readFileSync(join(dir, `${entry}-${patched ? 'patched' : 'plain'}.mjs`), 'utf8').split(text).length - 1;
}

/** The output of test/fixtures/ENTRY run as a bundle, with or without the plugins named in `without`. */
async function runBundle(entry: string, patched: boolean, without: string[], dir: string, args: string[] = []): Promise<string> {
  const outfile = join(dir, `${entry}-${patched ? 'patched' : 'plain'}.mjs`);
  const plugins = bundleOptions.plugins.filter((plugin) => patched || !without.includes(plugin.name));
  expect(bundleOptions.plugins.map((plugin) => plugin.name)).toEqual(expect.arrayContaining(without));
  await build({ ...bundleOptions, plugins, entryPoints: [join(root, 'test', 'fixtures', entry)], outfile, legalComments: 'none', logLevel: 'error', minify: false });
  return execFileSync(process.execPath, [outfile, ...args], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '3' }, maxBuffer: 1 << 28 });
}

describe("qari's patches to its dependencies", () => {
  const dir = mkdtempSync(join(tmpdir(), 'qari-patches-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("Ink's draw the frames Ink draws (Arabic with and without shaping, marks, highlights, colours, wide cells)", async () => {
    const article = join(root, 'data', 'alkawthar-iran-iraq-interior-ministers.txt');
    const [patched, plain] = (await Promise.all([true, false].map((on) => runBundle('ink-frames.tsx', on, INK_PATCHES, dir, [article])))).map((out) => JSON.parse(out) as string[]);
    expect(patched.length).toBeGreaterThan(15);
    expect(patched.some((frame) => frame.includes('\u001b[7m'))).toBe(true); // highlights were drawn
    expect(patched.some((frame) => /[\u064b-\u0652]/.test(frame))).toBe(true); // and marks
    expect(patched).toEqual(plain);
    const count = (patchedBundle: boolean, text: string) => occurrences('ink-frames.tsx', patchedBundle, dir, text);
    for (const added of ['function plainStyledChars(', 'function simpleSegments(']) expect([count(true, added), count(false, added)]).toEqual([1, 0]);
    expect(count(true, 'isC1ControlCharacter(character)')).toBe(count(false, 'isC1ControlCharacter(character)') - 1);
  });

  it("string-width and slice-ansi with lazy segmenters and emoji pattern measure and cut as before", async () => {
    const patches = ['lazy-string-width', 'lazy-slice-ansi-segmenter'];
    const [patched, plain] = await Promise.all([true, false].map((on) => runBundle('string-widths.ts', on, patches, dir)));
    expect(JSON.parse(patched)).toHaveLength(17);
    expect(patched).toBe(plain);
    for (const standIn of ['LazySegmenter', 'LazyRegExp']) {
      expect(occurrences('string-widths.ts', true, dir, standIn)).toBeGreaterThan(0);
      expect(occurrences('string-widths.ts', false, dir, standIn)).toBe(0);
    }
  });

  it("bidi-js's prebuilt classes are bidi-js's own, for every code point", async () => {
    const [patched, plain] = await Promise.all([true, false].map((on) => runBundle('bidi-classes.ts', on, ['prebuilt-bidi-classes'], dir)));
    const { runs } = JSON.parse(patched) as { runs: Array<[string, number]> };
    expect(runs.length).toBeGreaterThan(500);
    expect(runs.reduce((sum, [, count]) => sum + count, 0)).toBe(0x110000);
    expect(patched).toBe(plain);
    expect([occurrences('bidi-classes.ts', true, dir, 'qariBmpTypes[code]'), occurrences('bidi-classes.ts', false, dir, 'qariBmpTypes[code]')]).toEqual([1, 0]);
  });
});
