/**
 * Measures entity extraction on the hand-checked gold files: officials precision/recall, role exact
 * match and role word F1, person precision and name-mention recall, for the tuning part, the held-back
 * part (never tuned on: only its totals are printed) and per source; then ANERcorp person P/R/F1
 * (second half, first half, all; the tagger is never trained on it); with QARI_EXTRA_GOLD=DIR also a
 * second annotated set kept outside the repository. Needs ../shared; without it the
 * script says so and exits 0.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  evaluateAnercorpExtractor,
  evaluateAnercorpPersons,
  evaluateGold,
  HELD_BACK_FILES,
  isHeldBack,
  sourceOf,
  totalOfficials,
  type OfficialsScore,
} from '../src/entities/evaluate.js';

const shared = fileURLToPath(new URL('../../shared', import.meta.url));
if (!existsSync(`${shared}/gold`)) {
  console.log(`eval:entities: ${shared} is absent, nothing to measure (the gold files and corpora live there).`);
  process.exit(0);
}

const percent = (value: number): string => (value * 100).toFixed(1).padStart(5) + '%';
const goldFiles = readdirSync(`${shared}/gold`).filter((f) => f.endsWith('.json')).sort().map((f) => `${shared}/gold/${f}`);
const scores = evaluateGold(shared, goldFiles);
const tuning = scores.filter((s) => !isHeldBack(s.file));
const heldBack = scores.filter((s) => isHeldBack(s.file));

function printRows(part: OfficialsScore[]): void {
  console.log('file'.padEnd(44) + 'gold  ours  found  role=  persons  real  mentions');
  for (const s of part) {
    console.log(
      s.file.padEnd(44) +
        `${String(s.gold).padStart(4)}  ${String(s.predicted).padStart(4)}  ${String(s.found).padStart(5)}  ` +
        `${`${s.roleExact}/${s.rolesScored}`.padStart(5)}  ${String(s.persons).padStart(7)}  ${String(s.realPersons).padStart(4)}  ${s.mentionsFound}/${s.mentionsExpected}`,
    );
  }
}

console.log('tuning part, per gold file (found = name matches after folding; role = exact office, folded)');
printRows(tuning);

function line(label: string, part: OfficialsScore[]): string {
  const t = totalOfficials(part);
  return (
    `${label.padEnd(34)} officials P ${percent(t.precision)} R ${percent(t.recall)}  role exact ${percent(t.roleExact)}  ` +
    `role word F1 ${percent(t.roleWordF1)}  person P ${percent(t.personPrecision)}  mention R ${percent(t.mentionRecall)}`
  );
}

console.log('\ntotals');
console.log(line(`tuning part (${tuning.length} files)`, tuning));
console.log(line(`held-back part (${heldBack.length} files)`, heldBack));
console.log(`  (held back, never tuned on: ${HELD_BACK_FILES.join(', ')})`);
console.log(line(`all (${scores.length} files)`, scores));

// The officials layer is hand-written rules and lexicons with no parameter fitted on the gold files,
// so leave-one-source-out is the score of each source on its own (nothing to refit without it).
console.log('\nper source (rules fitted on no gold data: leave-one-source-out = each source scored alone)');
const sources = [...new Set(scores.map((s) => sourceOf(s.file)))].sort();
for (const source of sources) {
  const part = scores.filter((s) => sourceOf(s.file) === source);
  console.log(line(`${source} (${part.length} files)`, part));
}

// A second annotated set kept outside the repository (its articles may not be copied in): a folder of
// gold files in the same format, for articles under ../shared/articles/ar, with held-back.txt naming
// the files never tuned on (one name a line). Only that part's totals are printed.
const extraGold = process.env.QARI_EXTRA_GOLD;
if (extraGold && existsSync(extraGold)) {
  const heldList = existsSync(`${extraGold}/held-back.txt`) ? readFileSync(`${extraGold}/held-back.txt`, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : [];
  const extraScores = evaluateGold(shared, readdirSync(extraGold).filter((f) => f.endsWith('.json')).sort().map((f) => `${extraGold}/${f}`));
  const extraHeld = extraScores.filter((s) => heldList.some((name) => s.file.startsWith(name)));
  const extraTuning = extraScores.filter((s) => !extraHeld.includes(s));
  console.log(`
extra gold set ${extraGold}, tuning part, per file`);
  printRows(extraTuning);
  console.log(line(`extra tuning part (${extraTuning.length} files)`, extraTuning));
  console.log(line(`extra held-back part (${extraHeld.length} files)`, extraHeld));
  console.log(line(`both held-back parts (${heldBack.length + extraHeld.length} files)`, [...heldBack, ...extraHeld]));
}

const anercorp = `${shared}/ner/anercorp/train.conll`;
if (existsSync(anercorp)) {
  // The tagger is not trained on ANERcorp; settings were chosen on its first half at most.
  const measures = [
    ['whole extractor (person mentions, as --json gives them)', evaluateAnercorpExtractor],
    ["tagger's document pass alone", evaluateAnercorpPersons],
  ] as const;
  for (const [what, evaluate] of measures) {
    console.log(`\nANERcorp, ${what}`);
    for (const part of ['second-half', 'first-half', 'all'] as const) {
      const started = performance.now();
      const score = evaluate(anercorp, part);
      console.log(
        `ANERcorp ${part.padEnd(11)} (not trained on), person entities: P ${percent(score.precision)}  R ${percent(score.recall)}  ` +
          `F1 ${percent(score.f1)}  (${score.correct}/${score.gold} gold, ${score.predicted} predicted; ${Math.round(performance.now() - started)} ms)`,
      );
    }
  }
} else {
  console.log(`\nANERcorp not found at ${anercorp}: person P/R/F1 not measured.`);
}
