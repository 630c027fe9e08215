// Bundles the program into one file (dist/qari.js) so start-up loads one module, not hundreds.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// Ink loads React DevTools only when DEV=true; the bundle must not import that optional package.
const withoutDevtools = {
  name: 'without-react-devtools',
  setup(b) {
    b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'qari-empty' }));
    b.onLoad({ filter: /.*/, namespace: 'qari-empty' }, () => ({ contents: 'export default { initialize() {}, connectToDevTools() {} };' }));
  },
};

const result = await build({
  entryPoints: [new URL('../src/entry.ts', import.meta.url).pathname],
  outfile: new URL('../dist/qari.js', import.meta.url).pathname,
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
  plugins: [withoutDevtools],
  logLevel: 'warning',
  write: false,
});

// Write each file under a temporary name and rename it: a qari started while another build runs (as
// concurrent test runs do) sees the old bundle or the new one, never half a file.
mkdirSync(new URL('../dist', import.meta.url), { recursive: true });
for (const file of result.outputFiles) {
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}
