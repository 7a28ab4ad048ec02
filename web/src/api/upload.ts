import i18n from 'i18next';
import { currentLanguage, newIdempotencyKey, setCsrfToken } from './client';
import { ApiError, toApiError } from './errors';
import type { Attachment } from './types';

async function csrf(): Promise<string | null> {
  const res = await fetch('/api/auth/csrf', { credentials: 'same-origin' });
  // Read the refusal to its end: an unread body keeps the request open (and, with no-store
  // answers, the connection busy).
  if (!res.ok) {
    await res.text().catch(() => '');
    return null;
  }
  const token = ((await res.json()) as { csrfToken: string }).csrfToken;
  setCsrfToken(token);
  return token;
}

/** Uploads one file to a case, reporting progress from 0 to 1 (XMLHttpRequest, since fetch has no upload progress). */
export async function uploadAttachment(
  code: string,
  step: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<Attachment> {
  const token = await csrf();
  const form = new FormData();
  // The step comes before the file: the server reads fields in order and checks the step first.
  form.append('step', step);
  form.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/cases/${encodeURIComponent(code)}/attachments`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', currentLanguage());
    xhr.setRequestHeader('idempotency-key', newIdempotencyKey());
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(body as Attachment);
      } else reject(toApiError(xhr.status, body, i18n.t('common:errors.unexpected')));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', i18n.t('common:errors.network')));
    xhr.send(form);
  });
}
