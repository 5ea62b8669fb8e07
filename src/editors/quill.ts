// Quill (LinkedIn's share box): one line per block joined with "\n", as getText() does minus its trailing "\n".

import { readBlocks } from './block-text.ts';
import type { EditorReader } from './types.ts';

export const quillReader: EditorReader = {
  kind: 'quill',
  read: (root) =>
    readBlocks(root, {
      // Quill 2 keeps list items in <ol>, one <li> per line; every other line is a direct child.
      blocks: (r) => {
        const lines = [...r.children].flatMap((c) => (c.tagName === 'OL' || c.tagName === 'UL' ? [...c.children] : [c]));
        return lines.length ? lines : [r];
      },
      separator: '\n',
      // The placeholder is CSS (data-placeholder); the cursor blot's \uFEFF is dropped by readBlocks; UI widgets are not text.
      skip: '.ql-ui, .ql-cursor, [contenteditable="false"]',
    }),
};
