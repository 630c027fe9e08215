import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_PATH, REPO } from './helpers/articles.js';
import { hasScript, qariInPty } from './helpers/pty.js';

// The first Intl object of a process costs ~20 ms of ICU set-up, a tenth of qari's start-up. Reading
// an article of plain Arabic text must never need one (scripts/bundle-options.mjs: lazy segmenters,
// Ink's tokenizer without one for such rows); text that needs grapheme segmentation still gets it.
async function intlObjectsMade(article: string, keys: string[]): Promise<string> {
  const trace = join(mkdtempSync(join(tmpdir(), 'qari-intl-')), 'trace.txt');
  const run = await qariInPty(`--shape on ${article}`, keys, {
    env: { NODE_OPTIONS: `--import ${join(REPO, 'test', 'fixtures', 'trace-intl.mjs')}`, QARI_TRACE_INTL: trace },
  });
  expect(run.status).toBe(0);
  return existsSync(trace) ? readFileSync(trace, 'utf8') : '';
}

describe.skipIf(!hasScript)('start-up without ICU', () => {
  it('reads the bundled article, pages through it and quits without making an Intl object', async () => {
    expect(await intlObjectsMade(BUNDLED_PATH, [' ', 'G', 'g', 'q'])).toBe('');
  });

  it('shows a library\'s list, whose heading and help have — and ·, without a segmenter', async () => {
    const library = mkdtempSync(join(tmpdir(), 'qari-intl-library-'));
    writeFileSync(join(library, 'a.txt'), 'وزير الداخلية يزور بغداد\nنص الخبر.\n');
    writeFileSync(join(library, 'b.txt'), 'اجتماع في الدوحة\nنص آخر.\n');
    expect(await intlObjectsMade(library, ['j', 'q'])).not.toContain('Intl.Segmenter');
  });

  it('still segments what needs segmenting (an emoji in the text)', async () => {
    const article = join(mkdtempSync(join(tmpdir(), 'qari-intl-')), 'emoji.txt');
    writeFileSync(article, 'خبر 👍🏽 عاجل\n');
    expect(await intlObjectsMade(article, ['q'])).toContain('Intl.Segmenter');
  });
});
