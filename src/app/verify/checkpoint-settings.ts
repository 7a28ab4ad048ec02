import { generateSigningKey, type SigningKey } from './signing-key.ts';

/** How this installation signs and publishes its checkpoints. */
export interface CheckpointSettings {
  key: SigningKey;
  /** A file each new checkpoint is appended to (one JSON line), for an operator to mirror elsewhere. */
  mirrorFile?: string;
  /** Addresses the day's checkpoints are mailed to (e.g. the inspection committee). */
  witnessEmails: string[];
}

let ephemeral: CheckpointSettings | undefined;

/** The installation's settings, or (tests, tools) a key made for this process only. */
export function checkpointSettings(given: CheckpointSettings | undefined): CheckpointSettings {
  if (given) return given;
  ephemeral ??= { key: generateSigningKey(), witnessEmails: [] };
  return ephemeral;
}
