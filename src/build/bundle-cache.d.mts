// Types for src/build/bundle-cache.mjs, the render worker's bundle cache.
export function esbuildVersion(): string;
export function fingerprint(file: string): string | null;
export function writeManifest(manifestFile: string, bundle: string, esbuild: string, inputs: readonly string[]): void;
export function unchangedBundle(manifestFile: string, esbuild: string): string | undefined;
export function tsconfigAbove(dir: string): string[];
export function writeAtomically(file: string, data: string | Uint8Array): void;
