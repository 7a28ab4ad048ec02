import { getJson } from './client';

/** A receipt of an action the signed-in person recorded, with the checkpoint that first included it. */
export interface MyReceipt {
  caseCode: string;
  caseTitle: string;
  seq: number;
  type: string;
  hash: string;
  occurredAt: string;
  checkpoint: { id: number; createdAt: string } | null;
}

export const fetchMyReceipts = (signal?: AbortSignal) => getJson<{ items: MyReceipt[] }>('/api/me/receipts', signal);
