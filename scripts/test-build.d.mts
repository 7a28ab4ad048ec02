export declare function buildTestFiles(files: string[]): Promise<{ outdir: string; built: string[]; remove(): void }>;
