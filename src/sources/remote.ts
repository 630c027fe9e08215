import { EXIT_UNREADABLE, QariError } from '../errors.js';
import { t } from '../i18n/index.js';
import { readCachedPage, writeCachedPage } from './cache.js';
import { fetchText, type FetchOptions, type Fetched } from './fetch.js';

/**
 * Fetches `url` and saves it for offline reading; when the network (or the server) fails, the
 * saved copy is used instead, with a warning saying so. Failures that a copy cannot mend, such as
 * a document that is not text, are thrown as they are.
 */
export async function fetchWithCache(url: string, configDir: string, options: FetchOptions): Promise<Fetched> {
  let fetched: Fetched;
  try {
    fetched = await fetchText(url, options);
  } catch (error) {
    if (!(error instanceof QariError) || error.exitCode !== EXIT_UNREADABLE) throw error;
    const saved = await readCachedPage(configDir, url);
    if (!saved) throw error;
    return {
      text: saved.text,
      contentType: saved.contentType,
      finalUrl: saved.finalUrl,
      warnings: [t('warnOfflineCopy', { message: error.message, time: saved.fetchedAt })],
    };
  }
  const page = { url, finalUrl: fetched.finalUrl, contentType: fetched.contentType, text: fetched.text, fetchedAt: new Date().toISOString() };
  try {
    await writeCachedPage(configDir, page);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ...fetched, warnings: [...fetched.warnings, t('warnCacheSave', { url, reason })] };
  }
  return fetched;
}
