/**
 * Arabic → Latin, for two purposes:
 * - `transliterate`: a readable romanization of a name ("عبد الامير الشمري" → "Abd al-Amir al-Shamri"),
 *   using conventional spellings for common name parts and simple letter rules otherwise;
 * - `consonantSkeleton`: a spelling-independent key (consonants only, similar sounds merged) that lets
 *   a Latin query like "momeni", "momani" or "shammari" find the Arabic name.
 */
import { fold } from './normalize.js';

const CONVENTIONAL: Record<string, string> = {
  'محمد': 'Mohammed', 'أحمد': 'Ahmed', 'علي': 'Ali', 'عبد': 'Abd', 'الله': 'Allah', 'حسن': 'Hassan',
  'حسين': 'Hussein', 'الحسين': 'al-Hussein', 'عمر': 'Omar', 'خالد': 'Khaled', 'سلمان': 'Salman',
  'عبدالله': 'Abdullah', 'عبدالعزيز': 'Abdulaziz', 'العزيز': 'al-Aziz', 'إسكندر': 'Eskandar',
  'مؤمني': 'Momeni', 'يوسف': 'Youssef', 'إبراهيم': 'Ibrahim', 'مصطفى': 'Mustafa', 'محمود': 'Mahmoud',
  'سعود': 'Saud', 'فيصل': 'Faisal', 'عادل': 'Adel', 'جون': 'John', 'كيري': 'Kerry', 'بن': 'bin',
  'ترامب': 'Trump', 'بوتين': 'Putin', 'أوباما': 'Obama', 'السيسي': 'al-Sisi', 'عباس': 'Abbas',
  'نتنياهو': 'Netanyahu', 'أردوغان': 'Erdogan', 'اردوغان': 'Erdogan', 'لافروف': 'Lavrov',
  'جمال': 'Jamal', 'ياسر': 'Yasser', 'عرفات': 'Arafat', 'صدام': 'Saddam', 'بشار': 'Bashar',
  'الأسد': 'al-Assad', 'حافظ': 'Hafez', 'معمر': 'Muammar', 'القذافي': 'Gaddafi', 'الجبير': 'al-Jubeir',
};

const LETTERS: Record<string, string> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ٱ': 'a', 'ء': "'", 'ؤ': "'", 'ئ': "'", 'ب': 'b', 'ت': 't',
  'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's',
  'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z', 'ع': "'", 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k',
  'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h', 'ة': 'a', 'و': 'w', 'ي': 'y', 'ى': 'a', 'پ': 'p', 'چ': 'ch',
  'ژ': 'zh', 'گ': 'g', 'ک': 'k', 'ی': 'y',
};

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The conventional spellings by folded Arabic form (the first of the table's entries that fold alike). */
let conventionalByFolded: Map<string, string> | undefined;

function conventionalSpelling(plain: string): string | undefined {
  if (!conventionalByFolded) {
    conventionalByFolded = new Map();
    for (const [arabic, latin] of Object.entries(CONVENTIONAL)) if (!conventionalByFolded.has(fold(arabic))) conventionalByFolded.set(fold(arabic), latin);
  }
  return conventionalByFolded.get(fold(plain));
}

function romanizeWord(word: string): string {
  const plain = word.replace(/[\u064b-\u065f\u0670\u0640]/g, '');
  const known = CONVENTIONAL[plain] ?? conventionalSpelling(plain);
  if (known) return known;
  if (plain.startsWith('ال') && plain.length > 3) return 'al-' + capitalize(romanizeWord(plain.slice(2)));
  let out = '';
  for (let i = 0; i < plain.length; i++) {
    const ch = plain[i];
    // و and ي are consonants at the start of a word and long vowels after it.
    if (ch === 'و') out += i === 0 ? 'w' : 'ou';
    else if (ch === 'ي') out += i === 0 ? 'y' : 'i';
    else out += LETTERS[ch] ?? ch;
  }
  return capitalize(out.replace(/^'/, ''));
}

/** Readable Latin form of an Arabic (or Persian) name; Latin text is returned as written. */
export function transliterate(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (/[\u0600-\u06ff]/.test(word) ? romanizeWord(word) : word))
    .join(' ');
}

// Sound classes shared by Arabic letters and Latin spellings; vowels and glides are dropped.
const ARABIC_CLASS: Record<string, string> = {
  'ب': 'b', 'پ': 'b', 'ت': 't', 'ط': 't', 'ث': 't', 'ج': 'j', 'چ': 'j', 'ح': 'h', 'ه': 'h', 'خ': 'x',
  'د': 'd', 'ض': 'd', 'ذ': 'z', 'ز': 'z', 'ظ': 'z', 'ژ': 'z', 'ر': 'r', 'س': 's', 'ص': 's', 'ش': 'c',
  'غ': 'g', 'گ': 'g', 'ف': 'f', 'ق': 'k', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n',
};

/** Consonant key of an Arabic word: "مؤمني" → "mmn", "الشمري" → "cmr". */
export function arabicSkeleton(word: string): string {
  let folded = fold(word);
  if (folded.startsWith('ال') && folded.length > 3) folded = folded.slice(2);
  let key = '';
  for (const ch of folded) {
    const sound = ARABIC_CLASS[ch];
    if (sound && !key.endsWith(sound)) key += sound;
  }
  return key;
}

/** Consonant key of a Latin word: "momeni" → "mmn", "al-Shammari" → "cmr". */
export function latinSkeleton(word: string): string {
  let text = fold(word).replace(/^(al|el|ul)[-\s']?(?=[a-z]{3})/, '');
  text = text
    .replace(/sh|ch/g, '§')
    .replace(/[cq]/g, 'k')
    .replace(/§/g, 'c')
    .replace(/kh/g, 'x')
    .replace(/th/g, 't')
    .replace(/dh/g, 'z')
    .replace(/gh/g, 'g')
    .replace(/ph/g, 'f')
    .replace(/p/g, 'b')
    .replace(/v/g, 'f')
    .replace(/g(?=[eiy])/g, 'j');
  let key = '';
  for (const ch of text) {
    if (!/[bcdfhjklmnrstxz]/.test(ch)) continue;
    if (!key.endsWith(ch)) key += ch;
  }
  return key;
}
