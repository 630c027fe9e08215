// People across articles in a real terminal: a library of two articles naming the same official;
// the officials card of one says "also in 1 article", and Enter opens the other at his first mention.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_PATH, logicalOfRtl } from './helpers/articles.js';
import { hasTmux, TmuxSession } from './helpers/tmux.js';

const sessions: TmuxSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

const VISIT_TITLE = 'وزير الداخلية الإيراني يزور بغداد';
const VISIT = `${VISIT_TITLE}
بغداد - وصل وزير الداخلية الإيراني اسكندر مومني الى بغداد اليوم في زيارة رسمية تستمر يومين.
وقال مؤمني في مؤتمر صحفي إن التعاون الأمني بين البلدين يتقدم.
`;

describe.skipIf(!hasTmux)('the index in a real terminal (tmux)', () => {
  it('indexes the library, / finds text, the card shows "also in 1 article" and Enter opens it at the first mention', async () => {
    const library = mkdtempSync(join(tmpdir(), 'qari-index-tmux-'));
    writeFileSync(join(library, 'a.txt'), readFileSync(BUNDLED_PATH));
    writeFileSync(join(library, 'visit.txt'), VISIT);
    const config = mkdtempSync(join(tmpdir(), 'qari-index-tmux-config-'));
    const session = new TmuxSession(`node bin/qari.js --shape off --config-dir ${config} ${library}`, 100, 30);
    sessions.push(session);
    await session.waitForScreen((l) => l.some((x) => x.includes('indexed 2 articles for search')), 'the library indexed in the background', 60_000);
    // "/" with a word of the visit's text only (not its title): the index finds it.
    session.keys('/');
    await session.waitForScreen((l) => l.some((x) => x.includes('filter:')), 'the filter field');
    session.keys('يومين');
    const filtered = await session.waitForScreen((l) => l[0].includes('1 of 2'), 'one match from the text');
    expect(filtered.some((x) => logicalOfRtl(x).includes(VISIT_TITLE))).toBe(true);
    session.keys('Escape');
    session.keys('Escape');
    await session.waitForScreen((l) => l[0].includes('2 of 2'), 'the whole list again');
    // Open the bundled article (the item called "a").
    const list = session.screen();
    const row = list.findIndex((x) => /^(▶| ) a /.test(x));
    expect(row).toBeGreaterThan(0);
    if (!list[row].startsWith('▶')) session.keys('j');
    session.keys('Enter');
    await session.waitForScreen((l) => l.some((x) => x.includes('§1/2')), 'the bundled article');
    session.keys('o');
    await session.waitForScreen((l) => l[0].trim().startsWith('Officials'), 'the officials lookup');
    session.keys('momeni');
    await session.waitForScreen((l) => l.some((x) => x.includes('Eskandar Momeni')), 'Momeni in the list');
    session.keys('Enter');
    const card = await session.waitForScreen((l) => l.some((x) => x.trim().startsWith('Also in 1 article')), 'also in 1 article on the card');
    // The card of an Arabic article is mirrored: the chosen title against the right edge with its
    // marker, the date and number of mentions at the left.
    const other = card.find((x) => x.trimEnd().endsWith('◀'))!;
    const pieces = other.replace(/◀\s*$/, '').split(/ {2,}/).map((p) => p.trim()).filter(Boolean);
    expect(pieces[0]).toContain('2×');
    expect(logicalOfRtl(pieces.at(-1)!)).toBe(VISIT_TITLE);
    session.keys('Enter');
    const opened = await session.waitForScreen((l) => l.some((x) => x.includes('first mention')), 'the other article at the first mention');
    expect(opened.some((x) => logicalOfRtl(x).includes('اسكندر مومني'))).toBe(true);
    expect(opened.some((x) => logicalOfRtl(x).includes(VISIT_TITLE))).toBe(true);
    // q goes back to the article the card was in, then to the list, then out.
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.includes('§') && x.includes('/2')), 'back in the bundled article');
    session.keys('q');
    await session.waitForScreen((l) => l[0].includes('2 of 2'), 'back in the list');
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
  }, 120_000);

  it('lists a known library from the index at once, then updates a file changed since', async () => {
    const library = mkdtempSync(join(tmpdir(), 'qari-index-tmux-'));
    writeFileSync(join(library, 'visit.txt'), VISIT);
    writeFileSync(join(library, 'other.txt'), 'خبر آخر\nنص قصير عن الطقس.\n');
    const config = mkdtempSync(join(tmpdir(), 'qari-index-tmux-config-'));
    const first = new TmuxSession(`node bin/qari.js --shape off --config-dir ${config} ${library}`, 100, 30);
    sessions.push(first);
    await first.waitForScreen((l) => l.some((x) => x.includes('indexed 2 articles for search')), 'the library indexed', 60_000);
    first.keys('q');
    await first.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
    const changed = 'عنوان جديد للزيارة';
    writeFileSync(join(library, 'visit.txt'), VISIT.replace(VISIT_TITLE, changed));
    const second = new TmuxSession(`node bin/qari.js --shape off --config-dir ${config} ${library}`, 100, 30);
    sessions.push(second);
    // At once: the list as the index knows it (the old title), then the changed file indexed again.
    await second.waitForScreen((l) => l[0].includes('2 of 2'), 'the list');
    await second.waitForScreen(
      (l) => l.some((x) => logicalOfRtl(x.replace(/unread\s*$/, '')).includes(changed)) && l.some((x) => x.includes('indexed 1 article for search')),
      'the new title after the file is indexed again',
      60_000,
    );
    second.keys('q');
    await second.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
  }, 120_000);

  it('opens a known library from the index, then lists the files added, changed and removed since', async () => {
    const library = mkdtempSync(join(tmpdir(), 'qari-index-tmux-'));
    writeFileSync(join(library, 'a.txt'), 'Alpha\nThe first story.\n');
    writeFileSync(join(library, 'b.txt'), 'Bravo\nThe second story.\n');
    writeFileSync(join(library, 'c.txt'), 'Charlie\nThe third story.\n');
    const config = mkdtempSync(join(tmpdir(), 'qari-index-tmux-config-'));
    const first = new TmuxSession(`node bin/qari.js --shape off --config-dir ${config} ${library}`, 100, 30);
    sessions.push(first);
    await first.waitForScreen((l) => l.some((x) => x.includes('indexed 3 articles for search')), 'the library indexed', 60_000);
    // Once indexed, the list's order is remembered (what the next start draws its first screen from).
    const remembered = join(config, 'library-order');
    for (let waited = 0; !(existsSync(remembered) && readdirSync(remembered).some((f) => f.endsWith('.json'))); waited += 50) {
      if (waited > 20_000) throw new Error('the list order was not remembered');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    first.keys('q');
    await first.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
    writeFileSync(join(library, 'new.txt'), 'Aardvark\nA story added since.\n');
    writeFileSync(join(library, 'b.txt'), 'Zulu\nThe second story, changed.\n');
    rmSync(join(library, 'c.txt'));
    const second = new TmuxSession(`node bin/qari.js --shape off --config-dir ${config} ${library}`, 100, 30);
    sessions.push(second);
    const listed = await second.waitForScreen((l) => l.some((x) => x.includes('Aardvark')) && l.some((x) => x.includes('Zulu')), 'the files added and changed', 30_000);
    expect(listed[0]).toContain('3 of 3');
    expect(listed.slice(1, 4).map((x) => x.replace(/\s+unread\s*$/, '').replace(/^[▶ ] /, '').trim())).toEqual(['Aardvark', 'Alpha', 'Zulu']);
    expect(listed.some((x) => x.includes('Charlie'))).toBe(false);
    // The cursor is on the first item of the whole list: Enter opens it.
    second.keys('Enter');
    await second.waitForScreen((l) => l.some((x) => x.includes('A story added since.')), 'the added article');
    second.keys('q');
    await second.waitForScreen((l) => l[0].includes('3 of 3'), 'back in the list');
    second.keys('q');
    await second.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
  }, 120_000);

  it('shows a big library with its first rows in order at once, and the rest in order right after', async () => {
    // More files than the reader orders before its first screen (500, and lists of up to 2,000 at
    // once); file names in the opposite order of the titles, so that the scan's order is not the list's.
    const library = mkdtempSync(join(tmpdir(), 'qari-index-tmux-big-'));
    const count = 2_100;
    for (let i = 0; i < count; i++) writeFileSync(join(library, `f${String(i).padStart(4, '0')}.txt`), `Story ${String(count - 1 - i).padStart(4, '0')}\nA short text.\n`);
    const config = mkdtempSync(join(tmpdir(), 'qari-index-tmux-config-'));
    const session = new TmuxSession(`node bin/qari.js --shape off --config-dir ${config} ${library}`, 100, 30);
    sessions.push(session);
    const top = await session.waitForScreen((l) => l[0].includes(`${count} of ${count}`), 'the list', 60_000);
    expect(top[1]).toContain('Story 0000');
    expect(top[2]).toContain('Story 0001');
    session.keys('G');
    const bottom = await session.waitForScreen((l) => l.some((x) => x.includes('Story 2099')), 'the last item');
    const last = bottom.findIndex((x) => x.includes('Story 2099'));
    expect(bottom[last - 1]).toContain('Story 2098');
    // Once indexed, the list's order is remembered: the next start draws its first 500 rows from the index.
    await session.waitForScreen((l) => l.some((x) => x.includes(`indexed ${count} articles for search`)), 'the library indexed', 60_000);
    const remembered = join(config, 'library-order');
    for (let waited = 0; !(existsSync(remembered) && readdirSync(remembered).some((f) => f.endsWith('.json'))); waited += 50) {
      if (waited > 20_000) throw new Error('the list order was not remembered');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
    // G pressed as soon as those rows show waits for the whole list: the real last item, not the 500th.
    const again = new TmuxSession(`node bin/qari.js --shape off --config-dir ${config} ${library}`, 100, 30);
    sessions.push(again);
    await again.waitForScreen((l) => l[0].includes(`${count} of ${count}`), 'the first rows', 30_000);
    again.keys('G');
    const end = await again.waitForScreen((l) => l.some((x) => x.startsWith('▶') && /Story (2099|0499)/.test(x)), 'the cursor after G', 30_000);
    expect(end.find((x) => x.startsWith('▶'))).toContain('Story 2099');
    again.keys('q');
    await again.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
  }, 180_000);
});
