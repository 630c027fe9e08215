import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSource } from '../src/sources/open.js';
import { PROGRESSIVE_MIN_BYTES, type LoadedArticle } from '../src/sources/progressive.js';
import { contentKey } from '../src/sources/key.js';

const dir = mkdtempSync(join(tmpdir(), 'qari-progressive-'));
const bundled = readFileSync(join(__dirname, '..', 'data', 'alkawthar-iran-iraq-interior-ministers.txt'), 'utf8');
const big = join(dir, 'big.txt');
writeFileSync(big, bundled.repeat(Math.ceil(PROGRESSIVE_MIN_BYTES / Buffer.byteLength(bundled)) + 1));

describe('opening a big plain-text file for the reader', () => {
  it('gives its first part at once, then loads exactly the article opening it whole gives', async () => {
    const opened = await openSource(big, { configDir: dir, progressive: true });
    const whole = await openSource(big, { configDir: dir });
    if (opened.kind !== 'article' || whole.kind !== 'article') throw new Error('not an article');
    expect(opened.loading).toBeDefined();
    expect(whole.loading).toBeUndefined();
    expect(opened.article.blocks.length).toBeGreaterThan(0);
    expect(opened.article.blocks.length).toBeLessThan(whole.article.blocks.length);
    expect(opened.article.blocks.slice(0, 10)).toEqual(whole.article.blocks.slice(0, 10));
    const fractions: number[] = [];
    const loaded = await new Promise<LoadedArticle>((resolve, reject) =>
      opened.loading!.start({ progress: (f) => fractions.push(f), done: resolve, fail: reject }),
    );
    expect(loaded.article).toEqual(whole.article);
    expect(loaded.key).toBe(contentKey(whole.article));
    expect(fractions.length).toBeGreaterThan(0);
    expect(fractions.every((f, i) => f > 0 && f < 1 && (i === 0 || f > fractions[i - 1]))).toBe(true);
  });

  it('opens small files, and files of other formats, at once', async () => {
    const small = join(dir, 'small.txt');
    writeFileSync(small, bundled);
    const opened = await openSource(small, { configDir: dir, progressive: true });
    expect(opened.kind === 'article' && opened.loading).toBeFalsy();
  });
});
