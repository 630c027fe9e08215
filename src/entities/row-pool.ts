/**
 * Fixed-size blocks of integer tag rows in one growing array: the sequence tagger's per-word and
 * per-pair scores. One array rather than a typed array per block (each costs an allocation outside
 * the heap); blocks are handed out in order and all given back at once when a cache is emptied.
 */
export class RowPool {
  /** The rows; replaced by a larger copy when it grows, so read it after allocating. */
  rows = new Int32Array(0);
  private handedOut = 0;
  /** How far rows were ever handed out: beyond, the array is still zero. */
  private everUsed = 0;

  constructor(
    private readonly blockSize: number,
    initialBlocks: number,
  ) {
    // (Grown from empty here as later: V8's optimized code takes a field written only once for a
    // constant, and is thrown away when it first changes.)
    this.grow(initialBlocks * blockSize);
  }

  /** Offset of a fresh block of zeros. */
  allocate(): number {
    const size = this.blockSize;
    const offset = this.handedOut * size;
    if (offset + size > this.rows.length) this.grow(this.rows.length * 2);
    if (offset < this.everUsed) this.rows.fill(0, offset, offset + size);
    this.handedOut++;
    this.everUsed = Math.max(this.everUsed, offset + size);
    return offset;
  }

  private grow(length: number): void {
    const grown = new Int32Array(length);
    grown.set(this.rows);
    this.rows = grown;
  }

  /** Takes back every block but the first `kept`. */
  release(kept = 0): void {
    this.handedOut = kept;
  }
}
