import type { RefreshProgress, RefreshSummary } from '../news/refresh.js';
import { displayLine } from '../sources/list-item.js';

/** The News list's status line during and after `r`: feeds done / total, new items, failures. */
export function refreshLine(state: RefreshProgress | RefreshSummary): string {
  if ('done' in state) {
    const failed = state.failed > 0 ? ` · ${state.failed} failed` : '';
    return `refreshing: ${state.done}/${state.total} feeds · ${state.added} new${failed}`;
  }
  const line = `refreshed ${state.total} feed${state.total === 1 ? '' : 's'} · ${state.added} new item${state.added === 1 ? '' : 's'} · ${state.failed.length} failed`;
  const first = state.failed[0];
  // Feed titles and server messages are untrusted: one sanitized line.
  return first ? displayLine(`${line} (${first.title ?? first.url}: ${first.error})`) : line;
}
