// Draft.js (X's composer): one `[data-block]` div per line, joined with "\n" as getPlainText('\n') does.

import { readBlocks } from './block-text.ts';
import type { EditorReader } from './types.ts';

export const draftReader: EditorReader = {
  kind: 'draft',
  read: (root) =>
    readBlocks(root, {
      blocks: (r) => {
        const blocks = [...r.querySelectorAll('[data-block="true"]')];
        return blocks.length ? blocks : [r];
      },
      separator: '\n',
    }),
};
