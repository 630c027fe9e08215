/**
 * "تعيين فلان قائماً بأعمال رئيس الجامعة", "تكليف فلانة قائمة بعمل المدير": an acting post given in
 * an appointment, "acting" in the accusative + the duties ("بأعمال", "بعمل") + the office they are
 * of. The acting words belong to the office phrase (the post is acting, not the office itself).
 * A closed class: the accusative of "قائم" and the nouns of duties behind "ب".
 */
import { fold } from '../text/normalize.js';
import type { Token } from './tokenize.js';

/** "قائماً", "قائمة" (folded, tanween dropped). */
const ACTING = new Set(['قائما', 'قائمه'].map(fold));
/** "بأعمال", "بعمل", "بمهام": the duties held (folded); post-phrases.ts adds its own to them. */
export const ACTING_DUTIES = new Set(['بأعمال', 'بعمل', 'بمهام'].map(fold));

/** How many words at `start` (right after a name) say the post that follows is held acting: 2, or 0. */
export function actingLeadLength(tokens: readonly Token[], start: number): number {
  return tokens[start]?.isWord === true && ACTING.has(tokens[start].folded) && tokens[start + 1]?.isWord === true && ACTING_DUTIES.has(tokens[start + 1].folded) ? 2 : 0;
}

/** "والقائمة", "والقائم" (folded): "and acting", joining a second post held acting to the first. */
const JOINED_ACTING = new Set(['والقائم', 'والقائمه', 'وقائم', 'وقائما', 'وقائمه'].map(fold));

/**
 * "وزيرة التنمية المحلية | والقائمة بأعمال | وزير البيئة": how many words at `i` join a post held
 * acting to the office phrase before them (2), or 0.
 */
export function joinedActingLeadLength(tokens: readonly Token[], i: number): number {
  return tokens[i]?.isWord === true && JOINED_ACTING.has(tokens[i].folded) && tokens[i + 1]?.isWord === true && ACTING_DUTIES.has(tokens[i + 1].folded) ? 2 : 0;
}
