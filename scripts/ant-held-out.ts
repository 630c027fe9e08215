/**
 * The eval/ant sets held out of all tuning (and of any training): scripts that learn from eval/ant
 * skip them, and `npm run eval:ant` labels them "held out". Retired sets become tuning material.
 */
export const HELD_OUT_ANT_SETS: ReadonlySet<string> = new Set<string>(['U20', 'U21', 'U22', 'U23', 'a14']);
