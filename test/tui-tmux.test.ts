import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { BUNDLED_PATH, HEADING, logicalOfRtl } from './helpers/articles.js';
import { hasTmux, TmuxSession } from './helpers/tmux.js';

if (!hasTmux) console.warn('tmux is not installed: the real-terminal tests are skipped (.ci/run installs it)');

const sessions: TmuxSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

function qari(args: string, width = 80, height = 24, env: Record<string, string> = {}): TmuxSession {
  const session = new TmuxSession(`node bin/qari.js ${args}`, width, height, env);
  sessions.push(session);
  return session;
}

const freshDir = () => mkdtempSync(join(tmpdir(), 'qari-tmux-'));
const SOURCE_TAG = 'الكوثر_ايران';
const isTop = (text: string) => (lines: string[]) => logicalOfRtl(lines[0]) === text;
/** The title of a right-to-left list row: "details   title ◀", the title last. */
const titleOfRow = (row: string) => logicalOfRtl(row.replace(/ ◀$/, '').split('  ').filter((x) => x.trim()).at(-1) ?? '');

describe.skipIf(!hasTmux)('the reader in a real terminal (tmux)', () => {
  it('shows right-aligned Arabic in visual order, jumps sections, quits cleanly and resumes', async () => {
    const config = freshDir();
    const first = qari(`--shape off --config-dir ${config}`);
    const lines = await first.waitForScreen((l) => l.some((x) => x.includes('§1/2')), 'the first screen');
    expect(first.modes().alternate).toBe(true);
    expect(first.modes().cursorVisible).toBe(false);
    // Right-aligned: every article row that has text ends at the last column.
    expect(stringWidth(lines[0])).toBe(80);
    expect(logicalOfRtl(lines[0])).toBe(SOURCE_TAG);
    expect(stringWidth(lines[2])).toBe(80);
    expect(logicalOfRtl(lines[2]).startsWith('وأن وزيري داخلية الجمهورية الإسلامية')).toBe(true);
    expect(logicalOfRtl(lines[3]).endsWith('حيث جرت محادثات بينهم.')).toBe(true);

    first.keys(']');
    await first.waitForScreen(isTop(HEADING), 'the heading at the top after ]');
    expect(first.screen().some((l) => l.includes('§2/2'))).toBe(true);
    first.keys('q');
    const after = await first.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=')), 'qari to exit');
    expect(after.find((x) => x.startsWith('EXIT='))).toBe('EXIT=0');
    expect(first.modes()).toEqual({ alternate: false, cursorVisible: true });
    expect((await first.waitForScreen((l) => l.some((x) => x.startsWith('RAW=')), 'the tty mode')).find((x) => x.startsWith('RAW='))).toBe('RAW=off');

    const second = qari(`--shape off --config-dir ${config}`);
    const resumed = await second.waitForScreen((l) => l.some((x) => x.includes('resumed')), 'the resume notice');
    expect(logicalOfRtl(resumed[0])).toBe(HEADING);

    // A narrower terminal re-lays out the article and keeps the same text at the top.
    second.keys('g');
    await second.waitForScreen(isTop(SOURCE_TAG), 'the top after g');
    second.keys('j', 'j', 'j', 'j', 'j');
    const before = await second.waitForScreen((l) => logicalOfRtl(l[0]).startsWith('وفي هذا اللقاء'), 'the second paragraph at the top');
    const firstWords = logicalOfRtl(before[0]).split(' ').slice(0, 3).join(' ');
    second.resize(50, 24);
    const narrow = await second.waitForScreen((l) => stringWidth(l[0]) <= 50 && l[0].length > 0 && logicalOfRtl(l[0]).startsWith(firstWords), 'the same paragraph at 50 columns');
    expect(stringWidth(narrow[0])).toBe(50);
    // At the end, a wider terminal keeps the article's last line on the last row above the status line.
    const endsOnLastRow = (l: string[]) => {
      const status = l.findIndex((x) => x.includes('§'));
      return status > 0 && l[status].includes('100%') && logicalOfRtl(l[status - 1]).endsWith('العراق.');
    };
    second.keys('G');
    await second.waitForScreen(endsOnLastRow, 'the end at 50 columns');
    second.resize(90, 24);
    const wide = await second.waitForScreen((l) => stringWidth(l[0]) === 90, 'the article at 90 columns');
    expect(endsOnLastRow(wide)).toBe(true);
    second.keys('q');
    await second.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
  });

  it('survives a tiny terminal', async () => {
    const tiny = qari(`--shape off --config-dir ${freshDir()}`, 10, 3);
    await tiny.waitForScreen((l) => l.some((x) => x.includes('%')), 'a status line on a 10x3 terminal');
    for (const key of ['G', 't', 'Escape', '?', 'x', 'q']) {
      tiny.keys(key);
      await new Promise((resolve) => setTimeout(resolve, 150)); // a lone Escape must not merge with the next key
    }
    await tiny.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
  });

  it('restores the terminal after Ctrl-C', async () => {
    const session = qari(`--config-dir ${freshDir()}`);
    await session.waitForScreen((l) => l.some((x) => x.includes('§1/2')), 'the first screen');
    session.keys('C-c');
    await session.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=')), 'qari to exit');
    expect(session.modes()).toEqual({ alternate: false, cursorVisible: true });
  });

  it('reads the article from a pipe and the keys from the terminal', async () => {
    const piped = new TmuxSession(`sh -c 'cat data/alkawthar-iran-iraq-interior-ministers.txt | node bin/qari.js - --shape off --config-dir ${freshDir()}'`, 80, 24);
    sessions.push(piped);
    await piped.waitForScreen((l) => l.some((x) => x.includes('§1/2')), 'the first screen');
    piped.keys(']');
    await piped.waitForScreen(isTop(HEADING), 'the heading after ]');
    piped.keys('q');
    await piped.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
  });
});

describe.skipIf(!hasTmux)('entities, officials and search in a real terminal (tmux)', () => {
  const pause = () => new Promise((resolve) => setTimeout(resolve, 250));

  it('o + "momeni" shows the card and jumps; n moves to the next mention; / finds مؤمني as مومني', async () => {
    const session = qari(`--shape off --config-dir ${freshDir()}`, 100, 30);
    await session.waitForScreen((l) => l.some((x) => x.includes('§1/2')), 'the first screen');
    session.keys('o');
    await session.waitForScreen((l) => l[0].trim().startsWith('Officials'), 'the officials lookup');
    session.keys('momeni');
    const list = await session.waitForScreen((l) => l.some((x) => x.includes('Eskandar Momeni')), 'Momeni in the list');
    // The article is right to left: so is the list, its marker at the right edge.
    expect(list.filter((x) => x.endsWith(' ◀') && stringWidth(x) === 100)).toHaveLength(1);
    session.keys('Enter');
    const card = await session.waitForScreen((l) => l.some((x) => x.endsWith(' Office:')), 'the card');
    const office = card.find((x) => x.endsWith(' Office:'))!;
    expect(logicalOfRtl(office.slice(0, -' Office:'.length))).toBe('وزير الداخلية الإيراني');
    expect(card.some((x) => x.includes('Minister of the Interior, Iran'))).toBe(true);
    expect(card.some((x) => x.trim().startsWith('Mentions: 7'))).toBe(true);
    const status = card.find((x) => x.includes('§'))!;
    expect(status).toContain('ينمؤم ردنكسإ: 1/7'); // "إسكندر مؤمني: 1/7", the name isolated in an English message
    // The first mention ("إسكندر مؤمني" in the second paragraph) is on screen above the card.
    expect(card.some((x) => logicalOfRtl(x).includes('أعرب إسكندر مؤمني'))).toBe(true);
    session.keys('n');
    await session.waitForScreen((l) => l.some((x) => x.includes(': 2/7')), 'the second mention after n');
    session.keys('Escape');
    await pause();
    session.keys('/');
    await session.waitForScreen((l) => l.some((x) => x.endsWith('/')), 'the search prompt');
    session.keys('مومني');
    await session.waitForScreen((l) => l.some((x) => x.endsWith('/') && logicalOfRtl(x.slice(0, -1)) === 'مومني'), 'the query, laid out');
    session.keys('Enter');
    const found = await session.waitForScreen((l) => l.some((x) => x.includes('§') && /\d\/7/.test(x)), 'the search matches');
    expect(found.some((x) => logicalOfRtl(x).includes('مؤمني'))).toBe(true);
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
  });
});

describe.skipIf(!hasTmux)('a long article in a real terminal (tmux)', () => {
  it("finds the officials of an article too long for the main thread in the entity worker", async () => {
    const dir = freshDir();
    const article = join(dir, 'long.txt');
    // Over 200,000 characters: its names are found in a worker thread (src/ui/entities-worker.ts).
    writeFileSync(article, `${readFileSync(BUNDLED_PATH, 'utf8').trim()}\n`.repeat(120));
    const session = qari(`${article} --shape off --config-dir ${freshDir()}`, 100, 30);
    await session.waitForScreen((l) => l.some((x) => x.includes('§1/')), 'the first screen');
    session.keys('o');
    await session.waitForScreen((l) => l[0].trim().startsWith('Officials'), 'the officials lookup');
    session.keys('momeni');
    await session.waitForScreen((l) => l.some((x) => x.includes('Eskandar Momeni')), 'Momeni found by the worker', 60_000);
    session.keys('Enter');
    const card = await session.waitForScreen((l) => l.some((x) => x.trim().startsWith('Mentions: ')), 'the card');
    expect(card.find((x) => x.trim().startsWith('Mentions: '))!.trim()).toMatch(/^Mentions: 840 /); // 7 in each of the 120 copies
    session.keys('Escape');
    await session.waitForScreen((l) => !l.some((x) => x.trim().startsWith('Mentions: ')), 'the card closed');
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
  });
});

describe.skipIf(!hasTmux)('a library in a real terminal (tmux)', () => {
  it('lists three articles, opens one, goes back with q and shows its progress', async () => {
    const library = freshDir();
    writeFileSync(join(library, 'one.txt'), 'النرويج تعيد فتح سفارتها في تونس\n' + 'أعلن وزير خارجية مملكة النرويج قرار بلاده إعادة فتح سفارتها بتونس، مؤكدا أن ما حققته تونس يشجع على الاستثمار فيها. '.repeat(30) + '\n');
    writeFileSync(join(library, 'two.md'), '---\ntitle: قناة السويس الجديدة\nsource: aawsat\ndate: 2015-08-06\n---\n\nلأول مرة منذ افتتاحها سنة 1869، يتيح مشروع قناة السويس الجديدة الملاحة في اتجاهين.\n');
    writeFileSync(join(library, 'three.html'), '<html lang="ar" dir="rtl"><head><title>خبر ثالث</title></head><body><article><h1>خبر ثالث</h1><p>' + 'نص الخبر الثالث في فقرة طويلة بما يكفي. '.repeat(20) + '</p></article></body></html>');
    const session = qari(`${library} --shape off --config-dir ${freshDir()}`, 90, 20);
    const list = await session.waitForScreen((l) => l[0].trim().startsWith('Library') && l.filter((x) => x.includes('unread')).length === 3, 'three unread articles');
    expect(list[0]).toContain('3 of 3');
    const row = list.findIndex((x) => titleOfRow(x) === 'النرويج تعيد فتح سفارتها في تونس');
    expect(row).toBeGreaterThan(0);
    for (let i = 1; i < row; i++) session.keys('j');
    session.keys('Enter');
    await session.waitForScreen((l) => l.some((x) => x.includes('§1/1')), 'the article');
    session.keys('Space');
    await session.waitForScreen((l) => l.some((x) => x.includes('§1/1') && !x.includes(' 0%')), 'a page further');
    session.keys('q');
    const back = await session.waitForScreen((l) => l[0].trim().startsWith('Library'), 'the list again');
    const line = back.find((x) => x.endsWith(' ◀'))!;
    expect(titleOfRow(line)).toBe('النرويج تعيد فتح سفارتها في تونس');
    expect(line).toMatch(/\d+%|done/);
    expect(back.filter((x) => x.includes('unread'))).toHaveLength(2);
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
  });
});
