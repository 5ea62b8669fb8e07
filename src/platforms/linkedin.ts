// LinkedIn: Quill share box and comment boxes, TipTap/ProseMirror comment boxes, some inside #interop-outlet's shadow root.

import type { SiteAdapter } from './types.ts';

export const linkedin: SiteAdapter = {
  platform: 'linkedin',
  hosts: ['linkedin.com'],
  composers: [
    // Share box ("Start a post") and the Quill comment boxes: Quill's own editable div.
    { selector: '.ql-editor[contenteditable="true"]', editor: 'quill' },
    // Newer comment composer: TipTap marks its root with both classes.
    { selector: '.tiptap.ProseMirror[contenteditable="true"], .ProseMirror[contenteditable="true"]', editor: 'prosemirror' },
    // Messaging has an editor with no framework marker.
    { selector: '.msg-form__contenteditable[contenteditable="true"]', editor: 'contenteditable' },
  ],
  replyContexts: [
    // A comment box sits inside the feed update it comments on.
    { container: '.feed-shared-update-v2, [data-view-name="feed-full-update"]', text: '.update-components-text, .feed-shared-update-v2__description' },
  ],
  // The identity card beside the feed and the "Me" menu link to /in/<vanity name>.
  signedIn: [
    { selector: '.feed-identity-module a[href*="/in/"]', attribute: 'href', pattern: /\/in\/([^/?#]+)/ },
    { selector: '.global-nav__me a[href*="/in/"]', attribute: 'href', pattern: /\/in\/([^/?#]+)/ },
  ],
  postButtons: '.share-actions__primary-action, .comments-comment-box__submit-button, .msg-form__send-button',
};
