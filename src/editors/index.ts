// Picks the text reader for an editor element from the marks each framework leaves on its root.

import { contenteditableReader } from './contenteditable.ts';
import { draftReader } from './draft.ts';
import { lexicalReader } from './lexical.ts';
import { prosemirrorReader } from './prosemirror.ts';
import { quillReader } from './quill.ts';
import { textareaReader } from './textarea.ts';
import type { EditorKind, EditorReader } from './types.ts';

const READERS: Record<EditorKind, EditorReader> = {
  draft: draftReader,
  lexical: lexicalReader,
  quill: quillReader,
  prosemirror: prosemirrorReader,
  textarea: textareaReader,
  contenteditable: contenteditableReader,
};

/** The editor framework behind an element, told by the markers each framework sets itself. */
export function detectEditor(el: Element): EditorKind {
  if (el.tagName === 'TEXTAREA') return 'textarea';
  if (el.classList.contains('public-DraftEditor-content')) return 'draft';
  if (el.hasAttribute('data-lexical-editor')) return 'lexical';
  if (el.classList.contains('ql-editor')) return 'quill';
  if (el.classList.contains('ProseMirror')) return 'prosemirror';
  return 'contenteditable';
}

export function readerFor(kind: EditorKind): EditorReader {
  return READERS[kind] ?? contenteditableReader;
}

export type { EditorKind, EditorReader, TextSnapshot } from './types.ts';
