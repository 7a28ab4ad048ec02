/** The folder holding Khiên's package.json. */
export const PROJECT_ROOT: string;
/** A hash of every file under `src/`. */
export function sourceFingerprint(): string;
