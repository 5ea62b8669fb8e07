// What a site adapter holds: only selectors and which editor each compose box is, never logic.

import type { Platform } from '../core/index.ts';
import type { EditorKind } from '../editors/index.ts';

export interface Composer {
  /** Matches the editable element itself (not a wrapper). */
  selector: string;
  /** The editor framework, when the site is known to use one here; otherwise it is detected. */
  editor?: EditorKind;
}

export interface ReplyContext {
  /** The nearest ancestor of the compose box that holds the post being replied to. */
  container: string;
  /** The text of the post being replied to, inside that container. */
  text: string;
}

/** Where the site shows who is signed in: an element, the attribute (or text) holding it, and the handle in it. */
export interface SignedInHandle {
  selector: string;
  /** Read this attribute; the element's text when absent. */
  attribute?: string;
  /** The handle is the first capture group. */
  pattern: RegExp;
}

export interface SiteAdapter {
  platform: Platform;
  /** Host names this adapter serves (exact match or subdomain). */
  hosts: readonly string[];
  /** Compose boxes, most specific first. */
  composers: readonly Composer[];
  /** Where to find the post a compose box replies to, tried in order. */
  replyContexts: readonly ReplyContext[];
  /** The signed-in account's handle, tried in order (profiles follow it). */
  signedIn?: readonly SignedInHandle[];
  /** The buttons that send a post; the sidebar must never cover them. */
  postButtons?: string;
}
