import type { RefreshProgress, RefreshSummary } from '../news/refresh.js';
import { tScreen } from '../i18n/index.js';
import { displayLine } from '../sources/list-item.js';

/** The News list's status line during and after `r`: feeds done / total, new items, failures. */
export function refreshLine(state: RefreshProgress | RefreshSummary): string {
  if ('done' in state) {
    const values = { done: state.done, total: state.total, added: state.added, failed: state.failed };
    return tScreen(state.failed > 0 ? 'refreshProgressFailed' : 'refreshProgress', values);
  }
  const line = tScreen('refreshDone', {
    feeds: tScreen(state.total === 1 ? 'feedsOne' : 'feedsMany', { count: state.total }),
    items: tScreen(state.added === 1 ? 'newItemsOne' : 'newItemsMany', { count: state.added }),
    failed: state.failed.length,
  });
  const first = state.failed[0];
  // Feed titles and server messages are untrusted: one sanitized line.
  return first ? displayLine(`${line} (${first.title ?? first.url}: ${first.error})`) : line;
}
