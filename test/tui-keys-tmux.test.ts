import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { HEADING, logicalOfRtl } from './helpers/articles.js';
import { hasTmux, TmuxSession } from './helpers/tmux.js';

if (!hasTmux) console.warn('tmux is not installed: the real-terminal tests are skipped (.ci/run installs it)');

const sessions: TmuxSession[] = [];
afterEach(() => sessions.splice(0).forEach((s) => s.close()));

function qari(args: string, width = 80, height = 24, env: Record<string, string> = {}): TmuxSession {
  const session = new TmuxSession(`node bin/qari.js --shape off --config-dir ${mkdtempSync(join(tmpdir(), 'qari-keys-'))} ${args}`, width, height, env);
  sessions.push(session);
  return session;
}

const isTop = (text: string) => (lines: string[]) => logicalOfRtl(lines[0]) === text;

describe.skipIf(!hasTmux)('resizing in a real terminal (tmux)', () => {
  it('after ] to the short last section, a narrower terminal keeps the heading on the top row', async () => {
    const session = qari('');
    await session.waitForScreen((l) => l.some((x) => x.includes('§1/2')), 'the first screen');
    session.keys(']');
    const jumped = await session.waitForScreen(isTop(HEADING), 'the heading at the top after ]');
    expect(jumped.some((l) => l.includes('100%'))).toBe(true); // the end of the article is on screen
    // The status line's place (at its right end) is cut off by the resize until qari draws again.
    const redrawn = (width: number) => (l: string[]) => l.some((x) => x.includes('§2/2') && stringWidth(x) > width - 5 && stringWidth(x) <= width);
    session.resize(50, 24);
    const narrow = await session.waitForScreen(redrawn(50), 'the article at 50 columns');
    expect(stringWidth(narrow[0])).toBe(50);
    expect(logicalOfRtl(narrow[0])).toBe(HEADING);
    session.resize(100, 24);
    const wide = await session.waitForScreen(redrawn(100), 'the article at 100 columns');
    expect(logicalOfRtl(wide[0])).toBe(HEADING);
    session.keys('q');
    await session.waitForScreen((l) => l.some((x) => x.startsWith('EXIT=0')), 'qari to exit');
  });
});
