export declare const chromiumPath: string;
export declare const chromiumFlags: readonly string[];
export declare function extensionFlags(dist: string): string[];
