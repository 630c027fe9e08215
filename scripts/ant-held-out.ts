/**
 * The eval/ant sets held out of all tuning (and of any training): scripts that learn from eval/ant
 * skip them, the lists harvested from the corpus's first half leave their articles out, and
 * `npm run eval:ant` labels them "held out". Retired sets become tuning material.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const HELD_OUT_ANT_SETS: ReadonlySet<string> = new Set<string>(['U30', 'U31', 'a16']);

const sets = fileURLToPath(new URL('../eval/ant/', import.meta.url));

/** Line numbers of the articles the held-out sets use (gold sets' lines.txt, audits' items.jsonl). */
export function heldOutLines(): Set<number> {
  const held = new Set<number>();
  for (const name of HELD_OUT_ANT_SETS) {
    const dir = `${sets}${name}`;
    if (existsSync(`${dir}/lines.txt`)) for (const n of readFileSync(`${dir}/lines.txt`, 'utf8').split(/\s+/).filter(Boolean)) held.add(Number(n));
    else if (existsSync(`${dir}/items.jsonl`)) for (const line of readFileSync(`${dir}/items.jsonl`, 'utf8').split('\n').filter(Boolean)) held.add((JSON.parse(line) as { n: number }).n);
  }
  return held;
}
