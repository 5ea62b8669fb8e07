// Facebook (www, web, m): Lexical composers for posts (in a dialog), comments and replies to comments.

import type { SiteAdapter } from './types.ts';

export const facebook: SiteAdapter = {
  platform: 'facebook',
  hosts: ['facebook.com'],
  composers: [
    // Lexical marks its own root with data-lexical-editor; Facebook adds role=textbox to every composer
    // (post dialog, comment, reply). aria-labels are localised, so they are not used to find boxes.
    { selector: '[data-lexical-editor="true"][contenteditable="true"]', editor: 'lexical' },
    // Posts with a coloured background have used a bare .notranslate textbox.
    { selector: '.notranslate[role="textbox"][contenteditable="true"]' },
  ],
  replyContexts: [
    // A reply box sits in the comment's list item, after the comment article it answers.
    { container: 'li:has(> [role="article"]), li:has(> div > [role="article"])', text: '[role="article"] [dir="auto"]' },
    // A comment box under a feed post answers the post, whose message Facebook marks for its ad previews.
    { container: '[role="article"]', text: '[data-ad-comet-preview="message"], [data-ad-preview="message"]' },
  ],
  // The "Your profile" shortcut links to facebook.com/<username> (or profile.php?id=<number>).
  signedIn: [
    { selector: 'a[aria-label="Your profile"][href]', attribute: 'href', pattern: /facebook\.com\/(?!profile\.php)([A-Za-z0-9.]{5,50})(?:[/?#]|$)/ },
    { selector: 'a[aria-label="Your profile"][href]', attribute: 'href', pattern: /profile\.php\?id=(\d+)/ },
  ],
  postButtons: '[role="dialog"] [aria-label="Post"], [role="dialog"] button[type="submit"], [role="dialog"] button.primary',
};
