import { EventEmitter } from 'node:events';

/** A terminal's output for Ink to render into: its size, and every frame written (when `keep`). */
export class FakeStdout extends EventEmitter {
  readonly isTTY = true;
  readonly frames: string[] = [];
  /** Called after each write (the benchmark waits on it). */
  onFrame: (() => void) | null = null;

  constructor(
    readonly columns: number,
    readonly rows: number,
    private readonly keep: boolean,
  ) {
    super();
  }

  write = (frame: string): boolean => {
    if (this.keep) this.frames.push(frame);
    this.onFrame?.();
    return true;
  };
}
