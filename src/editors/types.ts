// What every editor text reader provides: the text the core checks, and a way back from offsets to DOM ranges.

export type EditorKind = 'draft' | 'lexical' | 'quill' | 'prosemirror' | 'textarea' | 'contenteditable';

export interface TextSnapshot {
  /** The post as the core sees it: paragraphs joined the way the editor's own model joins them. */
  text: string;
  /** A DOM Range over [start, end) of `text`, or null where highlights cannot be drawn (textarea). */
  rangeAt(start: number, end: number): Range | null;
}

export interface EditorReader {
  kind: EditorKind;
  read(root: HTMLElement): TextSnapshot;
}
