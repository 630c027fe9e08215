/**
 * Putting text on the clipboard with OSC 52 (`ESC ] 52 ; c ; <base64> BEL`), which terminals
 * (xterm, kitty, WezTerm, foot, Alacritty, iTerm2, Windows Terminal, VTE ≥ 0.76...) and tmux
 * understand, also over ssh. Inside a multiplexer the sequence needs a way through:
 *  - tmux with `set-clipboard on` takes a plain OSC 52 itself: it stores the text as a paste buffer
 *    and forwards it to the outer terminal. With the default `external` it ignores it, but passes
 *    on a DCS pass-through (`ESC P tmux; ...ESC\`, every ESC inside doubled) when
 *    `allow-passthrough` is on (always, before tmux 3.3). Both are sent: tmux drops what it does
 *    not take, and a terminal that gets the same text twice keeps it once.
 *  - GNU screen passes DCS strings to its terminal, but only short ones (256 bytes in old
 *    versions), so the sequence is cut into pieces, each in its own `ESC P ... ESC \`; the
 *    terminal reads their contents as one sequence.
 * What is copied is at most one block (MAX_BLOCK_LENGTH, 20,000 UTF-16 units: at most 60 KB of
 * UTF-8, 80 KB of base64), within the 100,000 bytes that terminals such as hterm take.
 */
import { readFileSync } from 'node:fs';

const ESC = '\x1b';
const BEL = '\x07';
const ST = `${ESC}\\`;

/** The screen DCS string limit of the oldest versions, less the 4 bytes of its own framing. */
const SCREEN_PIECE = 252;

export type Multiplexer = 'tmux' | 'screen' | null;

/**
 * The multiplexer qari writes to. TMUX and STY are inherited, so with both set (screen started in
 * tmux, or tmux in screen) the nearer of the two processes among qari's ancestors is the one: its
 * pid is in the variable (TMUX "socket,pid,session", STY "pid.name"). Over ssh neither is set,
 * but TERM is: `tmux-256color` means tmux on the other side.
 */
export function multiplexerOf(env: NodeJS.ProcessEnv, ancestors: () => number[] = processAncestors): Multiplexer {
  if (env.TMUX && env.STY) {
    const tmux = Number(env.TMUX.split(',')[1]);
    const screen = Number.parseInt(env.STY, 10);
    const nearest = ancestors().find((pid) => pid === tmux || pid === screen);
    return nearest === screen ? 'screen' : 'tmux';
  }
  if (env.TMUX || env.TERM?.startsWith('tmux')) return 'tmux';
  if (env.STY) return 'screen';
  return null;
}

/** The pids of qari's parent, its parent's parent, and so on (Linux /proc; none elsewhere). */
function processAncestors(): number[] {
  const pids: number[] = [];
  for (let pid = process.ppid; pid > 1 && pids.length < 64; ) {
    pids.push(pid);
    try {
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ")".
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      break;
    }
  }
  return pids;
}

export function osc52(text: string): string {
  return `${ESC}]52;c;${Buffer.from(text, 'utf8').toString('base64')}${BEL}`;
}

export function tmuxPassthrough(sequence: string): string {
  return `${ESC}Ptmux;${sequence.replaceAll(ESC, ESC + ESC)}${ST}`;
}

export function screenPassthrough(sequence: string, piece = SCREEN_PIECE): string {
  let out = '';
  for (let i = 0; i < sequence.length; i += piece) out += `${ESC}P${sequence.slice(i, i + piece)}${ST}`;
  return out;
}

/** What to write to the terminal to copy `text`, for the multiplexer qari runs in. */
export function clipboardSequence(text: string, multiplexer: Multiplexer): string {
  const sequence = osc52(text);
  if (multiplexer === 'tmux') return sequence + tmuxPassthrough(sequence);
  if (multiplexer === 'screen') return screenPassthrough(sequence);
  return sequence;
}
