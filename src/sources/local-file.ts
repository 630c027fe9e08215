import { readFile, stat } from 'node:fs/promises';
import { t } from '../i18n/index.js';
import { EXIT_UNREADABLE, QariError } from '../errors.js';
import { decodeBody } from './charset.js';
import { formatOfPath, sniffFormat, type Format } from './formats.js';
import { formatBytes } from './limits.js';

export interface LocalDocument {
  text: string;
  format: Format;
  warnings: string[];
}

/**
 * A local file's text (in the encoding an HTML or XML file declares, else UTF-8) and its format
 * (by extension, else by its first bytes, else plain text).
 */
export async function readLocalDocument(path: string, maxBytes: number): Promise<LocalDocument> {
  const { text, warnings } = decodeBody(await readFileBytes(path, maxBytes), '', path);
  return { text, format: formatOfPath(path) ?? sniffFormat(text) ?? 'plain', warnings };
}

/** Reads a file, turning file-system failures into one-line errors (exit 1). */
export async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new QariError(t('errIsDirectory', { path }), EXIT_UNREADABLE);
    if (info.size > maxBytes) throw new QariError(t('errFileTooLarge', { path, limit: formatBytes(maxBytes) }), EXIT_UNREADABLE);
    return await readFile(path);
  } catch (error) {
    if (error instanceof QariError) throw error;
    throw fileError(path, error);
  }
}

/** "qari: cannot open notes.txt: no such file" and the like. */
export function fileError(path: string, error: unknown): QariError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT' || code === 'ENOTDIR' ? t('reasonNoFile')
    : code === 'EACCES' || code === 'EPERM' ? t('reasonPermission')
    : code === 'ELOOP' ? t('reasonLoop')
    : error instanceof Error ? error.message : String(error);
  return new QariError(t('errCannotOpen', { path, reason }), EXIT_UNREADABLE);
}
