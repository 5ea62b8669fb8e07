// Stands in for core-js 2's polyfill modules (imported by twitter-text's build): every browser and Node we support has those ES2015 built-ins natively.
export {};
