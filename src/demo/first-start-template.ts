import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, sourceFingerprint } from '../source-fingerprint.mjs';
import { vietnamDate } from '../domain/calendar/working-calendar.ts';
import { DEMO_PREPARED_MARKER } from './prepared-marker.ts';

export { sourceFingerprint };

/**
 * The first start on a fresh clone: `npm install` prepares an embedded database with the
 * migrations and the demo data applied (scripts/prepare-first-start.ts), so that `npm start`
 * copies it instead of creating a cluster, migrating and seeding while the user waits.
 * The copy is used only if it was made by the same code (a fingerprint of `src/`) on the same day
 * in Vietnam (the demo cases' deadlines are counted from the day they were made).
 */
export const TEMPLATE_DIR = join(PROJECT_ROOT, '.cache', 'first-start');

export interface TemplateMeta {
  fingerprint: string;
  madeOn: string;
}

export function templateMeta(now: Date): TemplateMeta {
  return { fingerprint: sourceFingerprint(), madeOn: vietnamDate(now) };
}

/**
 * Copies the prepared database to `pgliteDir` (which does not exist yet) when it fits, and leaves
 * the marker in `dataDir` that has the first start print the demo accounts; false when the server
 * must make its own.
 */
export function copyFirstStartTemplate(pgliteDir: string, dataDir: string, now: Date): boolean {
  const metaFile = join(TEMPLATE_DIR, 'meta.json');
  const source = join(TEMPLATE_DIR, 'pglite');
  if (pgliteDir.includes('://') || existsSync(pgliteDir) || !existsSync(metaFile) || !existsSync(source)) return false;
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as TemplateMeta;
  const current = templateMeta(now);
  if (meta.fingerprint !== current.fingerprint || meta.madeOn !== current.madeOn) return false;
  cpSync(source, pgliteDir, { recursive: true });
  writeFileSync(join(dataDir, DEMO_PREPARED_MARKER), meta.madeOn);
  return true;
}
