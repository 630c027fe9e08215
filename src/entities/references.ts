/**
 * Role-only mentions of a named official that the article makes unambiguous:
 * - "نظيره العراقي" (his Iraqi counterpart) when exactly one official of that country is named;
 * - the office phrase the person was given, repeated alone ("وزير الداخلية العراقي"), when it is the
 *   office of exactly one named official;
 * - a bare title ("الوزير") right after naming him: the last official named before it, in the same
 *   or the previous paragraph, holds that office, and no other official named there does.
 * An office phrase next to a name is that name's office, not a reference, and is skipped.
 */
import type { Mention } from '../article/model.js';
import { givenOfficeAfterAside } from './appointment-asides.js';
import { stripProclitics } from './clitics.js';
import { gazetteer } from './gazetteer.js';
import { foldedAliasMarkers, foldedCounterpartWords } from './lexicon.js';
import type { IsNameToken } from './role-types.js';
import { honorificBefore, isHonorificAt } from './honorific-titles.js';
import { isAbbreviatedTitleAt } from './abbreviated-titles.js';
import { aliasEndAfter } from './office-phrase-parts.js';
import { isOfficeAt, isOfficeStart, OFFICE_OPENER } from './office-start.js';
import { isAccusativeOffice, isDefinite, isNationalityWord, isOfficeForm, isOfficeWord } from './office-words.js';
import { isGivenPostAt } from './decree-names.js';
import { isPostNoun, originCountryEnd, TO_WORK } from './role-after.js';
import { dutiesLeadLength, MAX_POST_LEAD, POST_NOUN_AFTER_BA, postLeadLength, postNounPreposition, reappointedOfficeAt } from './post-phrases.js';
import { IN_CAPACITY } from './role-before.js';
import { isTradeNoun } from './trade-nouns.js';
import { RELIEVED_OF } from './office-tenures.js';
import { isJoinedMosqueOffice } from './mosque-offices.js';
import { nextTriggered, triggersIn, triggerWord } from './word-triggers.js';
import { isMPTitleBeforeName, MAX_ROLE_TOKENS, MP, officePhraseEnd } from './office-phrase.js';
import { joinedChiefEndAt } from './pronoun-offices.js';
import { participleClauseEnd } from './participle-clauses.js';
import { elativeAsideEnd } from './body-asides.js';
import type { Token } from './tokenize.js';

export interface ReferenceBlock {
  block: number;
  text: string;
  tokens: Token[];
}

/** What the resolver needs to know of each person. */
export interface ReferencedPerson {
  official: boolean;
  /** Folded words of the person's office, or null. */
  roleWords: string[] | null;
  country: string | null;
  /** Name mentions as (block, first token) pairs, in article order. */
  mentions: Array<{ block: number; token: number }>;
}

const COMMAS = new Set(['،', ',', ':']);

function folded(tokens: readonly Token[], start: number, end: number): string[] {
  return tokens.slice(start, end).filter((t) => t.isWord).map((t) => t.folded);
}

/** The office word without its article or clitic: "الوزير", "والوزير", "وزير" → "وزير". */
function headOf(word: string): string {
  const bare = word.replace(/^[وفبلك]?ال/, '');
  return bare.length >= 3 ? bare : word;
}

function mentionAt(block: ReferenceBlock, start: number, end: number): Mention {
  const first = block.tokens[start];
  // ("واليا لولاية وهران": an office as a whole word keeps its first letter; no "و" + "اليا".)
  const { offset } = isOfficeForm(first.folded) ? { offset: 0 } : stripProclitics(first, (stem) => stem.startsWith('ال') || foldedCounterpartWords.has(stem));
  const from = first.start + offset;
  const to = block.tokens[end - 1].end;
  return { block: block.block, start: from, end: to, text: block.text.slice(from, to) };
}

/** Whether the phrase [start, end) stands next to a name, as its office (not a reference). */
function besideName(tokens: readonly Token[], start: number, end: number, isName: IsNameToken): boolean {
  // ("رئيس المفوضية (إيكواس) فلان": the body's short name may stand between the office and the name.)
  const alias = aliasEndAfter(tokens, start, end);
  let after = alias > 0 ? alias : end;
  // ("رئيس أرامكو السعودية | وكبير إدارييها التنفيذيين فلان": and a chief title of the same holder; pronoun-offices.ts.)
  const chiefEnd = joinedChiefEndAt(tokens, after);
  if (chiefEnd > 0) after = chiefEnd;
  // ("العميد م. فلان": and an abbreviated title's full stop.)
  // ("رئيس البعثة، السفير فلان": so may the bare title that opens the name after the comma.)
  const titleBeforeName = (k: number): boolean => tokens[k].isWord && isDefinite(tokens[k]) && isOfficeWord(tokens[k]) && !isName(k) && isName(k + 1);
  // ("مدير مكتب فيفا الإقليمي، الكاميروني جان بيير نغويم": and the holder's nationality after the comma.)
  // ("قائد القطاع، العميد الأوغندي فلان", "رئيسة اللجنة، المخرجة اللبنانية فلانة": or after his rank or
  // trade; tradeAfterComma: "المدير العام للأيام، المنتج فلان".)
  const nationalityAfterComma = (k: number): boolean => k > 0 && (COMMAS.has(tokens[k - 1].text) || (k > 1 && COMMAS.has(tokens[k - 2].text) && (isHonorificAt(tokens, k - 1) || tradeAfterComma(k - 1)))) && tokens[k].isWord && isDefinite(tokens[k]) && isNationalityWord(tokens[k]) && isName(k + 1);
  const tradeAfterComma = (k: number): boolean => k > 0 && COMMAS.has(tokens[k - 1].text) && tokens[k].isWord && isDefinite(tokens[k]) && isTradeNoun(tokens[k].folded) && !isName(k) && (isName(k + 1) || (tokens[k + 1]?.isWord === true && isNationalityWord(tokens[k + 1]) && isName(k + 2)));
  const passOverTitles = (): void => {
    while (after < tokens.length && (COMMAS.has(tokens[after].text) || tokens[after].text === '(' || foldedAliasMarkers.has(tokens[after].folded) || (tokens[after].isWord && honorificBefore(tokens, after + 1) !== null && !isName(after)) || titleBeforeName(after) || (isHonorificAt(tokens, after) && !isName(after)) || (tokens[after].text === '.' && isAbbreviatedTitleAt(tokens, after - 1)) || nationalityAfterComma(after) || tradeAfterComma(after) || (tokens[after].folded === MP && isMPTitleBeforeName(tokens, after + 1)))) after++;
  };
  passOverTitles();
  // ("لشركة الأفق للطاقة، التابعة للمجموعة، المهندسة فلانة": and an aside on the body between commas; body-asides.ts.)
  const asideEnd = after > 0 && COMMAS.has(tokens[after - 1].text) ? elativeAsideEnd(tokens, after) : after;
  if (asideEnd > after) {
    after = asideEnd;
    passOverTitles();
  }
  if (after < tokens.length && isName(after)) return true;
  // ("ممثل الولي الفقيه في محافظة خراسان | وإمام جمعة مشهد آية الله فلان": an imam's post joined by "و".)
  if (after < tokens.length && isJoinedMosqueOffice(tokens[after])) {
    const imamEnd = after;
    after += 2;
    while (after < tokens.length && after - imamEnd <= 4 && tokens[after].isWord && !isName(after) && !isHonorificAt(tokens, after)) after++;
    passOverTitles();
    if (after < tokens.length && isName(after)) return true;
    after = imamEnd;
  }
  // ("رئيس المجلس السياسي الأعلى التابع للجماعة فلان": a participle clause between; participle-clauses.ts.)
  const clauseEnd = participleClauseEnd(tokens, after);
  if (clauseEnd > after && isName(clauseEnd)) return true;
  let before = start - 1;
  // ("فلان، بصفته واليا لولاية وهران": the office he is named in, no reference.)
  if (before >= 0 && IN_CAPACITY.test(tokens[before].folded)) before--;
  // ("ندب فلانة للعمل مساعداً لوزير العدل": the post she is seconded to work as.)
  if (before >= 0 && tokens[before].folded === TO_WORK && isAccusativeOffice(tokens[start])) before--;
  // ("اختيار فلان لمنصب | وكيل النقابة": the post he is chosen for; role-after.ts.)
  else if (before >= 0 && isPostNoun(tokens[before])) before--;
  // ("إعفاء فلان من مهامه | رئيساً لمجلس الإدارة": the post he is relieved of; office-tenures.ts.)
  if (before >= 2 && RELIEVED_OF.test(tokens[before].folded) && tokens[before - 1].folded === 'من' && isAccusativeOffice(tokens[start])) before -= 2;
  if (before >= 0 && COMMAS.has(tokens[before].text)) before--;
  // "فلان (رئيس الجمعية)", "فلان (قاض، رئيس دائرة ...)": the bracket that opens after the name, with
  // a bare noun of his trade first.
  if (before >= 1 && tokens[before].isWord && tokens[before - 1].text === '(' && COMMAS.has(tokens[start - 1]?.text ?? '')) before--;
  if (before >= 0 && tokens[before].text === '(') before--;
  // "فلان (62 عاما): حاكم ...": a short bracket between the name and its office.
  if (before >= 0 && tokens[before].text === ')') {
    const open = tokens.slice(Math.max(0, before - 5), before).map((t) => t.text).lastIndexOf('(');
    if (open >= 0) before = Math.max(0, before - 5) + open - 1;
  }
  if (before >= 0 && isName(before)) return true;
  // ("تعيين فلان من الأردن | نائباً للممثل الخاص": the name's post after the country he comes from; role-after.ts.)
  for (let from = before - 1; from >= before - 2 && from > 0; from--) if (tokens[from].folded === 'من' && originCountryEnd(tokens, from) === before + 1 && isName(from - 1)) return true;
  // ("تعيين فلان في منصب | الوالي المنتدب": the post he is given, named with the article.)
  // ("ترقية فلان إلى وظيفة | سفير": so the post he is promoted to.)
  if (start >= 3 && postNounPreposition(tokens, start - 2) !== null && isName(start - 3)) return true;
  // ("تعيين فلان، متصرف مدني، | أميناً عاماً": or after his trade set off by commas; appointment-asides.ts.)
  for (let nameEnd = start - 3; nameEnd >= start - 6 && nameEnd > 0; nameEnd--) if (isName(nameEnd - 1) && COMMAS.has(tokens[nameEnd].text) && givenOfficeAfterAside(tokens, nameEnd, isName) === start) return true;
  // ("تعيين فلان على وظيفة (| وكيل الوزارة)": or the post in brackets.)
  if (start >= 4 && tokens[start - 1].text === '(' && postNounPreposition(tokens, start - 3) !== null && isName(start - 4)) return true;
  // ("فوز فلان بمنصب | الأمين العام": the post he wins, "ب" on the post noun.)
  if (start >= 2 && POST_NOUN_AFTER_BA.test(tokens[start - 1]?.folded ?? '') && isName(start - 2)) return true;
  // "يعفى فلان من منصبه | أمير منطقة الجوف", "ترقية فلان إلى رتبة لواء وتعيينه | مساعداً لقائد":
  // the words of a decree between the name and the office it concerns (post-phrases.ts).
  for (let lead = 1; lead <= MAX_POST_LEAD && start - lead - 1 >= 0; lead++) {
    if (isName(start - lead - 1) && postLeadLength(tokens, start - lead, (i) => isOfficeAt(tokens, i), isAccusativeOffice) === lead) return true;
  }
  // ("- السيد فلان، والي ولاية سعيدة سابقا، | واليا لولاية سطيف.": the post a decree's line gives
  // after the one he held, set off by commas after his name.)
  if (start >= 3 && COMMAS.has(tokens[start - 1].text) && isGivenPostAt(tokens, start)) {
    for (let held = start - 2; held > 1 && start - held <= MAX_ROLE_TOKENS; held--) {
      if (!tokens[held].isWord) break;
      if (COMMAS.has(tokens[held - 1].text) && isName(held - 2) && isOfficeAt(tokens, held)) return true;
    }
  }
  // ("- العميد فلان، بمهام | مدير مديرية أمن طرابلس": so after the comma of a decree's line.)
  for (let lead = 1; lead <= MAX_POST_LEAD && start - lead - 2 >= 0; lead++) {
    if (isName(start - lead - 2) && COMMAS.has(tokens[start - lead - 1].text) && dutiesLeadLength(tokens, start - lead, (i) => isOfficeAt(tokens, i)) === lead) return true;
  }
  // ("إعفاء فلان رئيس الهيئة من منصبه، وتعيينه | مستشاراً": the post given him after the one he leaves,
  // whose office follows his name.)
  for (let lead = 1; lead <= MAX_POST_LEAD && start - lead >= 0; lead++) {
    const relieved = start - lead;
    if (reappointedOfficeAt(tokens, relieved, isAccusativeOffice) !== start) continue;
    for (let office = relieved - 1; office > 0 && relieved - office <= MAX_ROLE_TOKENS; office--) {
      if (isName(office - 1) && isOfficeAt(tokens, office) && officePhraseEnd(tokens, office, isName) === relieved) return true;
    }
  }
  return false;
}

const QUOTE_OPEN = new Set(['«', '“']);
const QUOTE_CLOSE = new Set(['»', '”']);
/** "إن", "أن", "بأن" (folded): what was said opens after them. */
const SAID_THAT = new Set(['ان', 'بان']);

/**
 * "وقال فلان: "... يحدده القاضي"": whether token i sits inside a quotation that a colon or "إن"/"أن"
 * opens at or after token `from`. News names the speaker and then quotes his words so; a bare title in his
 * own words is someone else or anyone (a speaker does not call himself "the judge"), so it is no
 * reference to him. Straight quote marks pair up from the start of the paragraph; where their count
 * is odd the pairs are unknown and nothing is said to be quoted.
 */
function isInQuoteOpenedAfter(tokens: readonly Token[], from: number, i: number): boolean {
  const straight = tokens.filter((token) => token.text === '"').length;
  let open = -1;
  for (let k = 0; k < i; k++) {
    const text = tokens[k].text;
    if ((text === '"' && open < 0) || (QUOTE_OPEN.has(text) && open < 0)) open = k;
    else if ((text === '"' && tokens[open]?.text === '"') || (QUOTE_CLOSE.has(text) && open >= 0 && tokens[open].text !== '"')) open = -1;
  }
  if (open < from || (tokens[open].text === '"' && straight % 2 === 1)) return false;
  const opener = tokens[open - 1];
  return opener !== undefined && (opener.text === ':' || SAID_THAT.has(opener.folded));
}

/**
 * References per person (same order as `people`). `names(b)` tells which tokens of block b are
 * person names.
 */
const COUNTERPART_WORD = triggerWord((word) => foldedCounterpartWords.has(word.folded));
/** The words a reference may open with: a counterpart's noun or an office. */
const REFERENCE_OPENER = COUNTERPART_WORD | OFFICE_OPENER;

export function findReferences(blocks: readonly ReferenceBlock[], people: readonly ReferencedPerson[], names: (block: number) => IsNameToken): Mention[][] {
  const found: Mention[][] = people.map(() => []);
  const officials = people.map((person, index) => ({ person, index })).filter(({ person }) => person.official && person.roleWords);
  if (officials.length === 0) return found;
  const gaz = gazetteer();
  // Name mentions per block, in order, to find who was named last before a bare title.
  const namedIn = new Map<number, Array<{ token: number; index: number }>>();
  people.forEach((person, index) => {
    for (const m of person.mentions) {
      const named = namedIn.get(m.block);
      if (named) named.push({ token: m.token, index });
      else namedIn.set(m.block, [{ token: m.token, index }]);
    }
  });
  for (const list of namedIn.values()) list.sort((a, b) => a.token - b.token);
  // Officials by their office, the head word without its article.
  const byOffice = new Map<string, number[]>();
  for (const { person, index } of officials) {
    const role = [...(person.roleWords ?? [])];
    role[0] = headOf(role[0]);
    const holders = byOffice.get(role.join(' '));
    if (holders) holders.push(index);
    else byOffice.set(role.join(' '), [index]);
  }

  for (const block of blocks) {
    const { tokens } = block;
    const isName = names(block.block);
    const triggers = triggersIn(tokens);
    // (A reference opens with a counterpart's noun or an office: the words that may be one are
    // marked, and found through nextTriggered, since a loop over every position of the whole article
    // in one call is the hot loop V8 compiles; word-triggers.ts.)
    for (let i = nextTriggered(triggers, REFERENCE_OPENER, 0); i >= 0; i = nextTriggered(triggers, REFERENCE_OPENER, i + 1)) {
      if (!tokens[i].isWord || isName(i)) continue;
      // "نظيره العراقي": the one named official of that country.
      // Right before a name ("نظيره الجزائري عبد القادر ..."), it gives that name its office instead.
      if (foldedCounterpartWords.has(tokens[i].folded) && tokens[i + 1]?.isWord && !isName(i + 2)) {
        const country = gaz.nationalities.get(tokens[i + 1].folded);
        const matches = country ? officials.filter(({ person }) => person.country === country) : [];
        if (matches.length === 1) found[matches[0].index].push(mentionAt(block, i, i + 2));
        i++;
        continue;
      }
      if (!isOfficeStart(tokens, i)) continue;
      const end = officePhraseEnd(tokens, i, isName);
      if (besideName(tokens, i, end, isName)) {
        i = end - 1;
        continue;
      }
      const words = folded(tokens, i, end);
      words[0] = headOf(words[0]);
      if (end - i > 1) {
        // The full office of exactly one named official, repeated alone.
        const matches = byOffice.get(words.join(' ')) ?? [];
        if (matches.length === 1) found[matches[0]].push(mentionAt(block, i, end));
      } else if (tokens[i].folded.replace(/^[وف]/, '').startsWith('ال')) {
        // A bare title: the last person named before it, if that person holds this office and no
        // other official named in this or the previous paragraph does.
        const before = [...(namedIn.get(block.block - 1) ?? []), ...(namedIn.get(block.block) ?? []).filter((m) => m.token < i)];
        const last = before[before.length - 1];
        const holds = (index: number): boolean => headOf(people[index].roleWords?.[0] ?? '') === words[0];
        // (The last one named in this paragraph, or else in the one before: then the quote opens here.)
        const inThisBlock = (namedIn.get(block.block) ?? []).some((m) => m.token < i);
        const quotedBySpeaker = last !== undefined && isInQuoteOpenedAfter(block.tokens, inThisBlock ? last.token + 1 : 0, i);
        if (last && !quotedBySpeaker && people[last.index].official && holds(last.index) && !before.some((m) => m.index !== last.index && holds(m.index))) {
          found[last.index].push(mentionAt(block, i, end));
        }
      }
      i = end - 1;
    }
  }
  return found;
}
