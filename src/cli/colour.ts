// Whether to colour the text output: FORCE_COLOR wins (as in Node), then NO_COLOR, then whether it is a colour terminal.

import picocolors from 'picocolors';

export type Colours = ReturnType<typeof picocolors.createColors>;

export interface Terminalish {
  isTTY?: boolean;
  hasColors?: () => boolean;
}

export function wantsColour(stream: Terminalish, env: Record<string, string | undefined>): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (!stream.isTTY) return false;
  if (env.TERM === 'dumb') return false;
  return stream.hasColors?.() ?? true;
}

export function colours(enabled: boolean): Colours {
  return picocolors.createColors(enabled);
}
