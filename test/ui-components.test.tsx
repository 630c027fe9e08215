import React from 'react';
import { describe, expect, it } from 'vitest';
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { App } from '../src/ui/App.js';
import { ArticleView } from '../src/ui/ArticleView.js';
import { ListView } from '../src/ui/ListView.js';
import { ListScreen } from '../src/ui/ListScreen.js';
import { initialListState, type ListState } from '../src/state/list.js';
import type { ArticleList } from '../src/article/model.js';
import { HelpView, KEY_HELP } from '../src/ui/HelpView.js';
import { en } from '../src/i18n/en.js';
import { makeTheme } from '../src/ui/theme.js';
import { screenRow } from '../src/ui/rows.js';
import { ArticleDocument } from '../src/layout/document.js';
import { bundledArticle, HEADING, logicalOfRtl, waitFor } from './helpers/articles.js';

const layout = { reorder: true, shape: false };
const theme = makeTheme(false);
const bidiControls = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u200b-\u200d]/;

describe('ArticleView', () => {
  it('renders only the visible rows, right-aligned and in visual order', () => {
    const doc = new ArticleDocument(bundledArticle(), 60, layout);
    const { lastFrame } = render(<ArticleView doc={doc} top={doc.firstRow} rows={6} theme={theme} />);
    const lines = lastFrame()!.split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[0].trimEnd()).toMatch(/^ +\S/);
    expect(stringWidth(lines[0].trimEnd())).toBe(60);
    expect(logicalOfRtl(lines[0])).toBe('الكوثر_ايران');
    expect(logicalOfRtl(lines[2]).startsWith('وأن وزيري داخلية')).toBe(true);
    for (const line of lines) {
      expect(stringWidth(line)).toBeLessThanOrEqual(60);
      expect(line).not.toMatch(bidiControls);
    }
  });

  it('marks highlights through the logical-to-visual map', () => {
    const doc = new ArticleDocument(bundledArticle(), 60, layout);
    const block = 2;
    const start = doc.article.blocks[block].text.indexOf('مؤمني');
    const row = screenRow(doc, doc.rowAt({ block, offset: start }), [{ block, start, end: start + 5 }], null);
    const marked = row.segments.filter((s) => s.mark === 'highlight');
    // One highlighted run: the name's letters, reversed on screen.
    expect(marked).toEqual([{ text: [...'مؤمني'].reverse().join(''), mark: 'highlight' }]);
    const current = screenRow(doc, doc.rowAt({ block, offset: start }), [], { block, start, end: start + 5 });
    expect(current.segments.filter((s) => s.mark === 'current')).toHaveLength(1);
  });
});

describe('lists and help', () => {
  it('shows the contents with a cursor', () => {
    const { lastFrame } = render(
      <ListView title="Contents" entries={[{ label: 'أول' }, { label: HEADING }]} cursor={1} rows={5} width={50} options={layout} theme={theme} />,
    );
    const lines = lastFrame()!.split('\n');
    expect(lines[0]).toBe('Contents');
    expect(lines[2].startsWith('▶ ')).toBe(true);
    expect(logicalOfRtl(lines[2].slice(2))).toBe(HEADING);
  });

  it('lists every key in the help, each line whole in 80 columns', () => {
    const { lastFrame } = render(<HelpView rows={30} width={80} theme={theme} options={layout} />);
    const keyWidth = Math.max(...KEY_HELP.map(([keys]) => keys.length)) + 2;
    for (const [keys, what] of KEY_HELP) expect(lastFrame()).toContain(keys.padEnd(keyWidth) + en[what]);
    expect(lastFrame()).not.toContain('…');
  });
});

describe('App', () => {
  it('opens on the article with a status line, and follows the keys', async () => {
    const positions: number[] = [];
    const { lastFrame, stdin } = render(
      <App article={bundledArticle()} layout={layout} theme={theme} onPosition={(anchor) => positions.push(anchor.block)} />,
    );
    await waitFor(() => expect(lastFrame()).toContain('§1/2 · 0%'));
    expect(logicalOfRtl(lastFrame()!.split('\n')[0])).toBe('الكوثر_ايران');
    stdin.write(']');
    await waitFor(() => expect(logicalOfRtl(lastFrame()!.split('\n')[0])).toBe(HEADING));
    expect(lastFrame()).toContain('§2/2');
    await waitFor(() => expect(positions).toContain(9));
    stdin.write('t');
    await waitFor(() => expect(lastFrame()!.split('\n')[0]).toContain('Contents'));
    stdin.write('\x1b');
    await waitFor(() => expect(lastFrame()!.split('\n')[0]).not.toContain('Contents'));
    stdin.write('?');
    await waitFor(() => expect(lastFrame()).toContain('qari keys'));
    stdin.write('x');
    await waitFor(() => expect(lastFrame()).not.toContain('qari keys'));
  });
});

describe('App reading progress', () => {
  it('is the place of the top line, and 1 once the last line is on screen (an article that fits is read)', async () => {
    const fractions: number[] = [];
    const long = render(<App article={bundledArticle()} layout={layout} theme={theme} onPosition={(_anchor, fraction) => fractions.push(fraction)} />);
    await waitFor(() => expect(fractions.length).toBeGreaterThan(0));
    expect(fractions.at(-1)).toBe(0);
    long.stdin.write('G');
    await waitFor(() => expect(fractions.at(-1)).toBe(1));
    long.unmount();
    const short = { ...bundledArticle(), blocks: bundledArticle().blocks.slice(0, 3), sections: [{ title: null, block: 0, endBlock: 3 }] };
    const shown: number[] = [];
    render(<App article={short} layout={layout} theme={theme} onPosition={(_anchor, fraction) => shown.push(fraction)} />);
    await waitFor(() => expect(shown.at(-1)).toBe(1));
  });
});

describe('App of an article without title or outlet', () => {
  it('calls it by the name it was given (where it came from) in the status line', async () => {
    const untitled = { ...bundledArticle(), title: null, source: null };
    const { lastFrame } = render(<App article={untitled} name="he-htb-test-01" layout={layout} theme={theme} />);
    // A right-to-left article: the status line is mirrored, the name at the right, the place at the left.
    await waitFor(() => expect(lastFrame()!.split('\n').at(-1)).toMatch(/^ §1\/2 · 0% +he-htb-test-01 ?$/));
  });
});

describe('App when names cannot be found', () => {
  it('says so in the status line, and the lists say there are none instead of waiting', async () => {
    const { lastFrame, stdin } = render(
      <App article={bundledArticle()} layout={layout} theme={theme} findEntities={() => Promise.reject(new Error('the entity worker stopped (exit status 1)'))} />,
    );
    await waitFor(() => expect(lastFrame()).toContain('names could not be found'));
    stdin.write('o');
    await waitFor(() => expect(lastFrame()!.split('\n')[0]).toContain('Officials'));
    expect(lastFrame()).not.toContain('finding names');
    expect(lastFrame()).toContain('no officials found in this article');
  });
});

describe('ListScreen', () => {
  const list: ArticleList = {
    kind: 'library',
    title: 'أخبار',
    items: ['الأول', 'الثاني', 'الثالث', 'الرابع'].map((title, i) => ({ title, source: null, date: null, location: `${i}.txt`, progress: 0 })),
  };

  function Screen({ onOpen }: { onOpen: (index: number) => void }) {
    const [state, setState] = React.useState<ListState>(initialListState);
    return <ListScreen list={list} state={state} onState={setState} onOpen={onOpen} onExit={() => {}} notice={null} layout={layout} theme={theme} />;
  }

  it('takes keys typed faster than the screen updates, which arrive as one chunk, one by one', async () => {
    const opened: number[] = [];
    const { lastFrame, stdin } = render(<Screen onOpen={(index) => opened.push(index)} />);
    await waitFor(() => expect(lastFrame()).toContain('4 of 4'));
    stdin.write('jj\r'); // two steps down and Enter, in one read
    await waitFor(() => expect(opened).toEqual([2]));
    stdin.write('kG\r');
    await waitFor(() => expect(opened).toEqual([2, 3]));
  });

  describe('with only its first rows there (a library drawn from the index)', () => {
    const whole: ArticleList = {
      kind: 'library',
      title: 'Library',
      items: Array.from({ length: 40 }, (_, i) => ({ title: `Item ${i}`, source: null, date: null, location: `${i}.txt`, progress: 0 })),
    };
    const head: ArticleList = { ...whole, items: whole.items.slice(0, 3) };
    /** What makes the whole list arrive, per rendered screen. */
    interface Control {
      arrive: () => void;
    }

    function Partial({ onOpen, onState, control }: { onOpen: (index: number) => void; onState?: (state: ListState) => void; control: Control }) {
      const [state, setState] = React.useState<ListState>(initialListState);
      const [all, setAll] = React.useState(false);
      control.arrive = () => setAll(true);
      const update = (next: ListState) => {
        onState?.(next);
        setState(next);
      };
      return <ListScreen list={all ? whole : head} total={all ? undefined : 40} state={state} onState={update} onOpen={onOpen} onExit={() => {}} notice={null} layout={layout} theme={theme} />;
    }

    it('keeps G, a move past those rows and the keys after them until the whole list is there', async () => {
      const opened: number[] = [];
      const states: ListState[] = [];
      const control: Control = { arrive: () => undefined };
      const { lastFrame, stdin, unmount } = render(<Partial onOpen={(index) => opened.push(index)} onState={(state) => states.push(state)} control={control} />);
      await waitFor(() => expect(lastFrame()).toContain('Item 2'));
      stdin.write('j'); // within the first rows: at once
      await waitFor(() => expect(states.at(-1)?.cursor).toBe(1));
      stdin.write('G');
      stdin.write('k');
      stdin.write('\r');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(states.at(-1)?.cursor).toBe(1); // not the last of the first rows
      expect(opened).toEqual([]);
      control.arrive();
      await waitFor(() => expect(opened).toEqual([38]), 10_000); // G went to the real last item, k one up
      unmount();
    });

    it('keeps a search typed meanwhile and runs it on the whole list', async () => {
      const opened: number[] = [];
      const control: Control = { arrive: () => undefined };
      const { lastFrame, stdin, unmount } = render(<Partial onOpen={(index) => opened.push(index)} control={control} />);
      await waitFor(() => expect(lastFrame()).toContain('Item 2'));
      for (const key of ['/', 'I', 't', 'e', 'm', ' ', '3', '3', '\x7f', '5', '\r', '\r']) stdin.write(key);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(opened).toEqual([]);
      control.arrive();
      await waitFor(() => expect(opened).toEqual([35]), 10_000);
      // (The item opens from the effect that replays the keys; the screen redraws after it.)
      await waitFor(() => expect(lastFrame()).toContain('Item 35'), 10_000);
      unmount();
    });
  });
});
