// Applies a fix the way a person's edit would reach the editor: select the words, then insert text through the
// browser's own editing command, so Draft.js, Lexical, Quill and ProseMirror see a normal user edit, keep their
// model and undo history, and nothing foreign is ever put into their DOM.

import type { Fix } from '../core/index.ts';
import type { EditorKind, TextSnapshot } from './types.ts';

export type ApplyResult = 'applied' | 'stale' | 'failed';

/** Waits for the editor to see the new selection (Draft.js and Quill read it on selectionchange). */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `snapshot` is the text the fix was computed on; if the editor no longer shows those words there, nothing is changed. */
export async function applyFix(root: HTMLElement, kind: EditorKind, snapshot: TextSnapshot, fix: Fix): Promise<ApplyResult> {
  const expected = snapshot.text.slice(fix.start, fix.end);
  if (kind === 'textarea') return applyToTextarea(root as HTMLTextAreaElement, fix, expected);
  const range = snapshot.rangeAt(fix.start, fix.end);
  if (!range || range.toString() !== expected) return 'stale';
  root.focus({ preventScroll: true });
  const selection = root.ownerDocument.getSelection();
  if (!selection) return 'failed';
  selection.removeAllRanges();
  selection.addRange(range);
  await nextTask();
  // insertText fires beforeinput/input as typing does; an empty replacement deletes the selection instead.
  const ok = fix.text ? root.ownerDocument.execCommand('insertText', false, fix.text) : root.ownerDocument.execCommand('delete', false);
  return ok ? 'applied' : 'failed';
}

function applyToTextarea(area: HTMLTextAreaElement, fix: Fix, expected: string): ApplyResult {
  if (area.value.slice(fix.start, fix.end) !== expected) return 'stale';
  area.focus({ preventScroll: true });
  area.setSelectionRange(fix.start, fix.end);
  // execCommand keeps the browser's own undo stack for the field; setRangeText would not.
  const ok = fix.text ? document.execCommand('insertText', false, fix.text) : document.execCommand('delete', false);
  return ok ? 'applied' : 'failed';
}
