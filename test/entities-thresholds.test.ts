import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateAnercorpPersons, evaluateGold, totalOfficials } from '../src/entities/evaluate.js';

// Quality targets measured on ../shared (gold articles, ANERcorp). Absent files are reported and the
// tests skipped, never passed silently.
const shared = fileURLToPath(new URL('../../shared', import.meta.url));
const goldDir = `${shared}/gold`;
const anercorp = `${shared}/ner/anercorp/train.conll`;
const haveGold = existsSync(goldDir) && existsSync(`${shared}/articles/ar`);
const haveAnercorp = existsSync(anercorp);
if (!haveGold) console.warn(`entities thresholds: ${goldDir} is absent; gold-file tests are skipped`);
if (!haveAnercorp) console.warn(`entities thresholds: ${anercorp} is absent; ANERcorp test is skipped`);

describe('entity extraction quality', () => {
  it.skipIf(!haveGold)('finds officials across the gold files with precision and recall of at least 0.85', () => {
    const files = readdirSync(goldDir).filter((f) => f.endsWith('.json')).map((f) => `${goldDir}/${f}`);
    const total = totalOfficials(evaluateGold(shared, files));
    expect(total.precision).toBeGreaterThanOrEqual(0.85);
    expect(total.recall).toBeGreaterThanOrEqual(0.85);
  });

  it.skipIf(!haveAnercorp)('reaches person F1 of at least 0.70 on the held-back 20% of ANERcorp', () => {
    expect(evaluateAnercorpPersons(anercorp).f1).toBeGreaterThanOrEqual(0.7);
  });
});
