/** An error meant for the user: one line on stderr and a fixed exit status (DESIGN.md: 1 unreadable source, 2 usage or not text). */
export class QariError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = 'QariError';
  }
}

export const EXIT_UNREADABLE = 1 as const;
export const EXIT_USAGE = 2 as const;
