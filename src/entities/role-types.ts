/** The types the officials grammar hands around, and where a run of name tokens starts. */


export interface RoleMatch {
  /** Token indices [start, end) of the office phrase. */
  start: number;
  end: number;
  /** True when the phrase is one title word ("الوزير", "الرئيس"). */
  titleOnly: boolean;
}

/** Which tokens of the block belong to a person's name (the grammar stops at the next name). */
export type IsNameToken = (index: number) => boolean;

export const noNames: IsNameToken = () => false;

/** Where the run of name tokens right before index `end` starts (`end` itself when there is none). */
export function nameStartBefore(end: number, isName: IsNameToken): number {
  let start = end;
  while (start > 0 && isName(start - 1)) start--;
  return start;
}
