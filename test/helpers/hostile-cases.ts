import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Hostile inputs shared by the --print/--json suite and the real-terminal suite. Each is a file (or a
 * directory, or standard input) and what qari must make of it: exit status, and a visible placeholder
 * or a one-line message that proves the hostile part was seen and neutralised.
 */
export interface HostileCase {
  name: string;
  /** The command-line SOURCE (a path, or '-' with `stdin`). */
  source: string;
  stdin?: Buffer;
  /** Exit status of --print/--json and of the reader. */
  status: 0 | 1 | 2;
  /** Something the output must show (a placeholder), in --print with --bidi terminal (logical order). */
  shows?: string;
  /** A line stderr must consist of (error or warning); stderr must otherwise be empty. */
  message?: RegExp;
  /** A list (library, feed): the reader opens the first item and goes back. */
  list?: boolean;
  /** Slow inputs (megabytes): fewer --print variants, more time. */
  big?: boolean;
  /** A paragraph that must print exactly as it does on its own (nothing leaks into it). */
  unaffected?: string;
}

const ESC = '\x1b';
const BEL = '\x07';
const TITLE = 'عنوان الخبر الرئيسي';
const FOLLOWING = 'الفقرة التالية تبقى كما هي (بلا تغيير) 2024.';
/** Enough ordinary text that a handful of control bytes does not make the file look binary. */
const FILLER = 'هذه فقرة عادية من نص الخبر، وفيها كلمات كثيرة تكفي ليبقى الملف نصاً عادياً في نظر قارئ. '.repeat(4);

const made: string[] = [];

/** Removes the files hostileCases() wrote (megabytes of them). */
export function removeHostileFiles(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function hostileCases(): HostileCase[] {
  const dir = mkdtempSync(join(tmpdir(), 'qari-hostile-'));
  made.push(dir);
  const file = (name: string, content: string | Uint8Array) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const article = (body: string) => `${TITLE}\n${body}\n${FILLER}\n`;
  const depth200 = (open: string) => open.repeat(200);

  const feedDir = join(dir, `feeds${ESC}]0;dir${BEL}`);
  mkdirSync(feedDir);
  const libraryDir = join(dir, `library${ESC}[2J${ESC}]52;c;eA==${BEL}\u202e`);
  mkdirSync(libraryDir);
  writeFileSync(join(libraryDir, `one${ESC}[31m.txt`), article(`نص ${ESC}[5mيومض${ESC}[0m هنا.`));
  writeFileSync(join(libraryDir, 'two.md'), `---\ntitle: "عنوان ${ESC}]0;pwned${BEL} مخفي"\nsource: "مصدر ${ESC}P1$r${ESC}\\\\"\ndate: "2024-01-02\u202e"\n---\n\nفقرة ${ESC}[1A.\n`);

  return [
    { name: 'CSI colours and cursor movement', source: file('csi.txt', article(`أحمر ${ESC}[31mهنا${ESC}[0m ${ESC}[2J${ESC}[H${ESC}[10;10H${ESC}[1A${ESC}[?1049l ${ESC}[6n نهاية.`)), status: 0, shows: '\u241b[31m' },
    { name: 'OSC 52 clipboard write', source: file('osc52.txt', article(`نسخ ${ESC}]52;c;cm0gLXJmIH4=${BEL} إلى الحافظة.`)), status: 0, shows: '\u241b]52;c;' },
    { name: 'OSC 0 window title (ST-terminated)', source: file('osc0.txt', article(`عنوان ${ESC}]0;pwned${ESC}\\ النافذة.`)), status: 0, shows: '\u241b]0;pwned' },
    { name: 'DCS, APC, PM and SOS strings', source: file('dcs.txt', article(`طلب ${ESC}P+q544e${ESC}\\ و${ESC}_apc${ESC}\\ و${ESC}^pm${ESC}\\ و${ESC}Xsos${ESC}\\ انتهى.`)), status: 0, shows: '\u241bP+q544e' },
    {
      name: 'every C0 control and DEL',
      source: file('c0.txt', article(`تحكم ${Array.from({ length: 32 }, (_, i) => (i === 0 || i === 10 || i === 13 ? '' : String.fromCharCode(i))).join('')}\x7f نهاية.`)),
      status: 0,
      shows: '\u2407', // BEL as a picture
    },
    { name: 'C1 controls as characters', source: file('c1.txt', article(`C1 ${Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i)).join(' ')} \u009b31m نهاية.`)), status: 0, shows: '\ufffd31m' },
    {
      name: 'C1 controls as raw bytes (invalid UTF-8)',
      source: file('c1-bytes.txt', Buffer.concat([Buffer.from(article('بايتات ')), Buffer.from([0x9b, 0x33, 0x31, 0x6d, 0x9d, 0x30, 0x3b, 0x78, 0x9c])])),
      status: 0,
      shows: '\ufffd31m',
      message: /^qari: .*c1-bytes\.txt has invalid UTF-8; \d+ byte sequences? shown as \ufffd$/,
    },
    { name: 'invalid UTF-8', source: file('invalid.txt', Buffer.concat([Buffer.from(article('مرحبا ')), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80])])), status: 0, shows: '\ufffd', message: /^qari: .*invalid\.txt has invalid UTF-8; \d+ byte sequences shown as \ufffd$/ },
    { name: 'a single NUL in otherwise plain text', source: file('nul.txt', article(`نص\0مع صفر`)), status: 2, message: /^qari: .*nul\.txt is not a text article \(binary data\)$/ },
    { name: 'binary data', source: file('binary.txt', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), status: 2, message: /^qari: .*binary\.txt is not a text article \(binary data\)$/ },
    {
      name: 'UTF-16 with unpaired surrogates',
      source: file('surrogates.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article(`منفرد \ud800 و\udfff و\udbff\ud7ff نهاية.`), 'utf16le')])),
      status: 0,
      shows: '\ufffd',
    },
    {
      name: 'bidi overrides and isolates nested 200 deep, unterminated',
      source: file('bidi-deep.txt', `${TITLE}\n${depth200('\u202e\u2067\u202b\u2066')}abc مرحبا 123 def\n${FOLLOWING}\n`),
      status: 0,
      unaffected: FOLLOWING,
    },
    {
      name: 'PDF and PDI floods',
      source: file('bidi-flood.txt', `${TITLE}\n${'\u202c\u2069'.repeat(5000)}نص ${'\u2069'.repeat(300)}abc${'\u202c'.repeat(300)} \u2068\u2067\u202d\u202a\n${FOLLOWING}\n`),
      status: 0,
      unaffected: FOLLOWING,
    },
    { name: 'Trojan Source: RLO and LRI in a sentence', source: file('trojan.txt', article(`if (isAdmin) {\u202e } \u2066// check later\u2069 \u2066 begin admins only`)), status: 0, unaffected: FILLER.trim() },
    { name: '10,000 combining marks on one letter', source: file('marks.txt', article(`ب${'\u0651\u064e'.repeat(5000)} كلمة ${'\u0301'.repeat(3000)}x`)), status: 0, unaffected: FILLER.trim() },
    { name: 'a single 10 MB line', source: file('huge-line.txt', `${TITLE}\n${'كلمة word '.repeat(1_000_000)}\n`), status: 0, big: true },
    { name: 'a 2 MB word without spaces', source: file('huge-word.txt', `${TITLE}\n${'ك'.repeat(1_000_000)}\n`), status: 0, big: true },
    { name: 'a file of only newlines', source: file('newlines.txt', '\n'.repeat(100_000)), status: 0 },
    { name: 'an empty file', source: file('empty.txt', ''), status: 0 },
    { name: 'empty standard input', source: '-', stdin: Buffer.alloc(0), status: 0 },
    { name: 'escapes through standard input', source: '-', stdin: Buffer.from(article(`من الأنبوب ${ESC}]52;c;eA==${BEL} ${ESC}[31mأحمر.`)), status: 0, shows: '\u241b]52;c;' },
    {
      name: 'Markdown with escapes in front matter and headings',
      source: file('escapes.md', `---\ntitle: "عنوان ${ESC}]0;pwned${BEL}"\nsource: "مصدر ${ESC}[31m"\n---\n\n# رأس ${ESC}[2J\n\nفقرة ${ESC}P+q${ESC}\\\\ و\`${ESC}[1A\` و**${ESC}]8;;http://x${BEL}رابط${ESC}]8;;${BEL}**.\n\n## قسم \u009b31m\n\n${FILLER}\n`),
      status: 0,
      shows: '\u241b]0;pwned',
    },
    {
      name: 'HTML with escapes, character references to controls and a hostile <title>',
      source: file('escapes.html', `<!doctype html><html lang="ar" dir="rtl"><head><title>عنوان ${ESC}]0;pwned${BEL} &#27;[31m</title></head><body><article><h1>رأس &#x1b;]52;c;eA==&#7;</h1><p>فقرة &#27;[31mحمراء&#x9b;1m و&#0; و&#x202e;معكوس ${ESC}[2J.</p><p>${FILLER}</p><p>${FILLER}</p></article></body></html>`),
      status: 0,
      shows: '\u241b[31m',
    },
    {
      name: 'a feed with escapes in its titles, sources and dates',
      source: file(
        join(feedDir.slice(dir.length + 1), 'feed.xml'),
        `<?xml version="1.0"?><rss version="2.0"><channel><title>قناة ${ESC}]0;pwned${BEL}</title><link>http://localhost:9/</link>` +
          `<item><title>خبر ${ESC}[31mأحمر${ESC}[0m &#x1b;]52;c;eA==&#x7;</title><pubDate>Tue, 02 Jan 2024 10:00:00 GMT${ESC}[2J</pubDate><description>${FILLER} ${ESC}P+q${ESC}\\</description><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">&lt;p&gt;${FILLER} &amp;#27;[5m&lt;/p&gt;&lt;p&gt;${FILLER}&lt;/p&gt;&lt;p&gt;${FILLER}&lt;/p&gt;</content:encoded><source url="http://x/">مصدر ${ESC}[1A\u202e</source></item>` +
          `<item><title>\u202eخبر ثان\u2066</title><link>http://localhost:9/x</link><description>${FILLER}</description></item></channel></rss>`,
      ),
      status: 0,
      list: true,
      shows: '\u241b[31m',
    },
    { name: 'a library whose folder, file names and titles carry escapes', source: libraryDir, status: 0, list: true, shows: '\u241b]0;pwned' },
    { name: 'a missing file whose name carries escapes', source: join(dir, `missing${ESC}]0;pwned${BEL}${ESC}[2J\u202efdp.txt`), status: 1, message: /^qari: cannot open .*missing\u241b\]0;pwned\u2407\u241b\[2Jfdp\.txt: no such file$/ },
  ];
}
