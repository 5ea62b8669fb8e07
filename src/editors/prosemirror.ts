// ProseMirror / TipTap (LinkedIn comments): textblocks joined with "\n\n", as TipTap's getText() joins them.

import { readBlocks } from './block-text.ts';
import type { EditorReader } from './types.ts';

const TEXTBLOCKS = 'p, h1, h2, h3, h4, h5, h6, pre';

export const prosemirrorReader: EditorReader = {
  kind: 'prosemirror',
  read: (root) =>
    readBlocks(root, {
      // getText() puts the separator between textblocks at any depth (list items and quotes wrap paragraphs).
      blocks: (r) => {
        const blocks = [...r.querySelectorAll(TEXTBLOCKS)].filter((b) => !b.parentElement?.closest(TEXTBLOCKS));
        return blocks.length ? blocks : [r];
      },
      separator: '\n\n',
      // Decorations (placeholders, widgets) and ProseMirror's caret helpers are not document text.
      skip: '.ProseMirror-widget, .ProseMirror-separator, .ProseMirror-trailingBreak, [data-placeholder-widget]',
    }),
};
