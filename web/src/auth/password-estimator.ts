import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

/**
 * The same estimator and dictionaries the server judges with, for the meter as the person types.
 * This module is loaded only when a password field needs it: the dictionaries are large.
 */
const estimator = new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs });

export function estimateScore(password: string, words: string[]): number {
  return estimator.check(password.slice(0, 100), words).score;
}
