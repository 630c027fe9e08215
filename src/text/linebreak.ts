import LineBreaker from 'linebreak';

/**
 * Break opportunities (UAX #14) as UTF-16 offsets where a new line may start, each flagged when the
 * break is mandatory. The final offset (text.length) is always included.
 */
export function breakOpportunities(text: string): Array<{ position: number; required: boolean }> {
  const breaker = new LineBreaker(text);
  const result: Array<{ position: number; required: boolean }> = [];
  // The breaker's own Break objects: copying them costs a million objects on a big article.
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) result.push(b);
  return result;
}
