// Can this process create files in the config directory? Asking the file system directly (rather
// than reading mode bits) gives the right answer for root, read-only mounts, ACLs and immutable dirs.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

export type Writability = { writable: true } | { writable: false; error: NodeJS.ErrnoException };

const READ_ONLY_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);

export function isReadOnlyError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined && READ_ONLY_CODES.has(code);
}

export function probeWritable(directory: string): Writability {
  const probe = path.join(directory, `.qari-write-probe-${process.pid}-${randomUUID()}`);
  try {
    fs.mkdirSync(directory, { recursive: true });
    fs.closeSync(fs.openSync(probe, 'wx'));
    fs.unlinkSync(probe);
    return { writable: true };
  } catch (error) {
    return { writable: false, error: error as NodeJS.ErrnoException };
  }
}
