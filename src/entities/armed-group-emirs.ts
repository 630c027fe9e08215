/**
 * "أمير سرية "الغرباء"", "أمير تنظيم أنصار الشريعة", "أمير كتيبة ...": the emir of an armed cell,
 * battalion or organization leads fighters, no public body; he is no official (as judged one by one,
 * eval/ant al1). (An emir of a place, "أمير قطر", "أمير منطقة الرياض", rules or governs it.) The
 * leader or commander of an armed group ("زعيم تنظيم داعش", "قائد كتيبة ...") is an official: the
 * gold sets list him with that office (U26, I2). Closed classes: the emir's title and the units of
 * armed groups.
 */
import type { Token } from './tokenize.js';
import { stems } from './office-words.js';

const EMIRS = new Set(['امير', 'الامير']);

/** Units of armed groups, folded, read without a clitic. */
const ARMED_UNITS = new Set(['سريه', 'كتيبه', 'خليه', 'تنظيم', 'جماعه', 'فصيل', 'التنظيم', 'الجماعه']);

/** Whether the office phrase is an armed group's emir ("أمير سرية ...", "أمير تنظيم ..."). */
export function isArmedGroupEmir(roleTokens: readonly Token[]): boolean {
  const words = roleTokens.filter((token) => token.isWord);
  return words.length >= 2 && stems(words[0]).some((stem) => EMIRS.has(stem)) && stems(words[1]).some((stem) => ARMED_UNITS.has(stem));
}
