/**
 * Scores the extractor on the ANT evaluation sets in eval/ant (annotations only; the article text is
 * read from ../shared/corpora/ant/ant-1.1.jsonl by line number, so no news text is copied here):
 * - gold sets (U.., T.., I1): one gold file per article, in the format of
 *   ../shared/gold, the k-th file (by its number) being the k-th line of the set's lines.txt;
 *   scored like `npm run eval:entities` (officials P/R, role exact, role word F1, person precision);
 * - person audits (a.., al1): persons drawn from qari's output, one per article,
 *   judged one by one (labels*.jsonl: person, name_ok, correct_name, official, role). An item is
 *   looked up again in today's output by its name (or the corrected one): person precision among
 *   the items still listed (strict: a cut or overlong name is wrong), dropped items that were right
 *   or wrong, official flag right, role exact.
 * The sets of HELD_OUT_ANT_SETS (ant-held-out.ts) are for measuring only: never read their articles or
 * errors while writing rules, never train on them. eval/ant/README.md says which set is which.
 * Needs ../shared; without it the script says so and exits 0. Run: npx tsx scripts/eval-ant-sets.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Block, Entity } from '../src/article/model.js';
import { blocksFromArticle, roleWords, scoreOfficials, totalOfficials, type GoldFile, type OfficialsScore } from '../src/entities/evaluate.js';
import { extractEntities } from '../src/entities/extract.js';
import { fold } from '../src/text/normalize.js';
import { HELD_OUT_ANT_SETS } from './ant-held-out.js';

const corpus = fileURLToPath(new URL('../../shared/corpora/ant/ant-1.1.jsonl', import.meta.url));
const sets = fileURLToPath(new URL('../eval/ant/', import.meta.url));
if (!existsSync(corpus)) {
  console.log(`eval-ant-sets: ${corpus} is absent, nothing to measure.`);
  process.exit(0);
}
const lines = readFileSync(corpus, 'utf8').split('\n');

/** Blocks of the ANT article on 1-based line `n`: title first, one block a paragraph. */
function articleBlocks(n: number): Block[] {
  const { title, paragraphs } = JSON.parse(lines[n - 1]) as { title: string; paragraphs: string[] };
  return blocksFromArticle([title, ...paragraphs].join('\n'));
}

const persons = (blocks: Block[]): Entity[] => extractEntities(blocks).filter((e) => e.kind === 'person');
const figure = (value: number): string => value.toFixed(3);

function scoreGoldSet(dir: string): string {
  const lineNumbers = readFileSync(`${dir}/lines.txt`, 'utf8').split(/\s+/).filter(Boolean).map(Number);
  const scores: OfficialsScore[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const index = Number(/-(\d+)-/.exec(file)?.[1]) - 1;
    const blocks = articleBlocks(lineNumbers[index]);
    scores.push(scoreOfficials(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as GoldFile, blocks, extractEntities(blocks)));
  }
  const t = totalOfficials(scores);
  const count = (key: 'gold' | 'predicted' | 'persons' | 'rolesScored'): number => scores.reduce((sum, score) => sum + score[key], 0);
  // A set whose articles name almost no one (U20, U21) has nothing to divide by: say so rather than print 0.
  const share = (value: number, denominator: number): string => (denominator === 0 ? '—' : figure(value));
  return `${scores.length} articles, ${count('gold')} officials: officials P ${share(t.precision, count('predicted'))} R ${share(t.recall, count('gold'))}  role exact ${share(t.roleExact, count('rolesScored'))}  role word F1 ${share(t.roleWordF1, count('rolesScored'))}  person P ${share(t.personPrecision, count('persons'))} (${count('persons')} listed)`;
}

interface AuditItem { id: number; n: number; name: string }
interface AuditLabel { id: number; person: boolean; name_ok: boolean | null; correct_name: string | null; official: boolean; role: string | null }

function scoreAudit(dir: string): string {
  const readJsonLines = <T>(path: string): T[] => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
  const items = readJsonLines<AuditItem>(`${dir}/items.jsonl`);
  const labels = new Map<number, AuditLabel>();
  for (const file of readdirSync(dir).filter((f) => /^labels.*\.jsonl$/.test(f))) for (const label of readJsonLines<AuditLabel>(`${dir}/${file}`)) labels.set(label.id, label);
  let kept = 0, right = 0, droppedRight = 0, droppedReal = 0, judged = 0, flags = 0, roles = 0, rolesExact = 0;
  for (const item of items) {
    const label = labels.get(item.id);
    if (!label) continue;
    const found = persons(articleBlocks(item.n));
    const byName = (name: string | null): Entity | undefined => (name ? found.find((e) => fold(e.name) === fold(name)) : undefined);
    const listed = byName(item.name) ?? byName(label.correct_name);
    // (Listed under the corrected name, the name is right now.)
    const good = label.person && (label.name_ok === true || (listed !== undefined && listed === byName(label.correct_name)));
    if (!listed) {
      if (good) droppedReal++;
      else droppedRight++;
      continue;
    }
    kept++;
    if (good) right++;
    if (!label.person) continue;
    judged++;
    if (listed.official === label.official) flags++;
    if (label.official && label.role) {
      roles++;
      if (roleWords(listed.role ?? '').join(' ') === roleWords(label.role).join(' ')) rolesExact++;
    }
  }
  return `${items.length} persons: person P ${figure(right / Math.max(1, kept))} (dropped: ${droppedRight} right, ${droppedReal} real)  official flag right ${figure(flags / Math.max(1, judged))}  role exact ${figure(rolesExact / Math.max(1, roles))} (${roles})`;
}

const byNumber = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });
for (const name of readdirSync(sets).filter((f) => !f.includes('.')).sort(byNumber)) {
  const dir = `${sets}${name}`;
  const part = HELD_OUT_ANT_SETS.has(name) ? 'held out' : 'tuning';
  const result = existsSync(`${dir}/lines.txt`) ? scoreGoldSet(dir) : scoreAudit(dir);
  console.log(`${name.padEnd(4)} (${part.padEnd(8)}) ${result}`);
}
