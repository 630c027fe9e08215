/**
 * "رئيس حكومة إقليم كوردستان | مسرور بارزاني": a region's head ("إقليم", "ولاية", "محافظة") takes
 * the region's proper name as its genitive, one bare word even when no gazetteer lists that spelling;
 * a proper name governs no genitive of its own, so two bare words after it, up to a boundary, are
 * the holder's name, not a further complement of the office.
 */
import { gazetteer } from './gazetteer.js';
import { foldedNameQualifiers, foldedRoleQualifiers, foldedRoleStops } from './lexicon.js';
import { isCommonWord, isPlaceWord } from './ordinary-words.js';
import { isAccusativeOffice, isDefinite, isGivenNameWord, isNationalityWord, isOfficeWord, isOrganizationHead, isPlaceOrNationality, isVerbLike, REGION_HEADS, stems } from './office-words.js';
import { isOftenANameInNews, isRarelyANameInNews, isRareWord, isSeenInRunningText } from './tagger.js';
import { TOWN_NAME_HEADS } from './office-phrase-parts.js';
import { isGluedHyphenAt, type Token } from './tokenize.js';

/**
 * A bare word, no article or conjunction, that is no common word, office, place or nationality
 * ("بارزاني" may read as "ب" + a word, but the whole is no common word).
 */
function isBareProperWord(token: Token | undefined): token is Token {
  return token?.isWord === true && !isDefinite(token) && !/^[وف]/.test(token.folded) && !isCommonWord(token.folded) && !isOfficeWord(token) && !isPlaceOrNationality(token);
}

/** Whether the office phrase ends before `i`: a region's head, its one-word name, then a two-word name at a boundary. */
export function closesBareRegionName(tokens: readonly Token[], i: number): boolean {
  const head = tokens[i - 2];
  if (head?.isWord !== true || !stems(head).some((stem) => REGION_HEADS.has(stem))) return false;
  if (!isBareProperWord(tokens[i - 1]) || !isBareProperWord(tokens[i]) || !isBareProperWord(tokens[i + 1])) return false;
  // (Punctuation or the end after the two words: "ولاية نيو مكسيكو سوزانا مارتينيز" has three.)
  const after = tokens[i + 2];
  return after === undefined || !after.isWord;
}

/**
 * Heads of a region in the Maghreb and the Levant whose name follows bare (folded): "ولاية وهران",
 * "بلدية وجدة", "جهة وادي الذهب", "عمالة مكناس". ("جهة" and "عمالة" are also "side" and "labour": they
 * head a region only before a place's name, see isPlaceNameAfterRegionHead.)
 */
const UNCOMMON_REGION_HEADS = new Set(['جهه', 'عماله']);
const BARE_REGION_HEADS = new Set([...REGION_HEADS, ...UNCOMMON_REGION_HEADS]);

/** A bare region head a governor governs ("ولاية", "إقليم", "جهة", "عمالة"): "واليا على ولاية سطيف". */
export function isGovernedUnitHead(token: Token): boolean {
  return token.isWord && BARE_REGION_HEADS.has(token.folded);
}

/**
 * Whether the word at i is the proper name of the region whose head stands right before it, though it
 * opens with "و" ("ولاية وهران", "بلدية وجدة", "لمدينة وهران", "محافظة واسط") or follows a head the news rarely uses as
 * one ("عمالة مكناس"): a word news names as a place, read whole (no common word), is the region's
 * name, not "و" + a word that opens a new clause.
 */
export function isPlaceNameAfterRegionHead(tokens: readonly Token[], i: number): boolean {
  const head = tokens[i - 1];
  const name = tokens[i];
  if (head?.isWord !== true || name?.isWord !== true || isDefinite(head) || !stems(head).some((stem) => BARE_REGION_HEADS.has(stem) || stem === 'مدينه')) return false;
  const word = name.folded;
  // ("عمالة مكناس": a place no list knows, a word that is no given name, after a head the news rarely
  // uses as one: "عمالة", "جهة".)
  const uncommonHead = stems(head).some((stem) => UNCOMMON_REGION_HEADS.has(stem));
  const unlisted = uncommonHead && !isGivenNameWord(name) && !isOftenANameInNews(word);
  // (Any other bare place after its head is the head's genitive already; "سيدي", "عين" open a town's
  // compound name, town-names.ts.)
  if (!(word.startsWith('و') || uncommonHead) || TOWN_NAME_HEADS.has(word)) return false;
  return (gazetteer().places.has(word) || isPlaceWord(word) || unlisted) && !isDefinite(name) && !isCommonWord(word) && !isOfficeWord(name) && !isVerbLike(name);
}

/**
 * "رئيسا لقسم الشؤون الداخلية | بعمالة سيدي بنور": "ب" + a region's head the news also writes as a
 * common noun ("عمالة", "جهة"), in the construct state before its town's name, is the post's seat.
 */
export function isUncommonRegionSeatAt(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (token?.isWord !== true || !token.folded.startsWith('ب') || isDefinite(token) || next?.isWord !== true) return false;
  if (!stems(token).some((stem) => UNCOMMON_REGION_HEADS.has(stem))) return false;
  return TOWN_NAME_HEADS.has(next.folded) || isPlaceNameAfterRegionHead(tokens, i + 1);
}

/** Words that go on with the clause after a holder's name ("إن", "أن", "عن", "خلال"), folded. */
const CLAUSE_GOES_ON = new Set(['ان', 'بان', 'انه', 'انها', 'عن', 'في', 'خلال', 'امام', 'قد', 'الذي']);

/**
 * "محافظ كركوك | راكان الجبوري إن", "محافظ نينوى | نجم الجبوري،": an indefinite office (or a region's
 * head) takes a place's proper name as its genitive, and a proper name governs no genitive of its own;
 * so a bare word and then a definite word rare in news or mostly a name there (a family name, "الجبوري"), before a boundary
 * or the rest of the clause, are the holder's given and family name, even when the given name is also
 * a common noun ("نجم", a star). ("محافظ نينوى الجديد" is a qualifier; "محافظ كفر الشيخ" has no bare
 * word between the place and the article.)
 */
export function closesPlaceGenitiveBeforeName(tokens: readonly Token[], i: number): boolean {
  const office = tokens[i - 2];
  const place = tokens[i - 1];
  const given = tokens[i];
  const family = tokens[i + 1];
  if (office?.isWord !== true || place?.isWord !== true || given?.isWord !== true || family?.isWord !== true) return false;
  if (isDefinite(office) || isAccusativeOffice(office) || !(isOfficeWord(office) || stems(office).some((stem) => BARE_REGION_HEADS.has(stem)))) return false;
  const placeWord = place.folded;
  // (A place no list knows, "ديالى": a word rare in news that is no given name, read whole.)
  const unlistedPlace = stems(place).length === 1 && isRareWord(placeWord) && !isGivenNameWord(place) && !isOftenANameInNews(placeWord);
  const listedPlace = gazetteer().places.has(placeWord) || isPlaceWord(placeWord);
  if (isDefinite(place) || isCommonWord(placeWord) || !(listedPlace || unlistedPlace)) return false;
  // ("رئيس مباحث | قسم الهرم": after a word read as a place only for being rare, a common noun the news
  // almost never uses as a name is the next genitive, no given name: "نجم" is one after "نينوى".)
  if (!listedPlace && isCommonWord(given.folded) && isRarelyANameInNews(given.folded)) return false;
  if (isDefinite(given) || stems(given).length !== 1 || isOfficeWord(given) || isPlaceOrNationality(given) || isOrganizationHead(given) || isVerbLike(given) || foldedRoleStops.has(given.folded) || foldedRoleQualifiers.has(given.folded)) return false;
  const familyWord = family.folded;
  if (!familyWord.startsWith('ال') || stems(family).length !== 1 || !(isRareWord(familyWord) || isOftenANameInNews(familyWord) || gazetteer().familyNames.has(familyWord)) || isCommonWord(familyWord) || isNationalityWord(family) || isPlaceOrNationality(family) || foldedRoleQualifiers.has(familyWord) || foldedNameQualifiers.has(familyWord)) return false;
  const after = tokens[i + 2];
  return after === undefined || !after.isWord || CLAUSE_GOES_ON.has(after.folded) || isVerbLike(after);
}

/**
 * "والي جهة فاس مكناس", "رئيس جهة سوس ماسة", "جهة الرباط سلا القنيطرة": Morocco names each of its
 * regions ("جهة") by two or three of its towns, one after the other with no "و". After "جهة" and the
 * region's first words, a further word that is a place's name, or a word rare in news (or unseen there)
 * that is no given name, common word or office, goes on with the region's name; a given name opens
 * the holder's.
 */
export function continuesRegionName(tokens: readonly Token[], i: number): boolean {
  // ("جهة الدار البيضاء-سطات", "طنجة-تطوان-الحسيمة": the towns joined by hyphens, as the regions are
  // officially written: a hyphen between two words goes on with the name where the word after it does.)
  if (tokens[i] !== undefined && !tokens[i].isWord && isGluedHyphenAt(tokens, i)) return tokens[i + 1]?.isWord === true && continuesRegionName(tokens, i + 1);
  const word = tokens[i];
  if (word?.isWord !== true) return false;
  // The region's words before this one (up to three), the hyphens between them left aside.
  const before: number[] = [];
  for (let k = i - 1; k >= 0 && before.length < 3; k--) {
    if (tokens[k].isWord) before.push(k);
    else if (!isGluedHyphenAt(tokens, k)) break;
  }
  const headAt = before.findIndex((k) => stems(tokens[k]).includes('جهه'));
  if (headAt < 1) return false;
  const head = before[headAt];
  // (The first town may be common words too: "جهة الدار البيضاء | سطات".)
  for (let k = head + 1; k < i; k++) if (tokens[k].isWord && (isGivenNameWord(tokens[k]) || isOfficeWord(tokens[k]) || isVerbLike(tokens[k]))) return false;
  const folded = word.folded;
  const bare = folded.startsWith('ال') ? folded.slice(2) : folded;
  if (isGivenNameWord(word) || isOftenANameInNews(folded) || isCommonWord(folded) || isOfficeWord(word) || isVerbLike(word) || isNationalityWord(word) || foldedRoleStops.has(folded) || foldedRoleQualifiers.has(folded)) return false;
  // ("جهة فاس-مكناس وعاملا على عمالة فاس": a word on "و" goes on with the sentence unless it is a town's own, "وجدة".)
  if (folded.startsWith('و')) return gazetteer().places.has(folded);
  return gazetteer().places.has(folded) || isPlaceWord(folded) || isPlaceWord(bare) || isRareWord(folded) || !isSeenInRunningText(folded);
}
