// Any other contenteditable: block-level children are paragraphs joined with "\n" (the generic fallback).

import { readBlocks } from './block-text.ts';
import type { EditorReader } from './types.ts';

export const contenteditableReader: EditorReader = {
  kind: 'contenteditable',
  read: (root) => readBlocks(root, { separator: '\n' }),
};
