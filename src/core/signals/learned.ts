// The learned check's verdict per category for one post: its features once, then each category's probability and the words that weighed most.

import type { Context } from '../context.ts';
import model from '../model/weights.json' with { type: 'json' };
import { explain, presentColumns, probability, type ModelFile, type Present } from '../model/classify.ts';
import { featureHits, type FeatureHit } from '../model/features.ts';
import type { Hit } from '../rule.ts';
import type { Category } from '../types.ts';

const MODEL = model as ModelFile;

/** Every feature occurrence in the post and the post replied to. Memoised per check. */
export function featuresOfPost(ctx: Context): readonly FeatureHit[] {
  return ctx.memo('signals.features', () =>
    featureHits({
      words: ctx.words,
      replyWords: ctx.replyWords,
      cues: ctx.allCues(),
      replyCues: ctx.allReplyCues(),
      account: ctx.account,
      platform: ctx.platform,
    }),
  );
}

/** The model's columns present in the post, looked up once for all categories. Memoised per check. */
function present(ctx: Context): Present {
  return ctx.memo('signals.learnedColumns', () => presentColumns(MODEL, featuresOfPost(ctx)));
}

export interface LearnedVerdict {
  probability: number;
  raised: boolean;
  /** The model is confident the post is clean in this category, so judgement rules there are overruled. */
  cleared: boolean;
}

/** Below this many words a post gives the model too little to go on (its intercept alone would decide), so it neither raises nor clears. */
const MIN_WORDS = 6;

/** The verdict for one category, or undefined when the model has none for it or the post is too short. Memoised per check. */
export function learnedVerdict(ctx: Context, category: Category): LearnedVerdict | undefined {
  const m = MODEL.categories[category];
  if (!m || wordCount(ctx) < MIN_WORDS) return undefined;
  return ctx.memo(`signals.learned.${category}`, () => {
    const p = probability(MODEL, m, present(ctx));
    return { probability: p, raised: p >= m.raise, cleared: p < m.clear };
  });
}

function wordCount(ctx: Context): number {
  return ctx.memo('signals.wordCount', () => {
    let n = 0;
    for (const t of ctx.words.tokens) if (t.kind === 'word' && ++n >= MIN_WORDS) break;
    return n;
  });
}

const WORDS_SHOWN = 3;

/** The learned check's finding for a category: the sentence that weighed most, naming its strongest words. */
export function learnedHits(ctx: Context, category: Category): Hit[] {
  if (!learnedVerdict(ctx, category)?.raised) return [];
  const v = explain(MODEL.categories[category]!, present(ctx));
  const { tokens, sentences } = ctx.words;
  const top = tokens[v.tokens[0] ?? -1];
  const sentence = sentences[v.sentence >= 0 ? v.sentence : (top?.sentence ?? 0)];
  if (!sentence || sentence.end <= sentence.start) return [];
  const words = [...new Set(v.tokens.slice(0, WORDS_SHOWN * 2).map((k) => tokens[k]!.text))].slice(0, WORDS_SHOWN);
  return [
    {
      start: sentence.start,
      end: sentence.end,
      messageId: words.length ? 'learned' : 'learnedWhole',
      data: { words: words.map((w) => `“${w}”`).join(', ') },
    },
  ];
}
