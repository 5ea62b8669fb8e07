// Types for the one twitter-text module the length rule imports, so the rest of the library is not bundled.

declare module 'twitter-text/dist/parseTweet.js' {
  import type { parseTweet } from 'twitter-text';
  const parse: typeof parseTweet;
  export default parse;
}
