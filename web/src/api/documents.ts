import i18n from 'i18next';
import { currentLanguage, getJson, request } from './client';
import { ApiError, toApiError } from './errors';

export type DocumentStatus = 'drafted' | 'issued' | 'signed' | 'cancelled';

export interface IssuedDocument {
  id: string;
  kind: string;
  stepSeq: number;
  citation: string;
  status: DocumentStatus;
  issuedAt: string;
  pdfSha256: string;
  docxSha256: string;
  cancelReason?: string;
  signer?: {
    subject: string;
    serialNumber: string;
    issuer: string;
    validFrom: string;
    validTo: string;
    signingTime: string;
  };
}

export interface CaseDocumentItem {
  kind: string;
  label: { vi: string; en: string };
  stepSeq: number;
  stepType: string;
  status: DocumentStatus;
  canIssue: boolean;
  document: IssuedDocument | null;
}

export interface CaseDocuments {
  items: CaseDocumentItem[];
  cancelled: IssuedDocument[];
}

const base = (code: string) => `/api/cases/${encodeURIComponent(code)}/documents`;
export const documentsKey = (code: string) => ['case', code, 'documents'] as const;
export const listDocuments = (code: string, signal?: AbortSignal) => getJson<CaseDocuments>(base(code), signal);
export const previewUrl = (code: string, kind: string, stepSeq: number, format: 'pdf' | 'docx') =>
  `${base(code)}/preview/${format}?kind=${kind}&stepSeq=${stepSeq}`;
/** Bulk print: the case's documents in force as one PDF. */
export const printUrl = (code: string) => `${base(code)}/print`;
export const documentFileUrl = (id: string, file: 'pdf' | 'docx' | 'signed') => `/api/documents/${id}/${file}`;

export async function issueDocument(
  code: string,
  body: { kind: string; stepSeq: number; recipients?: string[]; excerpt?: string },
) {
  return (await request<IssuedDocument>(base(code), { method: 'POST', body })).data;
}

/** Sends the signed PDF (multipart, field "file"); the server verifies it before keeping anything. */
export async function uploadSignedCopy(id: string, file: File): Promise<IssuedDocument> {
  const csrf = (await (await fetch('/api/auth/csrf', { credentials: 'same-origin' })).json()) as { csrfToken: string };
  const form = new FormData();
  form.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch(`/api/documents/${id}/signed-copy`, {
      method: 'POST',
      body: form,
      credentials: 'same-origin',
      headers: { accept: 'application/json', 'accept-language': currentLanguage(), 'x-csrf-token': csrf.csrfToken },
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('common:errors.network'));
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return body as IssuedDocument;
  throw toApiError(res.status, body, i18n.t('common:errors.unexpected'));
}

/** A numbered document whose subject is an official: their record, issued by the organisation department. */
export interface RecordDocument {
  id: string;
  kind: string;
  citation: string;
  number: number;
  year: number;
  recordYear: number | null;
  status: Exclude<DocumentStatus, 'drafted'>;
  issuedAt: string;
  pdfSha256: string;
  docxSha256: string;
  cancelReason?: string | null;
  signer?: IssuedDocument['signer'];
}

const personBase = (personId: string) => `/api/people/${encodeURIComponent(personId)}/documents`;
export const recordDocumentsKey = (personId: string) => ['record', personId, 'documents'] as const;
export const listRecordDocuments = (personId: string, signal?: AbortSignal) =>
  getJson<{ canIssue: boolean; documents: RecordDocument[] }>(personBase(personId), signal);

/** The organisation officer issues the record (of one year, or all of it): the register gives the number. */
export async function issueRecordDocument(personId: string, body: { year?: number }) {
  return (await request<RecordDocument>(personBase(personId), { method: 'POST', body })).data;
}

/** What the public check says of a whole file sent to it: the document it begins with and what was appended since. */
export interface InspectedFile {
  issuedByKhien: boolean;
  citation?: string;
  appended: null | {
    to: { citation: string; signedCopyReceived: boolean; cancelled: boolean };
    bytes: number;
    changesContent: boolean;
    findings: { kind: string; object: number | null; what: string | null }[];
  };
}

/** Sends the whole file to the public check (no sign-in); the server keeps nothing. */
export async function inspectDocumentFile(file: File): Promise<InspectedFile> {
  const form = new FormData();
  form.append('file', file, file.name);
  let res: Response;
  try {
    res = await fetch('/api/public/documents/inspect', {
      method: 'POST',
      body: form,
      credentials: 'omit',
      headers: { accept: 'application/json', 'accept-language': currentLanguage() },
    });
  } catch {
    throw new ApiError(0, 'network', i18n.t('common:errors.network'));
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return body as InspectedFile;
  throw toApiError(res.status, body, i18n.t('common:errors.unexpected'));
}
