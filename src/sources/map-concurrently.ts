/** `map` over `inputs` with at most `limit` calls in flight; the results in the order of the inputs. */
export async function mapConcurrently<T, R>(inputs: T[], limit: number, map: (input: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(inputs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await map(inputs[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
  return results;
}
