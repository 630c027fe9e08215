import stringWidth from 'string-width';
import { afterAll, describe, expect, it } from 'vitest';
import { runQari } from './core-cli.js';
import { foreignControls } from './helpers/terminal-bytes.js';
import { hostileCases, removeHostileFiles, type HostileCase } from './helpers/hostile-cases.js';

// Every hostile input through --print (three renderings) and --json: the right exit status, stdout
// with nothing a terminal would act on, no line wider than asked, stderr empty or one clean line.

const WIDTH = 60;
afterAll(removeHostileFiles);
const RENDERINGS = [
  ['--bidi', 'terminal', '--shape', 'off'], // logical order: placeholders appear as written
  ['--bidi', 'app', '--shape', 'off'],
  ['--bidi', 'app', '--shape', 'on'],
];

function run(c: HostileCase, args: string[]) {
  return runQari([...args, c.source], { input: c.stdin ?? '' });
}

/** stderr: nothing, or exactly the expected message as one sanitized line. */
function expectStderr(c: HostileCase, stderr: string): void {
  if (!c.message) return expect(stderr).toBe('');
  const lines = stderr.split('\n');
  expect(lines.at(-1)).toBe('');
  expect(lines).toHaveLength(2);
  expect(lines[0]).toMatch(c.message);
  expect(foreignControls(lines[0], { bidiFormats: true })).toEqual([]);
}

describe.concurrent('hostile input through --print and --json', () => {
  for (const c of hostileCases()) {
    const renderings = c.big ? RENDERINGS.slice(1, 2) : RENDERINGS;
    it(`${c.name}: --print`, { timeout: c.big ? 120_000 : 30_000 }, () => {
      for (const rendering of renderings) {
        const result = run(c, ['--print', '-w', String(WIDTH), ...rendering]);
        expect(result.status, result.stderr).toBe(c.status);
        expectStderr(c, result.stderr);
        // A list prints "title<TAB>details" lines: the tab is qari's own separator.
        const stdout = c.list ? result.stdout.toString('utf8').replaceAll('\t', ' ') : result.stdout;
        expect(foreignControls(stdout, { bidiFormats: true }), rendering.join(' ')).toEqual([]);
        const text = result.stdout.toString('utf8');
        for (const line of text.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(c.list ? Infinity : WIDTH);
        if (c.status !== 0) expect(text).toBe('');
        if (c.shows && rendering[1] === 'terminal') expect(text).toContain(c.shows);
        if (c.unaffected) {
          const alone = runQari(['--print', '-w', String(WIDTH), ...rendering, '-'], { input: `${c.unaffected}\n` }).stdout.toString('utf8');
          expect(alone.length).toBeGreaterThan(0);
          expect(text.endsWith(alone) || text.includes(`\n${alone}\n`), `"${c.unaffected}" printed as on its own`).toBe(true);
        }
      }
    });

    it(`${c.name}: --json`, { timeout: c.big ? 120_000 : 30_000 }, () => {
      const result = run(c, ['--json']);
      expect(result.status, result.stderr).toBe(c.status);
      expectStderr(c, result.stderr);
      // Raw bytes: JSON escapes C0 itself; DEL, C1 and bidi controls must be escaped too.
      expect(foreignControls(result.stdout, { bidiFormats: true })).toEqual([]);
      if (c.status !== 0) return expect(result.stdout.length).toBe(0);
      const model = JSON.parse(result.stdout.toString('utf8')) as { blocks?: Array<{ text: string }>; title: string | null; items?: Array<{ title: string; source: string | null; date: string | null }> };
      const strings = [model.title, ...(model.blocks ?? []).map((b) => b.text), ...(model.items ?? []).flatMap((i) => [i.title, i.source, i.date])];
      for (const s of strings) if (s !== null) expect(foreignControls(s), s).toEqual([]);
      if (c.shows) expect(strings.join('\n')).toContain(c.shows);
    });
  }
});
