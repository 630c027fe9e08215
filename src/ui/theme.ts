import type { BlockKind } from '../article/model.js';

/** Text styles; colours are dropped under NO_COLOR / --no-color (chalk would ignore NO_COLOR). */
export interface Style {
  color?: string;
  bold?: boolean;
  dimColor?: boolean;
  inverse?: boolean;
  underline?: boolean;
}

export interface Theme {
  block(kind: BlockKind): Style;
  status: Style;
  highlight: Style;
  current: Style;
  cursor: Style;
  heading: Style;
  dim: Style;
}

export function makeTheme(color: boolean): Theme {
  const c = (name: string) => (color ? { color: name } : {});
  return {
    block: (kind) =>
      kind === 'title' ? { bold: true, ...c('yellow') } : kind === 'heading' ? { bold: true, ...c('cyan') } : kind === 'source' ? { dimColor: true, ...c('magenta') } : {},
    status: { inverse: true },
    highlight: color ? { color: 'yellow', inverse: true } : { underline: true },
    current: { inverse: true, bold: true },
    cursor: { inverse: true },
    heading: { bold: true, ...c('cyan') },
    dim: { dimColor: true },
  };
}
