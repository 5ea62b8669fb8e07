// Types for extension-id.mjs, so TypeScript tests and e2e support can import it.
export declare function extensionIdFromKey(key: string): string;
