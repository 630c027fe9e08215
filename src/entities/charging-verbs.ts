/**
 * "كلف رئيس الحكومة فلان، وزير النقل بتوفير الحافلات": verbs of charging, ordering or urging someone
 * ("كلف", "أمر", "أذن", "حث", "طالب", "أوصى"; also the imperfect and future, "يكلف", "وسيأمر"),
 * folded, with "و"/"ف" allowed. Their subject comes first with his office ("رئيس الحكومة فلان"); the
 * office named after that name, right after it or set off by a comma, is the person charged, the
 * verb's object, no apposition of the subject.
 */
import type { Token } from './tokenize.js';

const CHARGING_VERB = /^[وف]?(?:كلف|كلفت|امر|امرت|اذن|اذنت|حث|حثت|طالب|طالبت|اوصي|اوصت|س?[يت](?:كلف|امر|اذن|حث|طالب|وصي))$/;

export function isChargingVerb(token: Token | undefined): boolean {
  return token !== undefined && token.isWord && CHARGING_VERB.test(token.folded);
}
