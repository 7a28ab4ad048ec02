export declare function buildTestFiles(files: string[]): Promise<{
  outdir: string;
  built: string[];
  /** The project's source files (paths relative to the project) that the built file at `index` is made of. */
  sourcesOf(index: number): string[];
  /** Whether any of those source files has `text` in it. */
  reads(index: number, text: string): boolean;
  remove(): void;
}>;
