// Lexical (Facebook): top-level blocks joined with "\n\n", as $getRoot().getTextContent() joins them.

import { readBlocks } from './block-text.ts';
import type { EditorReader } from './types.ts';

export const lexicalReader: EditorReader = {
  kind: 'lexical',
  read: (root) =>
    readBlocks(root, {
      // Lexical keeps every paragraph, heading, list and quote as a direct child of the root.
      blocks: (r) => (r.children.length ? [...r.children] : [r]),
      separator: '\n\n',
      // Sites may render the placeholder inside the root; it is never part of the model.
      skip: '[data-lexical-placeholder], [aria-hidden="true"], [contenteditable="false"]:not([data-lexical-decorator])',
    }),
};
