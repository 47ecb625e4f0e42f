/** Types for headers.mjs (plain JavaScript so next.config.mjs can import it). */
export declare const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }>;
export declare function hashSource(text: string): string;
export declare function pageCsp(options: { scriptHashes?: readonly string[]; nonce?: string; dev?: boolean }): string;
export declare function standaloneCsp(options: { styleHashes: readonly string[] }): string;
