import type { BuildOptions, Plugin } from 'esbuild';

/** esbuild options for a qari bundle (entry points and output left to the caller). */
export declare const bundleOptions: BuildOptions & { plugins: Plugin[] };
