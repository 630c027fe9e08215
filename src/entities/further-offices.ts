/** Offices (and references) given to persons once all of them are known: what one person's office says of another's. */
import { isBareAideTitle } from './aide-titles.js';
import { honorificReferenceBefore, suitsHonorificReference, unnamedOfficeBefore } from './counterpart-antecedents.js';
import type { Entity } from '../article/model.js';
import { fold } from '../text/normalize.js';
import { writtenOffset } from './clitics.js';
import { isCommonWord } from './ordinary-words.js';
import { gazetteer } from './gazetteer.js';
import { foldedCounterpartWords } from './lexicon.js';
import { glossRole } from './gloss.js';
import { nameKey } from './name-key.js';
import { isKnownOfficialFamilyName } from './known-officials.js';
import { isOfficialBySurnameSlot } from './official-surname-slots.js';
import { honorificBefore, isHonorificOrWithLam } from './honorific-titles.js';
import { isNamedAsHistory } from './historical-frames.js';
import { isRulerEraMention } from './ruler-eras.js';
import { countryOfRole, dualOfficePhraseBefore, lastChainedOffice } from './roles.js';
import { royalHeaderOffice } from './royal-order-headers.js';
import { personShareBucket } from './tagger.js';
import { dualConstructRoleBefore } from './dual-construct-offices.js';
import { pluralOfficeListRoles } from './plural-office-lists.js';
import { pluralOfficeAfterListRoles } from './plural-offices-after-lists.js';
import { opensWithMinisters, portfolioListRoles } from './portfolio-lists.js';
import { dismissedPostOfHolder, presidencyOfHolder } from './office-tenures.js';
import { isAppointedInPlace, predecessorOffice } from './successions.js';
import { hasMarkBetween, SENTENCE_ENDS } from './sentence-ends.js';
import { isSucceededHolder } from './post-phrases.js';
import { isHeadOfGovernmentRole, unnamedHeadOfGovernment } from './government-head-offices.js';
import { isGovernmentHeadMention } from './government-heads.js';
import type { IsNameToken } from './role-types.js';
import { BLOC_MEMBER_OFFICE, isBlocMoverAt, speaksOfParliament } from './parliamentary-blocs.js';
import { findReferences } from './references.js';
import { isListedNameWord } from './given-names.js';
import type { BlockTokens, Draft, NameTokens } from './extract-types.js';
import { isNameIn } from './located.js';
import { isCommonNounToo, isFamilyNameOfSomethingElse } from './known-family-names.js';

/**
 * "التقى وزير الخارجية خميس الجهيناوي نظيره الجزائري عبد القادر مساهل": the person named after
 * "his counterpart" + a nationality holds the office of the official named before in the paragraph,
 * for that country ("وزير الخارجية الجزائري").
 */
export function addCounterpartRoles(entities: Entity[], drafts: Draft[]): void {
  const nationalities = gazetteer().nationalities;
  entities.forEach((entity, i) => {
    // ("نظيره الباكستاني فلان" ... "وكان الوزير فلان": a bare title of his elsewhere gives way to the
    // counterpart's office it heads.)
    const title = entity.role !== null && !/\s/.test(entity.role.trim()) ? fold(entity.role.trim()).replace(/^ال/, '') : null;
    if (entity.role !== null && title === null) return;
    for (const { block, span } of drafts[i].mentions) {
      // "نظيره الإيطالي، سيرجيو ماتارالا": the name may follow after a comma, or an honorific
      // ("نظيره الكويتي الشيخ أحمد ناصر المحمد الصباح").
      const lead = honorificBefore(block.tokens, span.start)?.start ?? span.start;
      const comma = block.tokens[lead - 1]?.text === '،' || block.tokens[lead - 1]?.text === ',' ? 1 : 0;
      const nationality = block.tokens[lead - 1 - comma];
      const counterpart = block.tokens[lead - 2 - comma];
      if (!nationality || !counterpart || !nationalities.has(nationality.folded) || !foldedCounterpartWords.has(counterpart.folded)) continue;
      // The last official named before it in the same paragraph.
      let holder = lastOfficialMention(entities, drafts, i, (m) => m.block.block === block.block && m.span.end <= lead - 2 - comma);
      // ("وتلقى معاليه اتصالاً من نظيره الإماراتي فلان": the last official of an earlier paragraph.)
      const reference = holder ? null : honorificReferenceBefore(block.tokens, lead - 2 - comma);
      if (reference !== null) holder = lastOfficialMention(entities, drafts, i, (m, other) => m.block.block < block.block && suitsHonorificReference(reference, other.honorific));
      // ("دعا وزير الخارجية الفلسطيني نظيره البريطاني فلان": or an office the clause names without a holder.)
      const antecedentRole = holder ? holder.entity.role : unnamedOfficeBefore(block.tokens, lead - 2 - comma);
      if (!antecedentRole) continue;
      // ("نائب رئيس مجلس الوزراء وزير الخارجية" and "نظيره العماني": the Omani foreign minister.)
      const office = lastChainedOffice(antecedentRole).split(/\s+/).filter((word) => !nationalities.has(fold(word)));
      if (office.length === 0 || (title !== null && fold(office[0]) !== title)) continue;
      const role = [...office, nationality.text].join(' ');
      giveOffice(entity, role, nationalities.get(nationality.folded) ?? null);
      return;
    }
  });
}

/**
 * The official with a role (not entity `self`) whose mention that `where` accepts comes last in the
 * article, by paragraph and then by position: with its start.
 */
function lastOfficialMention(entities: Entity[], drafts: Draft[], self: number, where: (mention: Draft['mentions'][number], official: Entity) => boolean): { entity: Entity; start: number } | null {
  let found: { entity: Entity; start: number; block: number } | null = null;
  entities.forEach((other, j) => {
    if (!other.official || !other.role || j === self) return;
    for (const m of drafts[j].mentions) {
      const later = !found || m.block.block > found.block || (m.block.block === found.block && m.span.start > found.start);
      if (later && where(m, other)) found = { entity: other, start: m.span.start, block: m.block.block };
    }
  });
  return found;
}

/**
 * "الرئيس الفلسطيني محمود عباس والسوداني عمر البشير": in a list, "و" + a nationality used as a noun
 * right after an official whose office names his country leaves that office out; the next name
 * holds it for the other country ("الرئيس السوداني"). Runs along the list, one entry at a time.
 */
export function addElidedOfficeRoles(entities: Entity[], drafts: Draft[]): void {
  const nationalities = gazetteer().nationalities;
  const endingAt = mentionsEndingAt(drafts);
  for (let changed = true; changed; ) {
    changed = false;
    entities.forEach((entity, i) => {
      if (entity.role !== null) return;
      for (const { block, span } of drafts[i].mentions) {
        const lead = honorificBefore(block.tokens, span.start)?.start ?? span.start;
        const nationality = block.tokens[lead - 1];
        if (!nationality?.isWord || !nationality.folded.startsWith('وال') || !nationalities.has(nationality.folded.slice(1))) continue;
        const previous = firstOfficialWithRole(entities, endingAt(block, lead - 1), i);
        if (previous < 0) continue;
        const words = (entities[previous].role ?? '').split(/\s+/);
        const at = words.findIndex((word) => nationalities.has(fold(word)));
        if (at < 0) continue;
        const role = [...words.slice(0, at), nationality.text.slice(writtenOffset(nationality.text, 1)), ...words.slice(at + 1)].join(' ');
        giveOffice(entity, role, nationalities.get(nationality.folded.slice(1)) ?? null);
        changed = true;
        return;
      }
    });
  }
}

/**
 * The drafts (by index, in increasing order) with a mention that ends at a token of a block: the
 * rules below ask for the person named right before a word, and a walk over every mention of the
 * article for each of them would grow with the square of a long article's names.
 */
function mentionsEndingAt(drafts: readonly Draft[]): (block: BlockTokens, end: number) => readonly number[] {
  const byBlock = new Map<BlockTokens, Map<number, number[]>>();
  drafts.forEach((draft, j) => {
    for (const { block, span } of draft.mentions) {
      let ends = byBlock.get(block);
      if (ends === undefined) byBlock.set(block, (ends = new Map()));
      const owners = ends.get(span.end);
      if (owners === undefined) ends.set(span.end, [j]);
      else if (owners[owners.length - 1] !== j) owners.push(j);
    }
  });
  return (block, end) => byBlock.get(block)?.get(end) ?? [];
}

/** The first of the entities at `candidates` (not `self`) that is an official with a role, or -1. */
function firstOfficialWithRole(entities: readonly Entity[], candidates: readonly number[], self: number): number {
  return candidates.find((j) => j !== self && entities[j].official && entities[j].role !== null) ?? -1;
}

/** "ونائبه", "ونائبها" (and his / her deputy), folded: the deputy of the office-holder named right before. */
const HIS_DEPUTY = new Set(['ونايبه', 'ونايبها', 'نايبه', 'نايبها']);

/**
 * "مع رئيس الهيئة فلان ونائبه علان": the name right after "and his deputy", itself right after an
 * official whose office is stated, is the deputy of that office ("نائب رئيس الهيئة"). A definite
 * office shows its article after "نائب" ("نائب الرئيس المدير العام").
 */
export function addDeputyRoles(entities: Entity[], drafts: Draft[]): void {
  const endingAt = mentionsEndingAt(drafts);
  entities.forEach((entity, i) => {
    if (entity.role !== null) return;
    for (const { block, span } of drafts[i].mentions) {
      const deputy = block.tokens[span.start - 1];
      if (!deputy?.isWord || !HIS_DEPUTY.has(deputy.folded)) continue;
      // (No comma: "فلان، ونائبه" may open another sentence's subject.)
      const previous = firstOfficialWithRole(entities, endingAt(block, span.start - 1), i);
      if (previous < 0) continue;
      const office = entities[previous].role ?? '';
      // (The deputy of a bare title or of a deputy is no office the article states: "الوزير ونائبه".)
      if (!/\s/.test(office.trim()) || /^(?:ال)?نائب/.test(fold(office))) continue;
      giveOffice(entity, `نائب ${office}`, entities[previous].country);
      return;
    }
  });
}

/**
 * "والنائبين عبد العزيز القطي ومنجي الرحوي": the dual of an office before two names joined by "و"
 * gives each of them the office.
 */
export function addDualOfficeRoles(entities: Entity[], drafts: Draft[]): void {
  const owner = new Map<string, number>();
  drafts.forEach((draft, i) => draft.mentions.forEach(({ block, span }) => owner.set(`${block.block}:${span.start}`, i)));
  entities.forEach((entity, i) => {
    for (const { block, span } of drafts[i].mentions) {
      const office = dualOfficePhraseBefore(block.tokens, span.start);
      // ("والمساعدين فلان وعلان": two assistants, no office; aide-titles.ts.)
      if (!office || isBareAideTitle(office)) continue;
      const give = (target: Entity): void => {
        if (target.role === null) giveOffice(target, office, null);
      };
      give(entity);
      // The second holder: the next name, carrying the conjunction, right after this one
      // (the first may have the title already; "و" may stand apart: "فلان و علان").
      const detached = block.tokens[span.end]?.folded === 'و';
      const second = owner.get(`${block.block}:${span.end + (detached ? 1 : 0)}`);
      if (second !== undefined && block.tokens[span.end].folded.startsWith('و')) give(entities[second]);
      return;
    }
  });
}

/** "بوزيري النقل فلان والصناعة علان": each holder of a dual construct office, with his portfolio (dual-construct-offices.ts). */
export function addDualConstructOfficeRoles(entities: Entity[], drafts: Draft[]): void {
  const startEndingAt = new Map<string, number>();
  drafts.forEach((draft) => draft.mentions.forEach(({ block, span }) => startEndingAt.set(`${block.block}:${span.end}`, span.start)));
  entities.forEach((entity, i) => {
    if (entity.role !== null) return;
    for (const { block, span } of drafts[i].mentions) {
      const role = dualConstructRoleBefore(block.text, block.tokens, span.start, (end) => startEndingAt.get(`${block.block}:${end}`));
      if (!role) continue;
      giveOffice(entity, role, null);
      return;
    }
  });
}

/** Role-only mentions ("نظيره العراقي", "الوزير") of the people, see references.ts. */
export function addReferences(entities: Entity[], drafts: Draft[], blocks: BlockTokens[], names: NameTokens): void {
  const byIndex = new Map(blocks.map((block) => [block.block, block]));
  const people = entities.map((entity, i) => ({
    official: entity.official,
    roleWords: entity.role ? roleWords(entity.role) : null,
    country: entity.country,
    mentions: drafts[i].mentions.map(({ block, span }) => ({ block: block.block, token: span.start })),
  }));
  const references = findReferences(blocks, people, (block) => {
    const tokens = byIndex.get(block);
    return tokens ? isNameIn(names, tokens) : () => false;
  });
  entities.forEach((entity, i) => {
    if (references[i].length > 0) entity.references = references[i];
  });
}

/** A role as folded words, punctuation dropped. */
function roleWords(role: string): string[] {
  return fold(role).split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
}

/**
 * "وقال أوباما", "تندر أوباما نفسه": news names a well-known official by his family name alone. A
 * one-word person with no office is an official when the word ends exactly one listed official's
 * name (known-officials.ts) and names few people: no given name, common word, frequent family name
 * or word the news seldom takes for a person, and no other person of the article bears it.
 */
export function addOfficialsByFamilyName(entities: Entity[], drafts: Draft[], kept: boolean[]): void {
  const lastKeyWord = (entity: Entity): string => nameKey(fold(entity.name.trim()).split(/\s+/)).at(-1) ?? '';
  const bearers = new Map<string, number>();
  entities.forEach((entity, i) => {
    if (!kept[i]) return;
    const word = lastKeyWord(entity);
    bearers.set(word, (bearers.get(word) ?? 0) + 1);
  });
  const namesMany = (form: string): boolean => isListedNameWord(form) || isCommonWord(form) || personShareBucket(form) === 0;
  entities.forEach((entity, i) => {
    if (!kept[i] || entity.official || entity.role !== null) return;
    const word = fold(entity.name.trim());
    if (!/^\S+$/.test(word) || bearers.get(lastKeyWord(entity)) !== 1) return;
    // ("وأضاف الشاهد أن ...": a definite family name in a person's slot, even one that is also a common noun; official-surname-slots.ts.)
    if (isOfficialBySurnameSlot(word, drafts[i].mentions.map(({ block, span }) => ({ tokens: block.tokens, start: span.start, end: span.end })))) {
      entity.official = true;
      return;
    }
    if (!isKnownOfficialFamilyName(word)) return;
    // The word with and without the article: "الحريري" and "حريري" are one family name.
    const forms = [word, word.startsWith('ال') ? word.slice(2) : `ال${word}`];
    if (forms.some(namesMany) || isCommonNounToo(word)) return;
    if (drafts[i].mentions.every((located) => isFamilyNameOfSomethingElse(located.block.tokens, located.span.start))) return;
    // ("في عهد بورقيبة", "نظام بن علي", "ضريح الزعيم بورقيبة": named only as history or a reference;
    // historical-frames.ts, ruler-eras.ts.)
    if (drafts[i].mentions.every(({ block, span }) => isRulerEraMention(block.tokens, span.start, span.end)) || isNamedAsHistory(drafts[i].mentions.map(({ block, span }) => ({ tokens: block.tokens, start: span.start })))) return;
    entity.official = true;
  });
}

/** "النواب فلان وعلان": a plural office before a list of names is each one's (plural-office-lists.ts). */
export function addPluralListOfficeRoles(entities: Entity[], drafts: Draft[]): void {
  const mentions = drafts.map((draft) => draft.mentions);
  pluralOfficeListRoles(mentions).forEach((role, i) => {
    if (role !== null && entities[i].role === null) giveOffice(entities[i], role, null);
  });
  // ("فلان وعلان، ممثلي الجهة في البرلمان": the plural after the list; plural-offices-after-lists.ts.)
  pluralOfficeAfterListRoles(mentions).forEach((role, i) => {
    if (role !== null && entities[i].role === null) giveOffice(entities[i], role, null);
  });
  // ("وزراء: الإدارة المحلية المهندس فلان، والصحة الدكتور علان": each one's portfolio; portfolio-lists.ts.)
  portfolioListRoles(mentions).forEach((role, i) => {
    const current = entities[i].role;
    if (role !== null && (current === null || opensWithMinisters(current))) giveOffice(entities[i], role, entities[i].country);
  });
}

/** Makes a person the holder of `role`, found after the first pass (its English gloss with it). */
function giveOffice(entity: Entity, role: string, country: string | null): void {
  Object.assign(entity, { official: true, role, country, roleLatin: glossRole(role) });
}

/** ("نحن سلمان بن عبدالعزيز آل سعود" ⏎ "ملك المملكة العربية السعودية": a decree's header; royal-order-headers.ts.) */
export function addRoyalHeaderRoles(entities: Entity[], drafts: Draft[], blocks: readonly BlockTokens[]): void {
  entities.forEach((entity, i) => {
    if (entity.role !== null) return;
    const office = royalHeaderOffice(drafts[i], blocks);
    if (office) giveOffice(entity, office.text.trim(), countryOfRole(office.tokens));
  });
}

/**
 * "إقالة فلان من رئاسة الفرع", "فوز فلان برئاسة الاتحاد": the one removed from or elected to a
 * presidency holds (held) it: "رئيس" + the body (office-tenures.ts); given to those with no office
 * yet, or an official whose office no phrase named ("أعفي فلان من منصبه").
 */
export function addPresidencyTenureRoles(entities: Entity[], drafts: Draft[]): void {
  entities.forEach((entity, i) => {
    if (entity.official && entity.role !== null) return;
    for (const { block, span } of drafts[i].mentions) {
      // ("إعفاء فلان من مهامه رئيساً لمجلس الإدارة": or the post he was relieved of; office-tenures.ts.)
      const office = presidencyOfHolder(block.text, block.tokens, span.start, span.end) ?? dismissedPostOfHolder(block.text, block.tokens, span.start, span.end);
      if (office === null) continue;
      giveOffice(entity, office, null);
      return;
    }
  });
}

/**
 * "استقالة كل من فلان وفلانة من كتلة الحرة": people leaving or joining a parliamentary bloc are
 * MPs, "نائب" (parliamentary-blocs.ts), in an article about a parliament.
 */
export function addBlocMemberRoles(entities: Entity[], drafts: Draft[]): void {
  let parliament: boolean | undefined;
  entities.forEach((entity, i) => {
    if (entity.official) return;
    for (const { block, span } of drafts[i].mentions) {
      if (!isBlocMoverAt(block.tokens, span.start, span.end)) continue;
      parliament ??= speaksOfParliament(articleBlocks(drafts).map((b) => b.tokens));
      if (parliament) giveOffice(entity, BLOC_MEMBER_OFFICE, null);
      return;
    }
  });
}

/** The blocks the drafts' mentions stand in, once each. */
function articleBlocks(drafts: readonly Draft[]): BlockTokens[] {
  return [...new Set(drafts.flatMap((draft) => draft.mentions.map(({ block }) => block)))];
}

/**
 * "المعتمد الجديد فلان خلفا لعلان", "فلان، الذي يخلف علان في هذا المنصب": the one succeeded held
 * the office of the last official named before in the sentence (successions.ts).
 */
export function addPredecessorRoles(entities: Entity[], drafts: Draft[]): void {
  entities.forEach((entity, i) => {
    if (entity.role !== null) return;
    for (const { block, span } of drafts[i].mentions) {
      if (!isSucceededHolder(block.tokens, span.start, span.skip, isHonorificOrWithLam)) continue;
      const found = lastOfficialMention(entities, drafts, i, (m) => m.block === block && m.span.end < span.start);
      const office = found && predecessorOffice(block.text, block.tokens, found.start, span.start, found.entity.role ?? '');
      if (!found || !office) continue;
      giveOffice(entity, office, found.entity.country ?? null);
      return;
    }
  });
}

/**
 * "أقال ... المدير العام للشركة فلان، وعيّن مكانه علان": the one appointed in the place of the
 * official named last before him in the same sentence takes that one's office (successions.ts).
 */
export function addSuccessorRoles(entities: Entity[], drafts: Draft[]): void {
  entities.forEach((entity, i) => {
    if (entity.role !== null) return;
    for (const { block, span } of drafts[i].mentions) {
      if (span.skip > 0 || !isAppointedInPlace(block.tokens, span.start, isHonorificOrWithLam)) continue;
      const found = lastOfficialMention(entities, drafts, i, (m) => m.block === block && m.span.end < span.start);
      if (!found?.entity.role || hasMarkBetween(block.tokens, found.start, span.start, SENTENCE_ENDS)) continue;
      giveOffice(entity, found.entity.role, found.entity.country ?? null);
      return;
    }
  });
}

/**
 * "حكومة فلان" ... "رئيس الحكومة المكلف" with no name beside it: the one person a government is
 * named after holds the office the article states alone (government-head-offices.ts), where no
 * one else of the article holds such an office.
 */
export function addGovernmentHeadRoles(entities: Entity[], drafts: Draft[], blocks: readonly BlockTokens[], names: (block: BlockTokens) => IsNameToken): void {
  if (entities.some((entity) => isHeadOfGovernmentRole(entity.role))) return;
  const heads = entities.filter((_, i) => drafts[i].mentions.some(({ block, span }) => isGovernmentHeadMention(block.tokens, span.start)));
  if (heads.length !== 1 || heads[0].role !== null) return;
  const office = unnamedHeadOfGovernment(blocks, names);
  if (office !== null) giveOffice(heads[0], office, heads[0].country ?? null);
}
