/** A library file as an index record: read, parsed and its entities found (in a worker thread). */
import { resolve } from 'node:path';
import { QariError } from '../errors.js';
import { normalizeDate } from '../sources/date.js';
import { articleFromText } from '../sources/formats.js';
import { DEFAULT_MAX_BYTES } from '../sources/limits.js';
import { locationName } from '../sources/location-name.js';
import { readLocalDocument } from '../sources/local-file.js';
import { articleRecord, type IndexRecord } from './records.js';

export interface FileToIndex {
  path: string;
  size: number;
  mtime: number;
}

export type FileOutcome = { record: IndexRecord } | { path: string; failure: string };

export async function indexFile(file: FileToIndex): Promise<FileOutcome> {
  try {
    const document = await readLocalDocument(file.path, DEFAULT_MAX_BYTES);
    const article = await articleFromText(document.text, document.format === 'feed' ? 'plain' : document.format);
    const { extractEntities } = await import('../entities/extract.js');
    const record = articleRecord({ ...article, date: normalizeDate(article.date) }, resolve(file.path), locationName(file.path), extractEntities(article.blocks), file);
    return { record };
  } catch (error) {
    if (!(error instanceof QariError)) return { path: file.path, failure: error instanceof Error ? error.message.split('\n')[0] : String(error) };
    return { path: file.path, failure: error.message };
  }
}
