// Reads a contenteditable editor block by block, keeping a map from text offsets to DOM text nodes.

import type { TextSnapshot } from './types.ts';

interface Segment {
  /** Offset in the snapshot text. */
  start: number;
  node: Text;
  /** Offset inside the node where this segment begins. */
  nodeOffset: number;
  length: number;
}

const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE']);
// Editors park caret helpers in the text (Quill's cursor blot, Lexical's composition guard); the core must not see them.
const INVISIBLE = /[\uFEFF\u200B]/g;

export interface BlockTextOptions {
  /** The elements whose text forms one paragraph each; default: the root's block-level children. */
  blocks?: (root: HTMLElement) => Element[];
  /** What the editor's own model puts between paragraphs. */
  separator: string;
  /** Elements to leave out (placeholders rendered inside the editor). */
  skip?: string;
}

export function readBlocks(root: HTMLElement, options: BlockTextOptions): TextSnapshot {
  const blocks = options.blocks?.(root) ?? defaultBlocks(root);
  const segments: Segment[] = [];
  let text = '';
  const visit = (node: Node, block: Element) => {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (options.skip && el.matches(options.skip)) return;
      // A <br> is a line break unless it is the placeholder that keeps an empty paragraph open.
      if (el.tagName === 'BR') {
        if (!isLastInBlock(el, block)) text += '\n';
        return;
      }
      for (const child of el.childNodes) visit(child, block);
      return;
    }
    if (node.nodeType !== Node.TEXT_NODE) return;
    const data = (node as Text).data;
    let from = 0;
    for (const m of data.matchAll(INVISIBLE)) {
      if (m.index > from) segments.push({ start: text.length, node: node as Text, nodeOffset: from, length: m.index - from });
      text += data.slice(from, m.index);
      from = m.index + m[0].length;
    }
    if (from < data.length) segments.push({ start: text.length, node: node as Text, nodeOffset: from, length: data.length - from });
    text += data.slice(from);
  };
  blocks.forEach((block, i) => {
    if (i > 0) text += options.separator;
    visit(block, block);
  });
  return { text, rangeAt: (start, end) => rangeFor(root.ownerDocument, segments, start, end) };
}

/** Top-level blocks; runs of inline content directly in the root count as one block (plain contenteditable). */
function defaultBlocks(root: HTMLElement): Element[] {
  const children = [...root.children];
  return children.length > 0 && children.every((c) => BLOCK_TAGS.has(c.tagName)) ? children : [root];
}

function isLastInBlock(node: Element, block: Element): boolean {
  for (let n: Node | null = node; n && n !== block; n = n.parentNode) {
    if (n.nextSibling) return false;
  }
  return true;
}

function rangeFor(doc: Document, segments: Segment[], start: number, end: number): Range | null {
  const from = segments.find((s) => start >= s.start && start < s.start + s.length);
  const to = findLast(segments, (s) => end > s.start && end <= s.start + s.length);
  if (!from || !to) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.nodeOffset + (start - from.start));
  range.setEnd(to.node, to.nodeOffset + (end - to.start));
  return range;
}

function findLast<T>(items: T[], test: (item: T) => boolean): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return items[i];
  return undefined;
}
