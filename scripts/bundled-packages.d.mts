export declare const BUILT_IN_PACKAGES: Set<string>;
export declare const packagesExternalButBuiltIn: { name: string; setup(build: unknown): void };
