// Extension builds only: replaces core-js 2's global lookup (pulled in by twitter-text), whose Function('return this') fallback MV3's CSP blocks in Firefox content scripts.
module.exports = globalThis;
