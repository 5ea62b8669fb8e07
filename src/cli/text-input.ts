// Reads a plain text file as one post, with Windows line endings made plain so line:column match the file.

import { withDefaults, type Defaults, type Item } from './items.ts';
import { LineIndex, normaliseNewlines } from './positions.ts';
import type { InputText } from './read-input.ts';

export function textItem(input: InputText, defaults: Defaults): Item {
  // The newline an editor adds at the end is not part of the post (it would count towards length limits).
  const text = normaliseNewlines(input.text).replace(/\n+$/, '');
  const lines = new LineIndex(text);
  return {
    source: input.source,
    kind: 'text',
    line: 1,
    id: input.source.name,
    post: withDefaults({ text }, defaults),
    locate: (offset) => lines.locate(offset),
  };
}
