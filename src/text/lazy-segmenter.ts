/**
 * Intl.Segmenter, made when it is first used. The first Intl object of a process sets up ICU, which
 * takes ~20 ms; modules that make their segmenter when loaded (ours, string-width's, Ink's
 * tokenizers') would pay that on every start, though the first screen of most articles never
 * segments anything. The bundle gives dependencies this class in place of Intl.Segmenter
 * (scripts/bundle-options.mjs); it is also what qari's own modules use.
 */
export class LazySegmenter {
  private segmenter: Intl.Segmenter | null = null;

  constructor(
    private readonly locales?: string | string[],
    private readonly options?: Intl.SegmenterOptions,
  ) {}

  segment(text: string): Intl.Segments {
    this.segmenter ??= new Intl.Segmenter(this.locales, this.options);
    return this.segmenter.segment(text);
  }
}
