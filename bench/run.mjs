// `npm run bench`: qari's speed figures as ratios to baselines measured in the same run (the machine
// is shared and noisy, so absolute times mean little). Prints one table and writes bench/RESULTS.md.
// Bounded: every measured process has a timeout, and the whole run takes a few minutes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleOptions } from '../scripts/bundle-options.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
// QARI_BENCH_KEEP=DIR keeps the generated files (and the indexed library) in DIR for the next run,
// which then re-measures the index rows without indexing again (for working on them).
const keep = process.env.QARI_BENCH_KEEP;
if (keep) mkdirSync(keep, { recursive: true });
const work = keep ?? mkdtempSync(join(tmpdir(), 'qari-bench-'));
const qari = join(repo, 'bin', 'qari.js');
const config = join(work, 'config');
const rows = [];

function median(values) {
  const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
}

function row(name, value, baselineName, baseline, target, unit = 'ms') {
  const ratio = value / baseline;
  rows.push({ name, value: `${value.toFixed(unit === 'MB' ? 0 : 1)} ${unit}`, baseline: `${baselineName} ${baseline.toFixed(1)} ${unit === 'MB' ? 'MB' : 'ms'}`, ratio: `${ratio.toFixed(2)}×`, target: `≤ ${target}×`, pass: ratio <= target ? 'pass' : 'FAIL' });
}

function skip(name, why) {
  rows.push({ name, value: '—', baseline: '—', ratio: '—', target: '—', pass: `skipped: ${why}` });
}

/**
 * Median times to the first screen in an 80x24 pseudo-terminal (bench/first-screen.py), of each
 * [marker, ...command] job, the jobs' runs interleaved.
 */
function firstScreens(runs, ...jobs) {
  const args = jobs.flatMap((job, i) => (i === 0 ? job : ['---', ...job]));
  const result = spawnSync('python3', [join(repo, 'bench', 'first-screen.py'), String(runs), '60', ...args], { encoding: 'utf8', timeout: 600_000 });
  if (result.status !== 0) throw new Error(`first-screen.py failed: ${result.stderr}`);
  return JSON.parse(result.stdout).map(median);
}

/** Wall time (ms) and max RSS (MB) of a command, through /usr/bin/time. */
function timed(command, args, timeout = 120_000) {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, timeout, stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr.slice(-300)}`);
  const kilobytes = Number(result.stderr.trim().split('\n').pop());
  return { wall, rssMb: kilobytes / 1024 };
}

/** The shared Arabic articles (or the bundled one) repeated to `bytes`. */
function makeArticle(name, bytes) {
  const shared = join(repo, '..', 'shared', 'articles', 'ar');
  const files = existsSync(shared) ? readdirSync(shared).filter((f) => f.endsWith('.txt')).map((f) => join(shared, f)) : [join(repo, 'data', 'alkawthar-iran-iraq-interior-ministers.txt')];
  const unit = files.map((f) => readFileSync(f, 'utf8').trim()).join('\n') + '\n';
  const path = join(work, name);
  writeFileSync(path, unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit))));
  return path;
}

/** A config directory subscribed to `feeds` feeds of `items` stored items each (teasers, a third of them with a known key). */
function makeNews(feeds, items) {
  const dir = join(work, 'news-config');
  const hash = (text) => createHash('sha256').update(text).digest('hex').slice(0, 32);
  mkdirSync(join(dir, 'news', 'items'), { recursive: true });
  const subscriptions = [];
  for (let f = 0; f < feeds; f++) {
    const url = `https://feed${f}.example/rss.xml`;
    subscriptions.push({ url, title: `مصدر الأخبار ${f}`, category: null, addedAt: '2026-01-01T00:00:00.000Z', etag: null, lastModified: null, lastRefresh: null, error: null });
    const stored = Array.from({ length: items }, (_, i) => ({
      id: `${url}#${i}`, title: `وزير الخارجية يلتقي نظيره لبحث العلاقات الثنائية ${f}-${i}`, link: `https://feed${f}.example/a/${i}`,
      date: new Date(Date.UTC(2026, 0, 1) + (f * items + i) * 60_000).toISOString(), author: null, language: 'ar',
      html: `<p>${'ملخص الخبر عن الزيارة الرسمية. '.repeat(6)}</p>`, firstSeen: '2026-01-01T00:00:00.000Z', key: i % 3 === 0 ? hash(`${f}-${i}`) : null,
    }));
    writeFileSync(join(dir, 'news', 'items', `${hash(url)}.json`), JSON.stringify({ version: 1, url, title: null, items: stored }));
  }
  writeFileSync(join(dir, 'news', 'feeds.json'), JSON.stringify({ version: 1, feeds: subscriptions }));
  return dir;
}

try {
  // QARI_BENCH_ONLY=index runs only the index rows.
  if (process.env.QARI_BENCH_ONLY !== 'index') {
    // Start: first screen of the bundled article vs a bare `node -e`, and of a 50 MB article vs the
    // bundled one, runs interleaved.
    const huge = makeArticle('huge-50mb.txt', 50_000_000);
    const news = makeNews(50, 100);
    const [bare, start, hugeStart, newsStart] = firstScreens(
      11,
      ['x', 'node', '-e', "process.stdout.write('x')"],
      ['§1/2', 'node', qari, '--config-dir', config],
      ['§1/', 'node', qari, '--config-dir', config, huge],
      ['News —', 'node', qari, '--config-dir', news],
    );
    row('start: first screen, bundled article', start, 'node -e', bare, 3);
    row('start: first screen, 50 MB article', hugeStart, 'bundled', start, 2);
    row('start: first screen, News list of 5,000 items (50 feeds)', newsStart, 'bundled', start, 2);

    // Scrolling: key presses on the 50 MB article at 200x60, in-process (bench/scroll.tsx).
    const harness = join(work, 'scroll.mjs');
    await build({ ...bundleOptions, entryPoints: [join(repo, 'bench', 'scroll.tsx')], outfile: harness, legalComments: 'none' });
    const scrolled = spawnSync('node', [harness, huge], { encoding: 'utf8', timeout: 300_000, cwd: repo });
    if (scrolled.status !== 0) throw new Error(`scroll harness failed: ${scrolled.stderr}`);
    const keys = JSON.parse(scrolled.stdout.trim().split('\n').pop());
    rows.push({ name: `scroll: key press, 50 MB, 200x60 (median of ${keys.keys})`, value: `${keys.median.toFixed(2)} ms`, baseline: 'budget 5 ms', ratio: `${(keys.median / 5).toFixed(2)}×`, target: '≤ 1×', pass: keys.median < 5 ? 'pass' : 'FAIL' });
    rows.push({ name: 'scroll: key press, 50 MB, 200x60 (p99)', value: `${keys.p99.toFixed(2)} ms`, baseline: 'budget 16 ms', ratio: `${(keys.p99 / 16).toFixed(2)}×`, target: '≤ 1×', pass: keys.p99 < 16 ? 'pass' : 'FAIL' });

    // Layout throughput and memory: --print of 20 MB vs fribidi --nobreak.
    let fribidi = spawnSync('fribidi', ['--version'], { encoding: 'utf8' }).status === 0;
    if (!fribidi) fribidi = spawnSync('apt-get', ['install', '-y', 'libfribidi-bin'], { stdio: 'ignore', timeout: 120_000 }).status === 0;
    const text20 = makeArticle('print-20mb.txt', 20_000_000);
    // Runs of qari and fribidi take turns, so that a change in the machine's load falls on both alike.
    const printRuns = [];
    const fribidiRuns = [];
    for (let run = 0; run < 5; run++) {
      printRuns.push(timed('node', [qari, '--print', '--width', '80', '--shape', 'off', text20]));
      if (fribidi) fribidiRuns.push(timed('fribidi', ['--nobreak', text20]));
    }
    const printWall = median(printRuns.map((r) => r.wall));
    if (fribidi) row('print: --print --width 80, 20 MB', printWall, 'fribidi --nobreak', median(fribidiRuns.map((r) => r.wall)), 3);
    else skip('print: --print --width 80, 20 MB', 'fribidi not installed (apt-get install libfribidi-bin)');
    const fileMb = 20_000_000 / 1048576;
    const rss = Math.max(...printRuns.map((r) => r.rssMb));
    rows.push({ name: 'print: max RSS, 20 MB', value: `${rss.toFixed(0)} MB`, baseline: `file ${fileMb.toFixed(0)} MB`, ratio: `${((rss - 100) / fileMb).toFixed(2)}× + 100 MB`, target: '< 4× + 100 MB', pass: rss < 4 * fileMb + 100 ? 'pass' : 'FAIL' });

    // Entities: scripts/bench-entities.ts (1 MB article) as its ratio to its own baseline, bundled
    // with the program's own options, as a reader's extraction runs (dist/ is one bundle, not a
    // module per source file). Inside the package, which the script finds its data from.
    const entitiesHarness = join(repo, 'node_modules', '.cache', 'qari-bench', 'entities.mjs');
    await build({ ...bundleOptions, entryPoints: [join(repo, 'scripts', 'bench-entities.ts')], outfile: entitiesHarness, legalComments: 'none' });
    const entities = spawnSync('node', [entitiesHarness, '3'], { encoding: 'utf8', timeout: 300_000, cwd: repo });
    const again = /extraction, again\s+(\d+) ms\s+([\d.]+)× baseline/.exec(entities.stdout ?? '');
    const base = /baseline \(([^)]*)\)\s+(\d+) ms/.exec(entities.stdout ?? '');
    if (entities.status === 0 && again && base) {
      rows.push({ name: 'entities: extraction, 1 MB article', value: `${again[1]} ms`, baseline: `${base[1]} ${base[2]} ms`, ratio: `${again[2]}×`, target: 'informational', pass: '—' });
    } else skip('entities: extraction, 1 MB article', `scripts/bench-entities.ts failed: ${(entities.stderr ?? '').split('\n').find((l) => l.trim()) ?? 'no output'}`);
    // The same for 1 MB of unique news (ANT articles, nothing repeated): a first extraction, and the
    // steady state on other texts (its own baseline: split + lower of that text).
    const newsBase = /news baseline \(([^)]*)\)\s+(\d+) ms/.exec(entities.stdout ?? '');
    for (const [label, name] of [['first', 'entities: first extraction, 1 MB of unique news'], ['steady', 'entities: extraction, another 1 MB of unique news']]) {
      const news = new RegExp(`news extraction, ${label}\\s+(\\d+) ms\\s+([\\d.]+)× baseline`).exec(entities.stdout ?? '');
      if (entities.status === 0 && news && newsBase) rows.push({ name, value: `${news[1]} ms`, baseline: `${newsBase[1]} ${newsBase[2]} ms`, ratio: `${news[2]}×`, target: 'informational', pass: '—' });
      else skip(name, entities.status === 0 ? 'no ANT corpus (../shared/corpora/ant)' : 'scripts/bench-entities.ts failed');
    }

  }

  // The index: a library of 50,000 articles generated from the ANT corpus (5,000 with QARI_BENCH_QUICK=1)
  // indexed once (throughput, peak RSS), then opening it, --search and --who against --print of the
  // bundled article, runs interleaved.
  await benchIndex();
} catch (error) {
  skip('(bench aborted)', error instanceof Error ? error.message.split('\n')[0] : String(error));
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
}

/** ANT articles (title, paragraphs) written as text files, repeated with a varying line to `count`. */
function makeLibrary(count) {
  const ant = join(repo, '..', 'shared', 'corpora', 'ant', 'ant-1.1.jsonl');
  if (!existsSync(ant)) return null;
  const dir = join(work, 'library');
  const made = join(work, `library-${count}.json`);
  if (keep && existsSync(made)) return JSON.parse(readFileSync(made, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  const articles = readFileSync(ant, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const shelf = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(shelf, { recursive: true });
    const article = articles[i % articles.length];
    const round = Math.floor(i / articles.length);
    const text = `${article.title}${round ? ` (${round + 1})` : ''}\n${article.paragraphs.join('\n')}\nنسخة ${i}\n`;
    writeFileSync(join(shelf, `${i}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  if (keep) writeFileSync(made, JSON.stringify({ dir, bytes }));
  return { dir, bytes };
}

async function benchIndex() {
  const quick = process.env.QARI_BENCH_QUICK === '1';
  const count = quick ? 5_000 : 50_000;
  const library = makeLibrary(count);
  if (!library) return skip('index: 50,000 articles', '../shared/corpora/ant/ant-1.1.jsonl is absent');
  const indexConfig = join(work, `index-config-${count}`);
  const mb = library.bytes / 1e6;
  if (!keep || !existsSync(indexConfig)) {
    const indexed = timed('node', [qari, '--config-dir', indexConfig, '--index', library.dir], 3_600_000);
    const throughput = mb / (indexed.wall / 1000);
    rows.push({ name: `index: ${count.toLocaleString('en')} articles (${mb.toFixed(0)} MB), entities in 2 worker threads`, value: `${(indexed.wall / 1000).toFixed(1)} s, ${throughput.toFixed(2)} MB/s`, baseline: '—', ratio: '—', target: 'informational', pass: '—' });
    rows.push({ name: 'index: peak RSS while indexing', value: `${indexed.rssMb.toFixed(0)} MB`, baseline: `library ${mb.toFixed(0)} MB`, ratio: `${(indexed.rssMb / mb).toFixed(2)}×`, target: '< 1 GB', pass: indexed.rssMb < 1024 ? 'pass' : 'FAIL' });
  }
  const again = timed('node', [qari, '--config-dir', indexConfig, '--index', library.dir]);
  const jobs = {
    baseline: ['--print', '--width', '80', '--config-dir', config],
    open: ['--print', '--config-dir', indexConfig, library.dir],
    search: ['--search', 'وزير الداخلية', '--config-dir', indexConfig],
    who: ['--who', 'الباجي قائد السبسي', '--config-dir', indexConfig],
    whoLatin: ['--who', 'essebsi', '--config-dir', indexConfig],
  };
  const times = Object.fromEntries(Object.keys(jobs).map((name) => [name, []]));
  for (let run = 0; run < 5; run++) for (const [name, args] of Object.entries(jobs)) times[name].push(timed('node', [qari, ...args]).wall);
  const base = median(times.baseline);
  // The reader shows a known library from the index at once (its files are re-checked in the background).
  const listMarker = `of ${count}`;
  const [articleScreen, libraryScreen] = firstScreens(5, ['§1/2', 'node', qari, '--config-dir', config], [listMarker, 'node', qari, '--config-dir', indexConfig, library.dir]);
  row(`index: first screen of the library in the reader (${count.toLocaleString('en')} items)`, libraryScreen, 'bundled article', articleScreen, 1.5);
  row(`index: re-index, nothing changed (${count.toLocaleString('en')} files)`, again.wall, '--print bundled', base, 10);
  row(`index: open the library (--print, ${count.toLocaleString('en')} items)`, median(times.open), '--print bundled', base, 10);
  row('index: --search (2 words)', median(times.search), '--print bundled', base, 2);
  row('index: --who (Arabic)', median(times.who), '--print bundled', base, 2);
  row('index: --who (Latin letters)', median(times.whoLatin), '--print bundled', base, 2);
}

const header = ['figure', 'measured', 'baseline', 'ratio', 'target', 'result'];
const table = [header, header.map(() => '---'), ...rows.map((r) => [r.name, r.value, r.baseline, r.ratio, r.target, r.pass])].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
console.log(table);
const machine = `Node ${process.version}, ${(await import('node:os')).cpus().length} cores, ${new Date().toISOString().slice(0, 16)}Z`;
// A partial run (QARI_BENCH_ONLY) only prints its rows: RESULTS.md holds whole runs.
if (!process.env.QARI_BENCH_ONLY) writeFileSync(join(repo, 'bench', 'RESULTS.md'), `# qari benchmark\n\n\`npm run bench\` on ${machine}. Ratios compare with baselines measured in the same run.\n\n${table}\n`);
