import { basename, extname } from 'node:path';

/**
 * What to call an article that has no title (nor outlet): where it came from, briefly. A file's
 * name without its extension, a web address without its scheme, or "standard input".
 */
export function locationName(location: string): string {
  if (location === '-') return 'standard input';
  if (/^https?:\/\//i.test(location)) {
    try {
      const url = new URL(location);
      return url.host + (url.pathname === '/' ? '' : decodeURIComponent(url.pathname).replace(/\/$/, ''));
    } catch {
      return location;
    }
  }
  return basename(location, extname(location));
}
