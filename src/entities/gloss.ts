/**
 * English gloss of an Arabic office phrase, built from known words only:
 * "وزير الداخلية الإيراني" → "Minister of the Interior, Iran". Unknown words are left out; an office
 * whose head word is unknown gets no gloss.
 */
import { fold } from '../text/normalize.js';
import { procliticReadings } from './clitics.js';
import {
  foldedCountryEnglish,
  foldedNationalities,
  foldedOfficeGlosses,
  foldedOfficeQualifiers,
  foldedPortfolioGlosses,
} from './lexicon.js';

/** Fixed multi-word offices whose meaning is not the sum of their words. */
const PHRASES: Array<[string, string]> = [
  ['رئيس الوزراء', 'Prime Minister'],
  ['رئيس الحكومة', 'Prime Minister'],
  ['رئيس مجلس الوزراء', 'Prime Minister'],
  ['ولي ولي العهد', 'Deputy Crown Prince'],
  ['ولي العهد', 'Crown Prince'],
  ['الأمين العام', 'Secretary-General'],
  ['أمين عام', 'Secretary-General'],
  ['خادم الحرمين الشريفين', 'Custodian of the Two Holy Mosques'],
  ['رئيس الجمهورية', 'President of the Republic'],
  ['وزير الخارجية', 'Minister of Foreign Affairs'],
  ['وزير خارجية', 'Minister of Foreign Affairs'],
  ['كاتب الدولة', 'Secretary of State'],
  ['النائب العام', 'Attorney General'],
  ['المتحدث باسم', 'Spokesperson for'],
  ['المتحدث الرسمي باسم', 'Official spokesperson for'],
].map(([arabic, english]) => [fold(arabic), english]);

function withoutClitics(word: string): string[] {
  return procliticReadings(word).map((reading) => reading.stem);
}

export function glossRole(role: string): string | null {
  const words = fold(role).split(/[\s،,]+/).filter(Boolean);
  const parts: string[] = [];
  let country: string | null = null;
  let qualifier: string | null = null;
  let headKnown = false;
  for (let i = 0; i < words.length; ) {
    const phrase = PHRASES.find(([arabic]) => {
      const phraseWords = arabic.split(' ');
      return phraseWords.every((w, k) => words[i + k] === w);
    });
    if (phrase) {
      parts.push(phrase[1]);
      headKnown ||= i === 0;
      i += phrase[0].split(' ').length;
      continue;
    }
    const readings = withoutClitics(words[i]);
    const nationality = readings.map((r) => foldedNationalities.get(r)).find(Boolean);
    const office = foldedOfficeGlosses.get(words[i]);
    const portfolio = readings.map((r) => foldedPortfolioGlosses.get(r)).find((g) => g !== undefined);
    const place = readings.map((r) => foldedCountryEnglish.get(r)).find(Boolean);
    const timeQualifier = foldedOfficeQualifiers.get(words[i]);
    if (timeQualifier) {
      qualifier = timeQualifier;
    } else if (i === 0 && office) {
      parts.push(office);
      headKnown = true;
    } else if (nationality && !country) {
      country = foldedCountryEnglish.get(fold(nationality)) ?? null;
    } else if (place && !country) {
      country = place;
    } else if (portfolio !== undefined) {
      if (portfolio) parts.push(parts.length === 1 ? 'of ' + portfolio : portfolio);
    } else if (office) {
      parts.push(office);
    }
    i++;
  }
  if (!headKnown || parts.length === 0) return null;
  let office = parts.join(' ');
  if (qualifier === 'designate') office += ' designate';
  else if (qualifier) office = `${qualifier} ${office}`;
  return office + (country ? ', ' + country : '');
}
