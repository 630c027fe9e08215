import { build } from 'esbuild';
import { bundleOptions } from '/work/main/scripts/bundle-options.mjs';
await build({ ...bundleOptions, minify: false, entryPoints: ['/work/main/bench/.tmp/scroll2.tsx'], outfile: '/tmp/qs/scroll2.mjs', legalComments: 'none' });
