import { setFlagsFromString } from 'node:v8';

/**
 * Turns off V8's inlining in its optimizing compiler. Why: entity extraction is hundreds of small rule
 * functions that all get hot on a large new article, and inlining them into one another makes V8
 * compile far more than it saves: on the first megabyte of unseen news, 13.7 billion instructions with
 * inlining against 9.2 without (compiling included, counted with valgrind), and the compiler's threads
 * compete with the main thread on a 2-core machine. Runs alternated on one idle machine: `--json` of
 * 1 MB of unique news 1.34-1.40 s → 1.09-1.11 s; scripts/bench-entities.ts first extraction
 * 1.11-1.27 s → 0.84-0.94 s, steady state 0.74-0.91 s → 0.63-0.71 s. The layout code does gain from
 * inlining (`--print` of 13 MB 6-9% slower without it), so the flag is set only once the entity code
 * loads (it is imported lazily, never by `--print` or the first screen). V8 takes flags per process,
 * not per thread, and reads this one when it optimizes a function, so code already optimized keeps
 * its inlining.
 *
 * Array builtins (`some`, `every`, `map`, `filter`, `find`...) are not inlined either: the rules call
 * them with closures everywhere, and each call site became a loop of its own in the optimized code
 * (calling the closure all the same). Called as builtins they run loops already compiled: `--json`
 * of the first 1 MB of unique news, whole process under valgrind, 14.30 → 14.16 billion instructions
 * (optimizing compiles 4.12 → 4.05 billion), same output.
 */
export function limitCompilerInlining(): void {
  setFlagsFromString('--no-turbo-inlining');
  setFlagsFromString('--no-turbo-inline-array-builtins');
}
