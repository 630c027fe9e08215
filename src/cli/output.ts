/**
 * Writes to stdout and resolves when the data is flushed. A closed pipe (`qari --print | head`) is
 * a normal way for a reader to stop, not an error.
 */
export function writeOut(text: string | Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.destroyed) return resolve();
    process.stdout.write(text, () => resolve());
  });
}

export function ignoreBrokenPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}
