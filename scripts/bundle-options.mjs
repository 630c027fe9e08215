// What every qari bundle shares (the program, and the benchmark's in-process harness): Node ESM,
// production React, and the plugins below.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * A plugin that replaces exact texts in a dependency's file (and appends `additions`), failing the
 * build loudly when a text is no longer there (the dependency changed: the patch must be redone).
 */
function textPatch(name, file, patches, additions = '') {
  return {
    name,
    setup(b) {
      b.onLoad({ filter: file }, (args) => {
        let contents = readFileSync(args.path, 'utf8');
        for (const [from, to] of patches) {
          if (!contents.includes(from)) throw new Error(`${args.path} changed: cannot patch ${JSON.stringify(from.slice(0, 50))} (${name})`);
          contents = contents.replace(from, () => to); // a function: `to` may hold $' and the like
        }
        return { contents: contents + additions, loader: 'js' };
      });
    },
  };
}

// Ink loads React DevTools only when DEV=true; the bundle must not import that optional package.
const withoutDevtools = {
  name: 'without-react-devtools',
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'qari-empty' }));
    b.onLoad({ filter: /.*/, namespace: 'qari-empty' }, () => ({ contents: 'export default { initialize() {}, connectToDevTools() {} };' }));
  },
};

// Ink measures every visible line with string-width on every render; for Arabic text that costs tens
// of milliseconds a screen. Its imports (and those of its helpers) get qari's exact fast path instead.
const ownWidth = new URL('../src/text/string-width-for-ink.ts', import.meta.url).pathname;
const ownCellWidth = new URL('../src/text/cell-width.ts', import.meta.url).pathname;
const fastStringWidth = {
  name: 'fast-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) => (args.importer === ownWidth || args.importer === ownCellWidth ? undefined : { path: ownWidth }));
  },
};

// Ink redraws a frame by writing every line into a grid of per-character objects and turning each
// grid row back into a string (diffing ANSI styles cell by cell): ~12,000 cells and most of a key
// press at 200x60, though scrolling one line changes no row's content, only its place. The patched
// Output.get collects, per row, what is written where; a row written exactly as before (same width,
// same writes) reuses its string, and only new rows go through the grid (Ink's per-frame caches are
// left per frame: keeping every new row's cell objects alive made garbage collection slow). Rows of
// plain one-cell characters skip ansi-tokenize, cells of one character share one frozen object, and
// row strings are built with a style diff only where styles change. Ink never mutates cell objects.
const inkOutputFile = /[\\/]ink[\\/]build[\\/]output\.js$/;
const inkOutputPatches = [
  [
    "import { styledCharsFromTokens, styledCharsToString, tokenize, } from '@alcalzone/ansi-tokenize';",
    "import { ansiCodesToString, diffAnsiCodes, styledCharsFromTokens, tokenize, } from '@alcalzone/ansi-tokenize';",
  ],
  ['cached = styledCharsFromTokens(tokenize(line));', 'cached = plainStyledChars(line) ?? styledCharsFromTokens(tokenize(line));'],
  [
    `        const output = [];
        for (let y = 0; y < this.height; y++) {
            const row = [];
            for (let x = 0; x < this.width; x++) {
                row.push({
                    type: 'char',
                    value: ' ',
                    fullWidth: false,
                    styles: [],
                });
            }
            output.push(row);
        }`,
    `        const output = [];
        for (let y = 0; y < this.height; y++) output.push([]);`,
  ],
  [
    `                    for (const transformer of transformers) {
                        line = transformer(line, index);
                    }
                    const characters = this.caches.getStyledChars(line);
                    let offsetX = x;
                    for (const character of characters) {
                        currentLine[offsetX] = character;
                        // Determine printed width using string-width to align with measurement
                        const characterWidth = Math.max(1, this.caches.getStringWidth(character.value));
                        // For multi-column characters, clear following cells to avoid stray spaces/artifacts
                        if (characterWidth > 1) {
                            for (let index = 1; index < characterWidth; index++) {
                                currentLine[offsetX + index] = {
                                    type: 'char',
                                    value: '',
                                    fullWidth: false,
                                    styles: character.styles,
                                };
                            }
                        }
                        offsetX += characterWidth;
                    }
                    offsetY++;`,
    `                    for (const transformer of transformers) {
                        line = transformer(line, index);
                    }
                    currentLine.push(x, line);
                    offsetY++;`,
  ],
  [
    `            const lineWithoutEmptyItems = line.filter(item => item !== undefined);
            return styledCharsToString(lineWithoutEmptyItems).trimEnd();`,
    `            return rowString(this, line);`,
  ],
];
const inkOutputAdditions = `
import { oneCellClusterEnd } from ${JSON.stringify(ownCellWidth)};
const BLANK_CELL = Object.freeze({ type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([]) });
const rowStrings = new Map();
/** A row's text from its writes ([x, line, x, line, ...] in order), as Ink's original grid gives it. */
function rowString(output, writes) {
  const key = output.width + '\\u0000' + writes.join('\\u0000');
  let text = rowStrings.get(key);
  if (text !== undefined) return text;
  const row = new Array(output.width).fill(BLANK_CELL);
  for (let w = 0; w < writes.length; w += 2) {
    let offsetX = writes[w];
    for (const character of output.caches.getStyledChars(writes[w + 1])) {
      row[offsetX] = character;
      // Determine printed width using string-width to align with measurement
      const characterWidth = Math.max(1, output.caches.getStringWidth(character.value));
      // For multi-column characters, clear following cells to avoid stray spaces/artifacts
      for (let index = 1; index < characterWidth; index++) row[offsetX + index] = { type: 'char', value: '', fullWidth: false, styles: character.styles };
      offsetX += characterWidth;
    }
  }
  text = styledCellsToString(row.filter((item) => item !== undefined)).trimEnd();
  if (rowStrings.size > 2000) rowStrings.clear();
  rowStrings.set(key, text);
  return text;
}
const plainCells = new Map();
/**
 * The styled characters of a line without escape sequences made of one-cell characters that are
 * clusters of their own, each maybe followed by Arabic or Hebrew marks (most article rows), as
 * tokenize would give them, without its grapheme segmentation; null for any other line.
 */
function plainStyledChars(line) {
  const chars = [];
  for (let i = 0; i < line.length; ) {
    const end = oneCellClusterEnd(line, i);
    if (end === -1) return null;
    const value = end === i + 1 ? line.charCodeAt(i) : line.slice(i, end);
    let cell = plainCells.get(value);
    if (cell === undefined) {
      if (plainCells.size > 5000) plainCells.clear(); // letters with marks are many: keep the cache bounded
      plainCells.set(value, (cell = Object.freeze({ type: 'char', value: line.slice(i, end), fullWidth: false, styles: BLANK_CELL.styles })));
    }
    chars.push(cell);
    i = end;
  }
  return chars;
}
/** ansi-tokenize's styledCharsToString, diffing styles only where they change (same output). */
function styledCellsToString(chars) {
  let text = '';
  let previous = BLANK_CELL.styles;
  for (const char of chars) {
    if (!sameStyles(previous, char.styles)) text += ansiCodesToString(diffAnsiCodes(previous, char.styles));
    text += char.value;
    previous = char.styles;
  }
  return chars.length > 0 ? text + ansiCodesToString(diffAnsiCodes(previous, [])) : text;
}
function sameStyles(a, b) {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].code !== b[i].code || a[i].endCode !== b[i].endCode) return false;
  return true;
}
`;
// Ink remembers the size of every text it ever measured, keyed by the text (for qari a screenful of
// rows, up to ~24 KB at 200x60), so a long reading session grows its heap without bound (and slows
// every garbage collection): the cache is cleared at 200 entries (a few MB).
const boundedInkMeasureCache = textPatch('bounded-ink-measure-cache', /[\\/]ink[\\/]build[\\/]measure-text\.js$/, [
  ['    cache.set(text, dimensions);', '    if (cache.size > 200) cache.clear();\n    cache.set(text, dimensions);'],
]);

// Yoga (Ink's layout engine) is WebAssembly embedded as base64; its Emscripten loader still fetches
// that data: URL with fetch() when there is one, and Node's fetch loads undici (~40 ms of start-up)
// to decode a string that is already in memory. The loader is made to decode it directly.
const yogaWithoutFetch = textPatch('yoga-without-fetch', /[\\/]yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/, [
  ['return w||"function"!=typeof fetch?Promise.resolve()', 'return true?Promise.resolve()'],
]);

// linebreak builds its character-class table at start-up by inflating a compressed copy twice
// (~25 ms on a cold start). The table is inflated here, once, at build time, and the bundle carries
// it ready to use (little-endian 32-bit words, read through a DataView so any machine gets them right).
const linebreakModule = /[\\/]linebreak[\\/]dist[\\/]module\.mjs$/;
const trieConstruction = /const ([\w$]+) = [\w$]+\.toByteArray\("([^"]+)"\);\s*const ([\w$]+) = new ([\w$]+)\(\1\);/;
const prebuiltLinebreakTable = {
  name: 'prebuilt-linebreak-table',
  setup(b) {
    b.onLoad({ filter: linebreakModule }, (args) => {
      const contents = readFileSync(args.path, 'utf8');
      const match = trieConstruction.exec(contents);
      if (!match) throw new Error("linebreak's module changed: cannot prebuild its class table");
      const [, , compressed, trieName, UnicodeTrie] = match;
      const UnicodeTrieClass = createRequire(args.path)('unicode-trie');
      const trie = new UnicodeTrieClass(Buffer.from(compressed, 'base64'));
      const words = Buffer.alloc(trie.data.length * 4);
      trie.data.forEach((word, i) => words.writeUInt32LE(word, i * 4));
      const table = `(() => {
  const bytes = Buffer.from(${JSON.stringify(words.toString('base64'))}, 'base64');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const data = new Uint32Array(bytes.byteLength / 4);
  for (let i = 0; i < data.length; i++) data[i] = view.getUint32(i * 4, true);
  return data;
})()`;
      const prebuilt = `const ${trieName} = new ${UnicodeTrie}({ data: ${table}, highStart: ${trie.highStart}, errorValue: ${trie.errorValue} });`;
      return { contents: contents.replace(match[0], prebuilt), loader: 'js' };
    });
  },
};

const rowCachingInkOutput = textPatch('row-caching-ink-output', inkOutputFile, inkOutputPatches, inkOutputAdditions);

// Ink checks every text it draws, every frame, for C1 controls by iterating it character by
// character: a new string per non-ASCII character, about half of all the memory a key press
// allocated (garbage collections of it made page turns stutter). The same check on char codes.
const inkC1Check = textPatch('ink-c1-check', /[\\/]ink[\\/]build[\\/]ansi-tokenizer\.js$/, [
  [
    `    for (const character of text) {
        if (isC1ControlCharacter(character)) {
            return true;
        }
    }
    return false;`,
    `    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0x80 && code <= 0x9f) return true;
    }
    return false;`,
  ],
]);

// Dependencies that make costly objects when loaded get the stand-ins of src/text/lazy.ts, made on
// first use: the first Intl.Segmenter of a process costs ~20 ms of ICU set-up, string-width's
// /^\p{RGI_Emoji}$/v ~17 ms, and the first screen of most articles needs neither (Ink's tokenizer
// is below).
const lazyFile = new URL('../src/text/lazy.ts', import.meta.url).pathname;
const importLazy = `\nimport { LazySegmenter as __QariLazySegmenter, LazyRegExp as __QariLazyRegExp } from ${JSON.stringify(lazyFile)};\n`;
const lazyStringWidth = textPatch(
  'lazy-string-width',
  /[\\/]node_modules[\\/]string-width[\\/]index\.js$/,
  [
    ['const segmenter = new Intl.Segmenter();', 'const segmenter = new __QariLazySegmenter();'],
    ['const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;', "const rgiEmojiRegex = new __QariLazyRegExp('^\\\\p{RGI_Emoji}$', 'v');"],
  ],
  importLazy,
);
const lazySliceAnsiSegmenter = textPatch(
  'lazy-slice-ansi-segmenter',
  /[\\/]node_modules[\\/]slice-ansi[\\/]tokenize-ansi\.js$/,
  [["const GRAPHEME_SEGMENTER = new Intl.Segmenter(undefined, {granularity: 'grapheme'});", "const GRAPHEME_SEGMENTER = new __QariLazySegmenter(undefined, {granularity: 'grapheme'});"]],
  importLazy,
);

// bidi-js builds a Map of the class of every character that is not L the first time it is asked a
// class (~12 ms), which the first screen always does. The classes of U+0000..U+FFFF are taken from
// bidi-js itself here, at build time, and the bundle carries them run-length encoded (~750 runs);
// characters beyond the BMP still go through its Map. test/bundle-patches.test.ts checks that the
// bundled bidi-js answers as bidi-js does for every code point.
const bidiModule = /[\\/]bidi-js[\\/]dist[\\/]bidi\.m?js$/;
const bidiTypeLookup = /^([ \t]*)function getBidiCharType \(char\) \{\s*parseData\(\);\s*return map\.get\(char\.codePointAt\(0\)\) \|\| TYPES\.L;?\s*\}/m;
const prebuiltBidiClasses = {
  name: 'prebuilt-bidi-classes',
  setup(b) {
    b.onLoad({ filter: bidiModule }, async (args) => {
      const contents = readFileSync(args.path, 'utf8');
      const match = bidiTypeLookup.exec(contents);
      if (!match) throw new Error(`${args.path} changed: cannot prebuild its character classes (prebuilt-bidi-classes)`);
      const bidi = (await import(pathToFileURL(args.path).href)).default();
      const runs = [];
      for (let code = 0; code < 0x10000; code++) {
        const type = bidi.getBidiCharType(String.fromCharCode(code));
        if (runs.length > 0 && runs[runs.length - 2] === type) runs[runs.length - 1]++;
        else runs.push(type, 1);
      }
      const indent = match[1];
      const lookup = `var qariBmpTypes = (function () {
  var runs = ${JSON.stringify(runs)};
  var types = new Uint32Array(0x10000);
  for (var i = 0, at = 0; i < runs.length; at += runs[i + 1], i += 2) types.fill(runs[i], at, at + runs[i + 1]);
  return types;
})();
function getBidiCharType (char) {
  var code = char.codePointAt(0);
  if (code < 0x10000) return qariBmpTypes[code];
  parseData();
  return map.get(code) || TYPES.L
}`.replace(/^/gm, indent);
      return { contents: contents.replace(match[0], () => lookup), loader: 'js' };
    });
  },
};

// Ink's ANSI tokenizer (for rows with styles: the status line, headings, highlights) splits every
// row into grapheme clusters with Intl.Segmenter. Rows of one-cell characters, Arabic and Hebrew
// marks and escape sequences are split here the way the segmenter splits them (a mark joins the
// character before it, an escape stands alone), so drawing them needs no segmenter, and its lazy
// stand-in is made only for other rows.
const inkTokenizerSegments = textPatch(
  'ansi-tokenize-simple-segments',
  /[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js$/,
  [
    ['const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });', 'const segmenter = new __QariLazySegmenter(undefined, { granularity: "grapheme" });'],
    ['for (const { segment, index } of segmenter.segment(str)) {', 'for (const { segment, index } of simpleSegments(str) ?? segmenter.segment(str)) {'],
  ],
  `${importLazy}import { isRtlNonspacingMark, oneCellClusterEnd } from ${JSON.stringify(ownCellWidth)};
function simpleSegments(str) {
  const segments = [];
  for (let i = 0; i < str.length; ) {
    let end = i + 1;
    if (str.charCodeAt(i) === 0x1b) {
      if (end < str.length && isRtlNonspacingMark(str.charCodeAt(end))) return null;
    } else if ((end = oneCellClusterEnd(str, i)) === -1) return null;
    segments.push({ segment: str.slice(i, end), index: i });
    i = end;
  }
  return segments;
}
`,
);

// conf imports ajv (with ajv-formats) for schema validation and semver for migrations at start-up,
// ~180 KB of code to load and compile before the first screen (~30 ms); qari passes conf neither a
// schema nor migrations (src/store/config-file.ts), so in the bundle they are stubs that fail loudly
// if conf ever reaches them.
const confWithoutValidation = {
  name: 'conf-without-validation',
  setup(b) {
    b.onResolve({ filter: /^(ajv\/dist\/2020\.js|ajv-formats|semver)$/ }, (args) =>
      /[\\/]node_modules[\\/]conf[\\/]/.test(args.importer) ? { path: args.path, namespace: 'qari-conf-unused' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'qari-conf-unused' }, (args) => ({
      contents: `const unused = () => { throw new Error(${JSON.stringify(`qari's bundle leaves out ${args.path}: conf was given a schema or migrations`)}); };
export class Ajv2020 { constructor() { unused(); } }
export default new Proxy(unused, { get: () => unused });`,
      loader: 'js',
    }));
  },
};

// Ink draws only the last frame when it thinks it runs in CI (env CI or CONTINUOUS_INTEGRATION set).
// qari starts Ink only when standard output is a terminal, where a reader must see every frame, even
// in a shell that happens to export CI=true (as CI runners and some developers' shells do).
const interactiveInk = {
  name: 'interactive-ink',
  setup(b) {
    b.onResolve({ filter: /^is-in-ci$/ }, () => ({ path: 'is-in-ci', namespace: 'qari-not-ci' }));
    b.onLoad({ filter: /.*/, namespace: 'qari-not-ci' }, () => ({ contents: 'export default false;' }));
  },
};

/** esbuild options for a qari bundle (entry points and output left to the caller). */
export const bundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  minify: true,
  sourcemap: false,
  legalComments: 'linked',
  define: { QARI_VERSION: JSON.stringify(version), 'process.env.NODE_ENV': '"production"', 'process.env.DEV': '"false"' },
  // Some dependencies (conf's helpers) still use require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __qariCreateRequire } from 'node:module'; const require = __qariCreateRequire(import.meta.url);" },
  plugins: [withoutDevtools, fastStringWidth, rowCachingInkOutput, inkC1Check, boundedInkMeasureCache, yogaWithoutFetch, prebuiltLinebreakTable, interactiveInk, confWithoutValidation, lazyStringWidth, lazySliceAnsiSegmenter, inkTokenizerSegments, prebuiltBidiClasses],
  // A native module: loaded from node_modules at run time (src/index/native.ts), never bundled.
  external: ['better-sqlite3'],
  logLevel: 'warning',
};
