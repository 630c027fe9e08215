/**
 * Answers about a word, remembered per word. The extractor asks the same questions of the same words
 * at every stage (an article repeats its words, and each rule looks at the words around each name);
 * the store is bounded and emptied when full, so a long session of many articles cannot grow it
 * without end.
 */
const DEFAULT_BOUND = 50_000;

export function rememberedPerWord<T>(answer: (word: string) => T, bound = DEFAULT_BOUND): (word: string) => T {
  const answers = new Map<string, T>();
  return (word) => {
    let known = answers.get(word);
    if (known === undefined) {
      if (answers.size >= bound) answers.clear();
      known = answer(word);
      answers.set(word, known);
    }
    return known;
  };
}
