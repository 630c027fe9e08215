import { setFlagsFromString } from 'node:v8';

/**
 * How long V8 waits before it optimizes a long function: after 3 + (its bytecode length / this)
 * rounds of its interrupt budget, 150 by default. Why 30: the extractor's long functions (the
 * office-phrase scan, the span tidying and evidence passes, 5-16 KB of bytecode each) run only a few
 * thousand times a megabyte, and compiling one costs more than its optimized code saves at that
 * count; early, each was also compiled again after deopts as rare rules first met their input.
 * Waiting longer, most run unoptimized through a few megabytes. `--trace-opt`, four 1 MB texts of
 * unique news: 1,126 → 862 optimizing compiles, 177 → 102 deopts, 3.39 → 1.52 s spent compiling.
 * Whole process under valgrind (`node --single-threaded`: compiling included, the cost on one core),
 * the same four texts: 31.10 billion instructions at 150, 28.65 at 60, 27.33 at 30 (27.46 set here, at load), 27.41 at 15,
 * 27.93 at 8, 39.57 at 1000; eight texts: 53.41 → 46.47 at 30. CPU time of five texts, runs
 * alternated: 9.3-10.7 s → 8.7-9.5 s.
 */
const BYTECODE_SIZE_ALLOWANCE_PER_TICK = 30;

/**
 * Sets BYTECODE_SIZE_ALLOWANCE_PER_TICK (above), and turns off V8's inlining in its optimizing compiler. Why: entity extraction is hundreds of small rule
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
export function limitCompilerWork(): void {
  setFlagsFromString('--no-turbo-inlining');
  setFlagsFromString('--no-turbo-inline-array-builtins');
  setFlagsFromString(`--bytecode-size-allowance-per-tick=${BYTECODE_SIZE_ALLOWANCE_PER_TICK}`);
}
