import { describe, expect, it } from 'vitest';
import { foreignControls } from './helpers/terminal-bytes.js';

// The allow-list that the hostile-input suites rely on must itself reject what it should.

describe('foreignControls (the allow-list of terminal output)', () => {
  it("passes qari's own sequences and plain text", () => {
    const own = '\x1b[?1049h\x1b[?25l\x1b[8l\x1b[?2026h\x1b[1m\x1b[33mنص ␛[31m\x1b[39m\x1b[22m\r\n\x1b[2K\x1b[1A\x1b[G\x1b[7m 50% \x1b[27m\x1b[?2026l\x1b[8h\x1b[?25h\x1b[?1049l';
    expect(foreignControls(Buffer.from(own), { bidiFormats: true })).toEqual([]);
  });

  it.each([
    ['OSC 52', '\x1b]52;c;eA==\x07', 'OSC'],
    ['OSC 0 with ST', '\x1b]0;t\x1b\\', 'OSC'],
    ['DCS', '\x1bP+q544e\x1b\\', 'DCS'],
    ['APC', '\x1b_x\x1b\\', 'APC/PM/SOS'],
    ['an unknown CSI (device status report)', '\x1b[6n', 'CSI'],
    ['a private mode qari does not use (any-motion mouse tracking)', '\x1b[?1003h', 'CSI'],
    ['ESC c (full reset)', '\x1bc', 'ESC'],
    ['BEL', 'a\x07b', 'C0'],
    ['backspace', 'a\bb', 'C0'],
    ['DEL', 'a\x7fb', 'C0'],
    ['C1 CSI as a character', 'a\u009b31m', 'C1'],
    ['an RLO', 'a\u202eb', 'bidi format'],
  ])('rejects %s', (_name, text, kind) => {
    const found = foreignControls(Buffer.from(text), { bidiFormats: true });
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].startsWith(kind)).toBe(true);
  });

  it('passes the clipboard write of y only when asked to, and only when what it copies is clean', () => {
    const osc52 = (text: string) => `\x1b]52;c;${Buffer.from(text).toString('base64')}\x07`;
    expect(foreignControls(Buffer.from('\x1b[?1000h\x1b[?1006h' + osc52('نص ␛[31m') + '\x1b[?1006l\x1b[?1000l'), { clipboard: true })).toEqual([]);
    expect(foreignControls(Buffer.from(osc52('نص')))[0]).toMatch(/^OSC/);
    expect(foreignControls(Buffer.from(osc52('a\x1b[31mb')), { clipboard: true })[0]).toMatch(/clipboard: control U\+001b/);
    expect(foreignControls(Buffer.from(osc52('a\u009bb')), { clipboard: true })[0]).toMatch(/control U\+009b/);
    expect(foreignControls(Buffer.from('\x1b]52;c;/w==\x07'), { clipboard: true })[0]).toMatch(/invalid UTF-8/);
    expect(foreignControls(Buffer.from('\x1b]52;p;eA==\x07'), { clipboard: true })[0]).toMatch(/^OSC/); // another selection
  });

  it('rejects invalid UTF-8 (a raw 0x9b byte is an 8-bit CSI)', () => {
    expect(foreignControls(Buffer.from([0x61, 0x9b, 0x33, 0x31, 0x6d]))).toEqual(['invalid UTF-8']);
  });
});
