// The index from the command line (the built program): --index, --search and --who with their JSON,
// kill -9 while indexing, an indexer and a reader at once, and a machine where the native module
// cannot load.
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ROOT, runQari } from './core-cli.js';
import { BUNDLED_PATH } from './helpers/articles.js';

const fresh = () => mkdtempSync(join(tmpdir(), 'qari-index-cli-'));
const cleanup: string[] = [];
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const VISIT = `وزير الداخلية الإيراني يزور بغداد
بغداد - وصل وزير الداخلية الإيراني اسكندر مومني الى بغداد اليوم في زيارة رسمية تستمر يومين.
وقال مؤمني في مؤتمر صحفي إن التعاون الأمني بين البلدين يتقدم.
`;

function smallLibrary(): string {
  const dir = fresh();
  cleanup.push(dir);
  writeFileSync(join(dir, 'bundled.txt'), readFileSync(BUNDLED_PATH));
  writeFileSync(join(dir, 'visit.txt'), VISIT);
  writeFileSync(join(dir, 'hostile.txt'), 'عنوان \u001b[31mأحمر\u001b]0;title\u0007\nنص عن الزراعة \u001b[2J في الريف.\n');
  return dir;
}

/** `count` articles varied from the bundled one (each its own text, so each is indexed). */
function bigLibrary(count: number): string {
  const dir = fresh();
  cleanup.push(dir);
  const text = readFileSync(BUNDLED_PATH, 'utf8');
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `article-${String(i).padStart(4, '0')}.txt`), `مقال رقم ${i}\n${text}\nخاتمة ${i}\n`);
  return dir;
}

function rows(config: string): number {
  const db = new Database(join(config, 'index.sqlite'), { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

describe('--index, --search and --who', () => {
  const library = smallLibrary();
  const config = fresh();
  cleanup.push(config);

  it('indexes a library with a summary line, then nothing the second time', () => {
    const first = runQari(['--config-dir', config, '--index', library]);
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/indexed 3 files \([\d.]+ MB, [\d.]+ MB\/s\), 0 unchanged, 0 failed/);
    const second = runQari(['--config-dir', config, '--index', library]);
    expect(second.stderr).toMatch(/indexed 0 files .*, 3 unchanged, 0 failed/);
  }, 60_000);

  it('--search prints the best matches with snippets; --json has the fixed shape', () => {
    const text = runQari(['--config-dir', config, '--search', 'الداخليه', 'الايراني']);
    expect(text.status).toBe(0);
    expect(text.stdout.toString()).toContain('وزير الداخلية الإيراني يزور بغداد');
    const json = runQari(['--config-dir', config, '--json', '--search', 'بغداد']);
    const model = JSON.parse(json.stdout.toString());
    expect(model).toMatchObject({ kind: 'search', query: 'بغداد' });
    expect(model.items[0]).toEqual({ title: 'وزير الداخلية الإيراني يزور بغداد', location: join(library, 'visit.txt'), snippet: expect.stringContaining('بغداد'), date: null });
    // Untrusted titles and snippets reach the terminal without their escape sequences.
    const hostile = runQari(['--config-dir', config, '--search', 'الزراعة']);
    expect(hostile.stdout.toString()).not.toMatch(/[\u001b\u0007]/);
    expect(hostile.stdout.toString()).toContain('␛[31m');
    expect(runQari(['--config-dir', config, '--search', 'لا']).status).toBe(2);
  }, 60_000);

  it('--who answers in Arabic spellings and Latin letters; --json has the fixed shape', () => {
    for (const name of ['مؤمني', 'مومنى', 'momeni']) {
      const json = runQari(['--config-dir', config, '--json', '--who', name]);
      expect(json.status).toBe(0);
      const model = JSON.parse(json.stdout.toString());
      expect(model.kind).toBe('who');
      expect(model.query).toBe(name);
      expect(model.people[0]).toMatchObject({ name: 'إسكندر مؤمني', official: true, role: 'وزير الداخلية الإيراني', country: 'إيران', latin: 'Eskandar Momeni' });
      expect(model.people[0].articles).toHaveLength(2);
      expect(Object.keys(model.people[0].articles[0]).sort()).toEqual(['date', 'location', 'mentions', 'title']);
    }
    const text = runQari(['--config-dir', config, '--who', 'إسكندر', 'مؤمني']);
    expect(text.stdout.toString()).toMatch(/^إسكندر مؤمني — Eskandar Momeni · وزير الداخلية الإيراني · إيران — 2 articles$/m);
    expect(runQari(['--config-dir', config, '--who', 'nobody-here']).stdout.toString()).toContain('nobody in the index');
  }, 60_000);
});

describe('faults', () => {
  it('kill -9 while indexing keeps what was committed; the next run carries on', async () => {
    const library = bigLibrary(400);
    const config = fresh();
    cleanup.push(config);
    const child = spawn(process.execPath, ['bin/qari.js', '--config-dir', config, '--index', library], { cwd: ROOT, stdio: 'ignore' });
    // Wait until some batches are committed, then kill it mid-way.
    const deadline = Date.now() + 60_000;
    let committed = 0;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      if (!existsSync(join(config, 'index.sqlite'))) continue;
      try {
        committed = rows(config);
      } catch {
        continue; // the schema is not there yet
      }
      if (committed >= 32) break;
    }
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(committed).toBeGreaterThanOrEqual(32);
    const kept = rows(config);
    expect(kept).toBeGreaterThanOrEqual(committed);
    expect(kept).toBeLessThan(400);
    const again = runQari(['--config-dir', config, '--index', library]);
    expect(again.status).toBe(0);
    const unchanged = Number(/(\d+) unchanged/.exec(again.stderr)?.[1]);
    expect(unchanged).toBeGreaterThanOrEqual(kept);
    expect(rows(config)).toBe(400);
    expect(JSON.parse(runQari(['--config-dir', config, '--json', '--search', 'خاتمة 399']).stdout.toString()).items[0].location).toBe(join(library, 'article-0399.txt'));
  }, 180_000);

  it('one process indexing and another searching work at once', async () => {
    const library = bigLibrary(200);
    const config = fresh();
    cleanup.push(config);
    runQari(['--config-dir', config, '--index', smallLibrary()]);
    const indexer = spawn(process.execPath, ['bin/qari.js', '--config-dir', config, '--index', library], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    indexer.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const finished = new Promise<number | null>((resolve) => indexer.once('exit', resolve));
    let searches = 0;
    while (searches < 5) {
      const result = runQari(['--config-dir', config, '--json', '--who', 'momeni']);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout.toString()).people[0].name).toBe('إسكندر مؤمني');
      searches++;
    }
    expect(await finished).toBe(0);
    expect(stderr).toMatch(/indexed 200 files/);
  }, 180_000);

  it('a damaged index is moved aside with one warning line and rebuilt', () => {
    const config = fresh();
    cleanup.push(config);
    mkdirSync(config, { recursive: true });
    writeFileSync(join(config, 'index.sqlite'), 'SQLite format 3\u0000' + 'garbage'.repeat(1000));
    const result = runQari(['--config-dir', config, '--index', smallLibrary()]);
    expect(result.status).toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines.filter((line) => line.includes('damaged'))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/indexed 3 files/);
  }, 60_000);
});

describe('without the native module', () => {
  it('reads as before, says once that search is unavailable, and --search fails with one line', () => {
    // A copy of the program without node_modules: better-sqlite3 cannot be loaded there.
    const copy = fresh();
    cleanup.push(copy);
    for (const part of ['bin', 'dist', 'data', 'package.json']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
    const config = fresh();
    cleanup.push(config);
    const run = (...args: string[]) => spawnSync(process.execPath, [join(copy, 'bin', 'qari.js'), '--config-dir', config, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const library = smallLibrary();
    // The same program with the module, and its own empty config directory (no reading progress either).
    const withModule = fresh();
    cleanup.push(withModule);
    const expected = runQari(['--config-dir', withModule, '--print', '--width', '60', library]).stdout.toString();
    const first = run('--print', '--width', '60', library);
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(expected);
    expect(first.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^qari: search and people across articles are unavailable: the index could not be opened \(.*better-sqlite3.*\)$/)]);
    const second = run('--print', '--width', '60', library);
    expect(second.status).toBe(0);
    expect(second.stdout).toBe(expected);
    expect(second.stderr).toBe('');
    const search = run('--search', 'بغداد');
    expect(search.status).toBe(1);
    expect(search.stderr.trim().split('\n')).toHaveLength(1);
    expect(search.stderr).toMatch(/unavailable/);
    const article = run('--print', '--width', '60');
    expect(article.status).toBe(0);
    expect(article.stdout).toBe(runQari(['--config-dir', withModule, '--print', '--width', '60']).stdout.toString());
  }, 60_000);
});
