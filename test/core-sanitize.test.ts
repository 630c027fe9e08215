import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasTerminalControls, sanitizeText } from '../src/text/sanitize.js';
import { runQari } from './core-cli.js';

// Article text is untrusted: escape sequences and C0/C1 controls must never reach the terminal raw.

const ESC = '\x1b';
const BEL = '\x07';
const HOSTILE = [
  `عنوان ${ESC}[31mأحمر${ESC}[0m عادي`, // CSI: colours
  `نسخ ${ESC}]52;c;cm0gLXJmIH4=${BEL} إلى الحافظة`, // OSC 52: writes the clipboard
  `عنوان النافذة ${ESC}]0;pwned${BEL} هنا`, // OSC 0: window title
  `طلب ${ESC}P+q544e${ESC}\\ جهاز`, // DCS: terminal queries
  `جرس ${BEL}${BEL} ومسح للخلف \b\b وحذف \x7f وشكل \f وعمودي \v`, // C0 and DEL
  `تحكم C1: \u009b31m و\u009d0;x\u009c و\u0085 سطر`, // C1 controls (CSI, OSC, ST, NEL) as characters
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'qari-sanitize-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every byte sequence a terminal could take as a control: C0 but newline, DEL, C1 (U+0080..U+009F). */
function controlsIn(output: Buffer): string[] {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(output); // valid UTF-8: no stray 0x80..0x9F byte
  return [...text].filter((ch) => ch !== '\n' && /[\u0000-\u001f\u007f-\u009f]/.test(ch)).map((ch) => `U+${ch.codePointAt(0)!.toString(16)}`);
}

describe('sanitizing hostile article text', () => {
  const path = join(dir, 'hostile.txt');
  writeFileSync(path, HOSTILE);

  for (const args of [['--shape', 'off', '--bidi', 'app'], ['--shape', 'on', '--bidi', 'app'], ['--bidi', 'terminal']]) {
    it(`--print ${args.join(' ')} writes no control characters`, () => {
      const run = runQari(['--print', '-w', '50', ...args, path]);
      expect(run.status).toBe(0);
      expect(run.stdout.includes(0x1b)).toBe(false);
      expect(run.stdout.includes(0x07)).toBe(false);
      expect(controlsIn(run.stdout)).toEqual([]);
    });
  }

  it('shows escape sequences as visible placeholders', () => {
    const run = runQari(['--print', '-w', '200', '--bidi', 'terminal', '--shape', 'off', path]);
    const text = run.stdout.toString('utf8');
    expect(text).toContain('\u241b[31m'); // ␛[31m
    expect(text).toContain('\u241b]52;c;cm0gLXJmIH4=\u2407'); // ␛]52;...␇
    expect(text).toContain('\u241b]0;pwned\u2407');
    expect(text).toContain('\u241bP+q544e\u241b\\');
    expect(text).toContain('\u2407\u2407'); // bells
    expect(text).toContain('\u2408\u2408'); // backspaces
    expect(text).toContain('\u2421'); // DEL
    expect(text).toContain('\ufffd31m'); // the C1 CSI
  });

  it('--json carries no raw controls either', () => {
    const run = runQari(['--json', path]);
    const model = JSON.parse(run.stdout.toString('utf8')) as { blocks: Array<{ text: string }> };
    for (const block of model.blocks) expect(hasTerminalControls(block.text), block.text).toBe(false);
    expect(controlsIn(run.stdout)).toEqual([]);
  });
});

describe('sanitizeText', () => {
  it('maps C0 to control pictures, C1 and lone surrogates to U+FFFD, separators to spaces', () => {
    expect(sanitizeText('a\x1b[0mb')).toBe('a\u241b[0mb');
    expect(sanitizeText('\x00\x1f\x7f')).toBe('\u2400\u241f\u2421');
    expect(sanitizeText('\u0080\u009b\u009f')).toBe('\ufffd\ufffd\ufffd');
    expect(sanitizeText('x\ud800y')).toBe('x\ufffdy');
    expect(sanitizeText('a\tb\nc\u2028d\u2029e')).toBe('a b c d e');
    expect(sanitizeText('\u200fنعم\u2067x\u2069')).toBe('\u200fنعم\u2067x\u2069'); // bidi controls kept for the UBA
  });
});
