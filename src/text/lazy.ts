/**
 * Stand-ins for objects that are costly to make and often never used, made when first used. The
 * bundle gives them to dependencies that make such objects when loaded (scripts/bundle-options.mjs);
 * qari's own modules use them too.
 */

/**
 * Intl.Segmenter. The first Intl object of a process sets up ICU, which takes ~20 ms; modules that
 * make their segmenter when loaded (ours, string-width's, Ink's tokenizers') would pay that on every
 * start, though the first screen of most articles never segments anything.
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

/**
 * A regular expression used only through test(): string-width's /^\p{RGI_Emoji}$/v takes ~17 ms to
 * make, at load, though only text with emoji ever needs it.
 */
export class LazyRegExp {
  private regExp: RegExp | null = null;

  constructor(
    private readonly pattern: string,
    private readonly flags: string,
  ) {}

  test(text: string): boolean {
    this.regExp ??= new RegExp(this.pattern, this.flags);
    return this.regExp.test(text);
  }
}
