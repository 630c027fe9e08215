/**
 * "أمير سرية "الغرباء"", "أمير تنظيم أنصار الشريعة", "أمير كتيبة ...", "زعيم تنظيم داعش": the emir or leader of an armed cell,
 * battalion or organization leads fighters, no public body; he is no official. (An emir of a place,
 * "أمير قطر", "أمير منطقة الرياض", rules or governs it.) Closed classes: the emir's title and the
 * units of armed groups.
 */
import type { Token } from './tokenize.js';
import { stems } from './office-words.js';

const EMIRS = new Set(['امير', 'الامير']);

/** Units of armed groups, folded, read without a clitic. */
const ARMED_UNITS = new Set(['سريه', 'كتيبه', 'خليه', 'تنظيم', 'جماعه', 'فصيل', 'التنظيم', 'الجماعه']);

/**
 * "زعيم تنظيم داعش", "قائد خلية ...": a leader's or commander's title before a unit that only an
 * armed group has (not "جماعة", which is also a movement's or a party's: "زعيم جماعة الإخوان").
 */
const LEADERS = new Set(['زعيم', 'الزعيم', 'قائد', 'القائد']);
const ARMED_ONLY_UNITS = new Set([...ARMED_UNITS].filter((unit) => !unit.endsWith('جماعه')));

/** Whether the office phrase is an armed group's emir or leader ("أمير سرية ...", "زعيم تنظيم ..."). */
export function isArmedGroupEmir(roleTokens: readonly Token[]): boolean {
  const words = roleTokens.filter((token) => token.isWord);
  if (words.length < 2) return false;
  const unit = (units: ReadonlySet<string>): boolean => stems(words[1]).some((stem) => units.has(stem));
  return (stems(words[0]).some((stem) => EMIRS.has(stem)) && unit(ARMED_UNITS)) || (stems(words[0]).some((stem) => LEADERS.has(stem)) && unit(ARMED_ONLY_UNITS));
}
