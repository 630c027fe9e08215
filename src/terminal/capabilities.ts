import type { BidiMode, ShapeMode } from '../cli/options.js';

export interface TerminalProfile {
  /** A human name for the status line and --help. */
  name: string;
  /** Who reorders right-to-left text on this terminal. */
  bidi: 'app' | 'terminal';
  /** Whether qari joins Arabic letters itself (presentation forms). */
  shape: boolean;
  /** Whether the terminal understands BDSM (CSI 8 l / CSI 8 h). */
  bdsm: boolean;
}

/**
 * What each terminal does with right-to-left text (DESIGN.md; README "Terminals"). Terminals that
 * reorder by themselves with no switch (Konsole, Apple Terminal, mlterm) get logical order and do
 * their own shaping; BDSM terminals are switched to explicit mode; the rest show cells as written and
 * most do not join letters, so qari shapes.
 */
export function detectTerminal(env: NodeJS.ProcessEnv): TerminalProfile {
  const program = env.TERM_PROGRAM ?? '';
  const term = env.TERM ?? '';
  if (env.KONSOLE_VERSION) return { name: 'Konsole', bidi: 'terminal', shape: false, bdsm: false };
  if (program === 'Apple_Terminal') return { name: 'Apple Terminal', bidi: 'terminal', shape: false, bdsm: false };
  if (env.MLTERM) return { name: 'mlterm', bidi: 'terminal', shape: false, bdsm: false };
  if (env.VTE_VERSION) return { name: 'VTE', bidi: 'app', shape: true, bdsm: true };
  if (program === 'WezTerm') return { name: 'WezTerm', bidi: 'app', shape: false, bdsm: true };
  if (program === 'mintty' || term.startsWith('mintty')) return { name: 'mintty', bidi: 'app', shape: false, bdsm: true };
  if (env.KITTY_WINDOW_ID || term === 'xterm-kitty') return { name: 'kitty', bidi: 'app', shape: true, bdsm: false };
  if (env.ALACRITTY_WINDOW_ID || env.ALACRITTY_SOCKET || term === 'alacritty') return { name: 'Alacritty', bidi: 'app', shape: true, bdsm: false };
  if (term.startsWith('foot')) return { name: 'foot', bidi: 'app', shape: true, bdsm: false };
  if (env.WT_SESSION) return { name: 'Windows Terminal', bidi: 'app', shape: true, bdsm: false };
  if (env.XTERM_VERSION) return { name: 'xterm', bidi: 'app', shape: true, bdsm: false };
  if (env.TMUX || program === 'tmux') return { name: 'tmux', bidi: 'app', shape: true, bdsm: false };
  return { name: 'unknown terminal', bidi: 'app', shape: true, bdsm: false };
}

export interface RenderChoice {
  reorder: boolean;
  shape: boolean;
  /** Send CSI 8 l at start and CSI 8 h at exit. */
  bdsm: boolean;
  profile: TerminalProfile;
}

/** Combines the user's --bidi/--shape with the terminal's profile. */
export function chooseRendering(bidi: BidiMode, shape: ShapeMode, profile: TerminalProfile): RenderChoice {
  const reorder = bidi === 'auto' ? profile.bidi === 'app' : bidi === 'app';
  const shaped = shape === 'auto' ? (reorder ? profile.shape : false) : shape === 'on';
  // Explicit mode (CSI 8 l) whenever qari reorders: BDSM terminals stop reordering, others ignore it.
  return { reorder, shape: shaped, bdsm: reorder, profile };
}
