/**
 * Measures entity extraction: officials precision/recall and role accuracy per gold file and overall,
 * name-mention recall, and ANERcorp person P/R/F1 (second half, first half, all; never trained on).
 * Needs ../shared; without it the script says so and exits 0.
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateAnercorpPersons, evaluateGold, totalOfficials } from '../src/entities/evaluate.js';

const shared = fileURLToPath(new URL('../../shared', import.meta.url));
if (!existsSync(`${shared}/gold`)) {
  console.log(`eval:entities: ${shared} is absent, nothing to measure (the gold files and corpora live there).`);
  process.exit(0);
}

const percent = (value: number): string => (value * 100).toFixed(1).padStart(5) + '%';
const goldFiles = readdirSync(`${shared}/gold`).filter((f) => f.endsWith('.json')).map((f) => `${shared}/gold/${f}`);
const scores = evaluateGold(shared, goldFiles);

console.log('officials per gold file (found = name matches after folding; role = office matches)');
console.log('file'.padEnd(46) + 'gold  ours  found  right-name  role-right  mentions');
for (const s of scores) {
  console.log(
    s.file.padEnd(46) +
      `${String(s.gold).padStart(4)}  ${String(s.predicted).padStart(4)}  ${String(s.found).padStart(5)}  ` +
      `${String(s.correct).padStart(10)}  ${String(s.roleRight).padStart(10)}  ${s.mentionsFound}/${s.mentionsExpected}`,
  );
}
const total = totalOfficials(scores);
console.log(
  `\noverall officials: precision ${percent(total.precision)}  recall ${percent(total.recall)}  ` +
    `role accuracy (of found) ${percent(total.roleAccuracy)}  name-mention recall ${percent(total.mentionRecall)}`,
);

const anercorp = `${shared}/ner/anercorp/train.conll`;
if (existsSync(anercorp)) {
  // The tagger is not trained on ANERcorp; settings were chosen on its first half at most.
  for (const part of ['second-half', 'first-half', 'all'] as const) {
    const started = performance.now();
    const score = evaluateAnercorpPersons(anercorp, part);
    console.log(
      `ANERcorp ${part.padEnd(11)} (not trained on), person entities: P ${percent(score.precision)}  R ${percent(score.recall)}  ` +
        `F1 ${percent(score.f1)}  (${score.correct}/${score.gold} gold, ${score.predicted} predicted; ${Math.round(performance.now() - started)} ms)`,
    );
  }
} else {
  console.log(`ANERcorp not found at ${anercorp}: person P/R/F1 not measured.`);
}
