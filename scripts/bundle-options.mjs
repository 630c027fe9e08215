// What every qari bundle shares (the program, and the benchmark's in-process harness): Node ESM,
// production React, and the plugins below.
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

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
// same writes) reuses its string, and only new rows go through the grid. Row strings are built with
// a style diff only where styles change. The per-character caches also outlive frames (cleared when
// large, so they stay bounded), and empty cells share one object. Ink never mutates these objects.
const inkOutputFile = /[\\/]ink[\\/]build[\\/]output\.js$/;
const inkOutputPatches = [
  ['caches = new OutputCaches();', 'caches = sharedOutputCaches();'],
  [
    "import { styledCharsFromTokens, styledCharsToString, tokenize, } from '@alcalzone/ansi-tokenize';",
    "import { ansiCodesToString, diffAnsiCodes, styledCharsFromTokens, tokenize, } from '@alcalzone/ansi-tokenize';",
  ],
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
const BLANK_CELL = Object.freeze({ type: 'char', value: ' ', fullWidth: false, styles: Object.freeze([]) });
let outputCaches;
function sharedOutputCaches() {
  if (!outputCaches || outputCaches.styledChars.size + outputCaches.widths.size > 20000) outputCaches = new OutputCaches();
  return outputCaches;
}
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
  if (rowStrings.size > 5000) rowStrings.clear();
  rowStrings.set(key, text);
  return text;
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
const rowCachingInkOutput = {
  name: 'row-caching-ink-output',
  setup(b) {
    b.onLoad({ filter: inkOutputFile }, (args) => {
      let contents = readFileSync(args.path, 'utf8');
      for (const [from, to] of inkOutputPatches) {
        if (!contents.includes(from)) throw new Error(`ink's output.js changed: cannot patch ${JSON.stringify(from.slice(0, 40))}`);
        contents = contents.replace(from, to);
      }
      return { contents: contents + inkOutputAdditions, loader: 'js' };
    });
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
  plugins: [withoutDevtools, fastStringWidth, rowCachingInkOutput],
  logLevel: 'warning',
};
