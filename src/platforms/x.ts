// X (x.com, twitter.com): Draft.js composers and the plain-textarea mobile variant.

import type { SiteAdapter } from './types.ts';

export const x: SiteAdapter = {
  platform: 'x',
  hosts: ['x.com', 'twitter.com'],
  composers: [
    // Draft.js editor; X renders one per thread box as tweetTextarea_0, _1, ...
    { selector: '.public-DraftEditor-content[data-testid^="tweetTextarea_"]', editor: 'draft' },
    // Mobile web renders a real <textarea> inside the tweetTextarea_N container.
    { selector: '[data-testid^="tweetTextarea_"] textarea', editor: 'textarea' },
    { selector: 'textarea[data-testid^="tweetTextarea_"]', editor: 'textarea' },
  ],
  replyContexts: [
    // The reply dialog shows the original post above the composer.
    { container: '[role="dialog"]', text: 'article[data-testid="tweet"] [data-testid="tweetText"]' },
    // On a post's own page the inline reply box sits under the focal post.
    { container: '[data-testid="primaryColumn"]', text: 'article[data-testid="tweet"][tabindex="-1"] [data-testid="tweetText"]' },
  ],
  // The account switcher at the foot of the side navigation shows "Name @handle".
  signedIn: [{ selector: '[data-testid="SideNav_AccountSwitcher_Button"]', pattern: /@([A-Za-z0-9_]{1,15})/ }],
  postButtons: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
};
