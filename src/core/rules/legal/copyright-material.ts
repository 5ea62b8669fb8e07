// Sharing someone else's copyrighted work wholesale (a whole chapter, a pasted article), which needs the rights-holder's permission.

import { defineRule, type Hit } from '../../rule.ts';

const WHOLESALE = new RegExp(
  [
    String.raw`\b(?:whole|entire)\s+of\s+chapter\s+(?:\d+|[IVXL]+)\b`,
    String.raw`\b(?:here's|here\s+is|below\s+is|sharing|posting|posted|uploaded|pasting|pasted|copying|copied|attached|scanned|scanning|photographed|pics\s+of|photos\s+of|scans\s+of)\s+(?:the\s+|this\s+|today's\s+)?(?:whole|entire|full)\s+(?:of\s+)?(?:text\s+of\s+(?:the\s+)?)?(?:(?!of\b)[\w'’-]+\s+){0,3}?(?:chapter|book|textbook|ebook|e-book|audiobook|novel|album|film|movie|episode|article|piece|column|story|paper|magazine|comic|map)s?\b(?:\s+(?:\d+|[IVXL]+)\b)?`,
    String.raw`\b(?:photographed|scanned|copied|pasted|screenshotted|uploaded)\s+(?:every|each|all\s+(?:the|of\s+the))\s+pages?\b`,
    String.raw`\b(?:since|as|because|cos)\s+it's\s+paywalled\b`,
    String.raw`\bso\s+you\s+(?:don't|do\s+not|won't)\s+(?:have\s+to|need\s+to)\s+(?:buy|pay\s+for|subscribe)\b`,
    String.raw`\bso\s+you\s+(?:don't|do\s+not|won't)\s+need\s+(?:a|to\s+buy\s+a|to\s+pay\s+for\s+a)\s+(?:subscription|copy|licence)\b`,
    String.raw`\b(?:get\s+(?:round|around)|bypass(?:ing)?|dodg(?:e|ing))\s+the\s+paywall\b`,
    String.raw`\b(?:free\s+)?(?:pdf|scans?|photos?|pics)\s+of\s+the\s+(?:whole|entire|full)\s+(?:book|chapter|article|report|textbook)\b`,
    String.raw`\b(?:copied|pasted|reproduced)\s+(?:it\s+|the\s+article\s+|the\s+piece\s+)?(?:below\s+)?in\s+full\b`,
  ].join('|'),
  'gi',
);

// Marks of a pasted publication, which count only in long text (a short "© Crown copyright" line is fine).
const PASTE_MARK =
  /©(?!\s*Crown)|\bAll\s+rights\s+reserved\b|\bCopyright\s+(?:©\s*)?(?:19|20)\d\d\b|\bThis\s+(?:article|piece|story)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)\b|\b(?:Reproduced|Reprinted)\s+from\b|^[ \t]*CHAPTER\s+(?:\d+|[IVXL]+)\b/gm;
const LONG_PASTE = 700;

export default defineRule({
  id: 'copyright-material',
  category: 'legal',
  severity: 'warning',
  guidance: ['G22'],
  description: 'Sharing a whole chapter, article or other copyrighted work, or pasting one with its copyright notice.',
  checksQuotes: true,
  check(ctx) {
    const text = ctx.plain;
    const hits: Hit[] = [...text.matchAll(WHOLESALE)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      message: `“${ctx.text.slice(m.index, m.index + m[0].length)}” suggests sharing someone else’s work wholesale, which breaks copyright without permission.`,
      suggestion: 'Share a link and a short quotation with credit instead.',
    }));
    if (text.length >= LONG_PASTE) {
      const first = text.matchAll(PASTE_MARK).next();
      if (!first.done) {
        const m = first.value;
        hits.push({
          start: m.index,
          end: m.index + m[0].length,
          message: `“${m[0].trim()}” in a long post looks like a pasted copyrighted piece; reposting it in full needs the rights-holder’s permission.`,
          suggestion: 'Post a link and a short, credited extract instead.',
        });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
