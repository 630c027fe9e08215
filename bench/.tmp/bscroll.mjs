import { build } from 'esbuild';
import { bundleOptions } from '/work/main/scripts/bundle-options.mjs';
await build({ ...bundleOptions, minify: false, entryPoints: ['/work/main/bench/scroll.tsx'], outfile: '/tmp/qs/scroll.mjs', legalComments: 'none' });
