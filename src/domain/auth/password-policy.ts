import type { FieldIssue } from '../errors.ts';

/** ASVS 5.0 V6.2.1: at least 12 characters; any character is allowed, none is required. */
export const MIN_PASSWORD_LENGTH = 12;
/** Long passphrases are welcome (V6.2.9 asks for at least 64); the cap only bounds the hashing work. */
export const MAX_PASSWORD_LENGTH = 128;
/** The estimator's score (0–4) a new password must reach: 3 is "safely unguessable" to an offline-slowed attacker. */
export const MIN_STRENGTH_SCORE = 3;

/** Lower case without accents (đ → d), so that "Nguyễn" and "nguyen" are the same word. */
export function foldWord(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

export interface PersonalWords {
  username?: string | null;
  fullName?: string | null;
  unitName?: string | null;
}

/**
 * The words of the person and their unit a password must not lean on (V6.2.11): given to the
 * strength estimator, which lowers the score of a password built from them, with their accent-free
 * and run-together forms ("Nguyễn Văn An" → "nguyen", "van", "an", "nguyenvanan").
 */
export function personalWords(p: PersonalWords): string[] {
  const words = new Set<string>();
  for (const phrase of [p.username, p.fullName, p.unitName]) {
    if (!phrase) continue;
    const folded = foldWord(phrase.normalize('NFC').trim());
    words.add(phrase.trim().toLowerCase());
    words.add(folded);
    words.add(folded.replace(/[^a-z0-9]/g, ''));
    for (const w of folded.split(/[^a-z0-9]+/)) if (w.length >= 2) words.add(w);
  }
  words.delete('');
  return [...words];
}

/**
 * What is wrong with a new password, given the estimator's score for it. A password holding the
 * username or the whole name (accents and spaces aside) is refused whatever the score.
 */
export function passwordIssues(password: string, score: number, p: PersonalWords, path = 'newPassword'): FieldIssue[] {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return [{ path, code: 'password_too_short', params: { min: MIN_PASSWORD_LENGTH } }];
  if (length > MAX_PASSWORD_LENGTH) return [{ path, code: 'password_too_long', params: { max: MAX_PASSWORD_LENGTH } }];
  const compact = foldWord(password).replace(/[^a-z0-9]/g, '');
  const whole = [p.username, p.fullName]
    .filter((w): w is string => !!w)
    .map((w) => foldWord(w).replace(/[^a-z0-9]/g, ''))
    .filter((w) => w.length >= 3);
  if (whole.some((w) => compact.includes(w))) return [{ path, code: 'password_personal' }];
  if (score < MIN_STRENGTH_SCORE) return [{ path, code: 'password_too_weak', params: { score } }];
  return [];
}
