/** Where `npm install` puts the server bundle. */
export const BUNDLE_DIR: string;
/** Bundles src/main.ts into `outDir`/main.mjs, with the fingerprint of the sources it was built from. */
export function buildServerBundle(outDir?: string): Promise<string>;
/** The bundle's entry when it was built from the sources as they are now, otherwise undefined. */
export function currentBundle(dir?: string): string | undefined;
