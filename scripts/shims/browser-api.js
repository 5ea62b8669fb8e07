// Extension builds only: the browser's own promise-based extension API (Firefox's `browser`, Chrome MV3's `chrome`) in place of webextension-polyfill, which MV3 no longer needs.
export default globalThis.browser ?? globalThis.chrome;
