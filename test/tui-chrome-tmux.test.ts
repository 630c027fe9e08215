import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { logicalOfRtl, REPO } from './helpers/articles.js';
import { hasTmux, TmuxSession } from './helpers/tmux.js';
import { ar } from '../src/i18n/ar.js';

const SHARED_AR = join(REPO, '..', 'shared', 'articles', 'ar');
const hasShared = existsSync(SHARED_AR);
if (!hasShared) console.warn(`${SHARED_AR} is absent: the mirrored library test is skipped`);

const sessions: TmuxSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

function qari(args: string, width: number, height: number, env: Record<string, string> = {}): TmuxSession {
  const session = new TmuxSession(`node bin/qari.js ${args}`, width, height, env);
  sessions.push(session);
  return session;
}

const freshDir = () => mkdtempSync(join(tmpdir(), 'qari-chrome-'));
/** The last cell of a row that is not blank: where its text ends. */
const endsAtRightEdge = (row: string, width: number) => stringWidth(row) === width && !row.endsWith(' ');

describe.skipIf(!hasTmux)('mirrored chrome in a real terminal (tmux)', () => {
  it.skipIf(!hasShared)('lays a library of Arabic articles out from the right edge: titles end there, progress at the left', async () => {
    const session = qari(`${SHARED_AR} --shape off --config-dir ${freshDir()}`, 100, 24);
    // (Down to its status line: a busy machine may capture the frame half drawn.)
    const list = await session.waitForScreen((l) => l[0].includes('Library') && l.filter((x) => x.startsWith('unread')).length >= 10 && l.some((x) => x.trimEnd().endsWith('q quits')), 'the library');
    // The heading, an English message with the folder's name, sits at the right edge too.
    expect(endsAtRightEdge(list[0], 100)).toBe(true);
    const drawn = list.filter((x) => x.trim());
    const rows = drawn.slice(1, -1); // between the heading and the list's status line
    expect(rows.length).toBeGreaterThanOrEqual(10);
    // The selection marker at the right edge, pointing into its row.
    expect(rows[0].endsWith(' ◀')).toBe(true);
    for (const row of rows.slice(1)) {
      expect(row.startsWith('unread')).toBe(true);
      expect(stringWidth(row)).toBe(98); // two cells for the marker column, blank on these rows (trimmed by tmux)
    }
    // An Arabic title in visual order, read from the right edge, is the article's first line.
    const norway = rows.find((x) => logicalOfRtl(x.split('  ').filter((p) => p.trim()).at(-1)!) === 'النرويج تعيد فتح سفارتها في تونس');
    expect(norway).toBeDefined();
    // The status line of the list is mirrored as well.
    const status = drawn.at(-1)!;
    expect(status.trimEnd().endsWith('q quits')).toBe(true);
    expect(stringWidth(status.trimEnd())).toBe(99); // one cell of margin, as at the left of a left-to-right one
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
  });

  it('mirrors the contents, the entity index and the (English) help of an Arabic article', async () => {
    const session = qari(`--shape off --config-dir ${freshDir()}`, 90, 24);
    await session.waitForScreen((l) => l.some((x) => x.includes('§1/2')), 'the first screen');
    session.keys('t');
    const toc = await session.waitForScreen((l) => l[0].trim().startsWith('Contents'), 'the contents');
    expect(endsAtRightEdge(toc[0], 90)).toBe(true);
    expect(toc[1].endsWith(' ◀')).toBe(true);
    expect(logicalOfRtl(toc[2])).toBe('الروابط التاريخية بين ايران والعراق');
    session.keys('Escape');
    // The status line shows §1/2 under the lists too: wait for the contents to close.
    await session.waitForScreen((l) => !l[0].trim().startsWith('Contents') && l.some((x) => x.includes('§1/2')), 'the article again');
    session.keys('e');
    const index = await session.waitForScreen((l) => l.some((x) => x.includes('Eskandar Momeni')), 'the entity index');
    const momeni = index.find((x) => x.includes('Eskandar Momeni'))!;
    // Count, kind and Latin name at the left edge (in that order, mirrored), the name at the right.
    expect(momeni).toMatch(/^7× · official · Eskandar Momeni {2,}/);
    expect(momeni.endsWith(' ◀')).toBe(true);
    session.keys('Escape');
    await session.waitForScreen((l) => !l[0].trim().startsWith('Entities') && l.some((x) => x.includes('§1/2')), 'the article again');
    session.keys('?');
    const help = await session.waitForScreen((l) => l[0].trim().startsWith('qari keys'), 'the help');
    // English words, laid out from the right like the article's lists: the keys at the right edge.
    expect(endsAtRightEdge(help[0], 90)).toBe(true);
    expect(help[1].trimEnd().endsWith('j ↓ Enter / k ↑')).toBe(true);
    expect(help[1]).toContain('line down / up');
    expect(stringWidth(help[1])).toBe(88); // two cells of indent at the right, trimmed by tmux
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.includes('§1/2')), 'the article after the help');
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
  });
});

describe.skipIf(!hasTmux)('the interface language in a real terminal (tmux)', () => {
  it('LANG=ar_SA.UTF-8 gives an Arabic help screen, laid out from the right', async () => {
    const session = qari(`--shape off --config-dir ${freshDir()}`, 80, 24, { LANG: 'ar_SA.UTF-8' });
    await session.waitForScreen((l) => l.some((x) => x.includes('§1/2')), 'the first screen');
    session.keys('?');
    const help = await session.waitForScreen((l) => l[0].includes('qari') && logicalOfRtl(l[0]).includes('مفاتيح'), 'the Arabic help');
    expect(stringWidth(help[0])).toBe(80);
    const search = help.find((x) => x.endsWith(' /'))!; // the indent after the key trimmed by tmux
    expect(search).toBeDefined();
    expect(logicalOfRtl(search.slice(0, -1))).toBe(ar.helpSearch);
    expect(help.some((x) => x.endsWith('q Ctrl-C'))).toBe(true);
    session.keys('q');
    await session.waitForScreen((l) => !l.some((x) => x.endsWith('q Ctrl-C')), 'the help closed');
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
  });

  it('--lang he with a missing file: one Hebrew line on stderr, exit 1', async () => {
    const session = qari(`--lang he /nonexistent/article.txt 2>&1`, 100, 10);
    const screen = await session.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=')), 'qari to exit');
    expect(screen.find((x) => x.startsWith('EXIT='))).toBe('EXIT=1');
    expect(screen.some((x) => x.includes('qari:') && x.includes('/nonexistent/article.txt') && /[\u05d0-\u05ea]/.test(x))).toBe(true);
  });
});
