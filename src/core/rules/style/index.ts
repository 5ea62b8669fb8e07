// The style rules, sorted by id.

import type { Rule } from '../../rule.ts';
import camelcaseHashtag from './camelcase-hashtag.ts';
import emojiOveruse from './emoji-overuse.ts';
import linkShortener from './link-shortener.ts';
import longSentence from './long-sentence.ts';
import platformLength from './platform-length.ts';
import wordsToAvoid from './words-to-avoid.ts';

export default [camelcaseHashtag, emojiOveruse, linkShortener, longSentence, platformLength, wordsToAvoid] satisfies Rule[];
