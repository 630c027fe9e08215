/**
 * `feed:` addresses, what browsers hand to a feed reader: `feed://example.com/rss.xml` names the
 * feed at `http://example.com/rss.xml` (a site that moved to https redirects), and
 * `feed:https://example.com/rss.xml` (or `feed://https://...`) the one at `https://...`.
 */
const FEED_SCHEME = /^feed:(\/\/)?/i;
const HTTP = /^https?:\/\//i;

/** The http(s) address a `feed:` address names; anything else as given. */
export function withoutFeedScheme(spec: string): string {
  const scheme = FEED_SCHEME.exec(spec);
  if (!scheme) return spec;
  const rest = spec.slice(scheme[0].length);
  if (HTTP.test(rest)) return rest;
  return scheme[1] ? `http://${rest}` : spec;
}
