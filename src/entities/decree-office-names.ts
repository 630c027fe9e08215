/**
 * "تعيين فلان أميراً لمنطقة الجوف" ... "رفع أمير منطقة الجوف الجديد الشكر": a decree words the post it
 * gives in the accusative, the head in "ـاً" (or "ـةً") and its genitive behind "ل". Where the article
 * also writes that very office by its name (the head bare, the genitive in construct) beside no
 * other name, that name is the role: the office as the news names it, not the grammar of the
 * sentence that gave it.
 */
import type { Entity } from '../article/model.js';
import { glossRole } from './gloss.js';
import { besideName, shownText } from './fuller-offices.js';
import type { IsNameToken } from './role-types.js';
import { isAccusativeOffice } from './office-words.js';
import { tokenize, type Token } from './tokenize.js';
import type { BlockTokens } from './extract-types.js';

/**
 * The folded words of the office's name for an accusative office ("اميرا لمنطقه الجوف" → "امير
 * منطقه الجوف"; "وكيلا للوزاره" → "وكيل الوزاره"), or null for any other role.
 */
function constructWords(role: string): string[] | null {
  const words = tokenize(role).filter((token) => token.isWord);
  if (words.length < 2 || !isAccusativeOffice(words[0])) return null;
  const head = words[0].folded;
  const genitive = words[1].folded;
  if (!/^ل[^ل]/.test(genitive) && !/^لل./.test(genitive)) return null;
  const bareHead = head.endsWith('ا') ? head.slice(0, -1) : head;
  const construct = genitive.startsWith('لل') ? `ال${genitive.slice(2)}` : genitive.slice(1);
  return [bareHead, construct, ...words.slice(2).map((token) => token.folded)];
}

/** Whether the token is the office head `head` in construct, perhaps behind "و" or "ف" ("وأمير"; "وكيل" is one word). */
function isConstructHead(token: Token, head: string): boolean {
  const word = token.folded;
  // (Compared in place, not cut: every word of every block is asked.)
  return token.isWord && (word === head || (word.length === head.length + 1 && (word[0] === 'و' || word[0] === 'ف') && word.endsWith(head)));
}

/** Gives each official whose role is a decree's accusative post the office's name, where the article writes it. */
export function addNamesOfDecreeOffices(entities: Entity[], blocks: readonly BlockTokens[], names: (block: BlockTokens) => IsNameToken): void {
  const wanted = entities.flatMap((entity) => {
    const words = entity.official && entity.role ? constructWords(entity.role) : null;
    return words ? [{ entity, words }] : [];
  });
  if (wanted.length === 0) return;
  for (const block of blocks) {
    const { tokens } = block;
    const isName = names(block);
    for (let i = 0; i < tokens.length && wanted.length > 0; i++) {
      if (!tokens[i].isWord) continue;
      for (let w = wanted.length - 1; w >= 0; w--) {
        const { entity, words } = wanted[w];
        // (Word for word after the head: the same body, no other country's.)
        if (!isConstructHead(tokens[i], words[0]) || !words.every((word, k) => k === 0 || (tokens[i + k]?.isWord === true && tokens[i + k].folded === word))) continue;
        // ("أعفى الأمير فلان سفير المملكة لدى ... وتعيين الأمير علان سفيراً للمملكة": not beside a
        // name, whose office it is: the one he succeeds.)
        if (besideName(tokens, i, i + words.length, isName)) continue;
        entity.role = shownText(block, i, i + words.length);
        entity.roleLatin = glossRole(entity.role);
        wanted.splice(w, 1);
      }
    }
  }
}
