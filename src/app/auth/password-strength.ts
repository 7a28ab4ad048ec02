import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import type { Db, Tx } from '../../db/kysely.ts';
import { invalid } from '../../domain/errors.ts';
import { passwordIssues, personalWords, type PersonalWords } from '../../domain/auth/password-policy.ts';

// Built on first use: the dictionaries take a moment to index, and most requests never need them.
let estimator: ZxcvbnFactory | undefined;

/** The strength estimator's score (0–4), with the common-password dictionaries and the person's own words. */
export function strengthScore(password: string, words: string[]): number {
  estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });
  // Only the first 100 characters are estimated: the matcher's work grows fast with length, and
  // a password that long is past any guessing anyway.
  return estimator.check(password.slice(0, 100), words).score;
}

/** The person's username, name and unit name: the words a password of theirs must not lean on. */
export async function personalWordsOf(db: Db | Tx, personId: string): Promise<PersonalWords> {
  const row = await db
    .selectFrom('people')
    .innerJoin('units', 'units.id', 'people.unit_id')
    .select(['people.username', 'people.full_name', 'units.name'])
    .where('people.id', '=', personId)
    .executeTakeFirst();
  return { username: row?.username, fullName: row?.full_name, unitName: row?.name };
}

/** Refuses (422, naming the field) a password that breaks the policy of `domain/auth/password-policy.ts`. */
export function assertAcceptablePassword(password: string, who: PersonalWords, path = 'newPassword'): void {
  // Length and personal words first: the estimator is not run on what is refused anyway.
  const plain = passwordIssues(password, Number.POSITIVE_INFINITY, who, path);
  if (plain.length) throw invalid(plain);
  const issues = passwordIssues(password, strengthScore(password, personalWords(who)), who, path);
  if (issues.length) throw invalid(issues);
}
