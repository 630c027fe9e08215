import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateAnercorpExtractor, evaluateAnercorpPersons, evaluateGold, isHeldBack, totalOfficials, type OfficialsScore, type OfficialsTotal } from '../src/entities/evaluate.js';

// Quality measured on ../shared (gold articles, ANERcorp). Absent files are reported and the tests
// skipped, never passed silently. The held-back gold files (see HELD_BACK_FILES) were never used to
// develop the rules: their bars are what unseen news gets. The bars sit a little under the figures
// measured when they were set (README "Entity extraction quality"), so that a change that makes
// things worse fails; issue 10's targets are higher than the held-back figures still reach.
const shared = fileURLToPath(new URL('../../shared', import.meta.url));
const goldDir = `${shared}/gold`;
const anercorp = `${shared}/ner/anercorp/train.conll`;
const haveGold = existsSync(goldDir) && existsSync(`${shared}/articles/ar`);
const haveAnercorp = existsSync(anercorp);
if (!haveGold) console.warn(`entities thresholds: ${goldDir} is absent; gold-file tests are skipped`);
if (!haveAnercorp) console.warn(`entities thresholds: ${anercorp} is absent; ANERcorp test is skipped`);

const scores: OfficialsScore[] = haveGold
  ? evaluateGold(shared, readdirSync(goldDir).filter((f) => f.endsWith('.json')).map((f) => `${goldDir}/${f}`))
  : [];

/** Each figure at least its bar (one expectation per figure, so a failure names the figure). */
function expectAtLeast(total: OfficialsTotal, bars: Partial<OfficialsTotal>): void {
  for (const [figure, bar] of Object.entries(bars)) expect(total[figure as keyof OfficialsTotal], figure).toBeGreaterThanOrEqual(bar);
}

describe('entity extraction quality', () => {
  it.skipIf(!haveGold)('on the held-back articles: officials P ≥ 0.85, R ≥ 0.70, role exact ≥ 0.65, role word F1 ≥ 0.80, person P ≥ 0.85', () => {
    const heldBack = scores.filter((s) => isHeldBack(s.file));
    expect(heldBack).toHaveLength(5);
    expectAtLeast(totalOfficials(heldBack), { precision: 0.85, recall: 0.7, roleExact: 0.65, roleWordF1: 0.8, personPrecision: 0.85 });
  });

  it.skipIf(!haveGold)('on the tuning articles: officials P ≥ 0.96, R ≥ 0.92, role exact ≥ 0.90, role word F1 ≥ 0.95, person P ≥ 0.96', () => {
    expectAtLeast(totalOfficials(scores.filter((s) => !isHeldBack(s.file))), { precision: 0.96, recall: 0.92, roleExact: 0.9, roleWordF1: 0.95, personPrecision: 0.96 });
  });

  it.skipIf(!haveGold)('finds officials across all the gold files with precision and recall of at least 0.85', () => {
    const total = totalOfficials(scores);
    expect(total.precision).toBeGreaterThanOrEqual(0.85);
    expect(total.recall).toBeGreaterThanOrEqual(0.85);
  });

  it.skipIf(!haveAnercorp)("reaches person F1 of at least 0.70 on the second half of ANERcorp (the tagger's document pass)", () => {
    expect(evaluateAnercorpPersons(anercorp).f1).toBeGreaterThanOrEqual(0.7);
  });

  it.skipIf(!haveAnercorp)('reaches person F1 of at least 0.66 on the second half of ANERcorp through the whole extractor', () => {
    expect(evaluateAnercorpExtractor(anercorp).f1).toBeGreaterThanOrEqual(0.66);
  });
});
