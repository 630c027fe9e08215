// Bundles the program into one file (dist/qari.js) so start-up loads one module, not hundreds.
import { build } from 'esbuild';
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

await build({
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
});
