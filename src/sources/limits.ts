/** The most qari reads from one source (a page, a file, standard input): far above any article. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** The most qari reads from a local file named on the command line: large archives and dumps are fine. */
export const FILE_MAX_BYTES = 256 * 1024 * 1024;

/** "20 MB", "10 kB": for the one-line "larger than the ... limit" errors. */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Number((bytes / (1024 * 1024)).toFixed(1))} MB` : `${Number((bytes / 1024).toFixed(1))} kB`;
}
