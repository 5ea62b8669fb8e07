// How the content script and its separately built checker meet: the file, the message, the two hand-over slots.
// No imports, so vite.config.ts, the background and the content script can all read it.

/** The checker script in the extension builds (vite.config.ts writes it next to the content script). */
export const CHECKER_FILE = 'src/content/checker.js';
/** The message that asks the background to inject the checker into the sender's frame. */
export const LOAD_CHECKER = 'civil-post-load-checker';
/** Where the content script hands the checker the modules both use, and where the checker leaves its entry point. */
export const SHARED_MODULES = 'civil-post.shared-modules';
export const CHECKER_ENTRY = 'civil-post.checker-entry';
