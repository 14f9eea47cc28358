// Types for icons.mjs (plain JavaScript so that the build can run it without compiling).
export const iconSizes: number[];
export function crc32(bytes: Uint8Array): number;
export function encodePng(width: number, height: number, rgba: Buffer): Buffer;
export function drawIcon(size: number): Buffer;
export function iconPath(size: number): string;
