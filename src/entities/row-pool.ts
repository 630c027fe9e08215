/**
 * Fixed-size blocks of integer tag rows in one growing array: the sequence tagger's per-word and
 * per-pair scores. One array rather than a typed array per block (each costs an allocation outside
 * the heap); blocks are handed out in order and all given back at once when a cache is emptied.
 */
export class RowPool {
  /** The rows; replaced by a larger copy when it grows, so read it after allocating. */
  rows: Int32Array;
  private handedOut = 0;
  /** How far rows were ever handed out: beyond, the array is still zero. */
  private everUsed = 0;

  constructor(
    private readonly blockSize: number,
    initialBlocks: number,
  ) {
    this.rows = new Int32Array(initialBlocks * blockSize);
  }

  /** Offset of a fresh block of zeros. */
  allocate(): number {
    const size = this.blockSize;
    const offset = this.handedOut * size;
    if (offset + size > this.rows.length) {
      const grown = new Int32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    if (offset < this.everUsed) this.rows.fill(0, offset, offset + size);
    this.handedOut++;
    this.everUsed = Math.max(this.everUsed, offset + size);
    return offset;
  }

  /** Takes back every block but the first `kept`. */
  release(kept = 0): void {
    this.handedOut = kept;
  }
}
