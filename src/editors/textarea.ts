// Plain <textarea> (X on mobile web): the value is the text; highlights cannot paint inside form controls.

import type { EditorReader } from './types.ts';

export const textareaReader: EditorReader = {
  kind: 'textarea',
  read: (root) => ({ text: (root as unknown as HTMLTextAreaElement).value ?? '', rangeAt: () => null }),
};
