import { Button, Group, Progress, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, query } from '../api/client';
import type { DashboardScope } from './dashboard-links';

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Downloads the dashboard's current filter as XLSX. The server writes the workbook as it reads
 * the cases, without a Content-Length, so the honest progress is what has arrived so far: the
 * bytes received, on a bar that moves without claiming a percentage.
 */
export function ExportButton({ scope, disabled }: { scope: DashboardScope; disabled: boolean }) {
  const { t } = useTranslation('dashboard');
  const [received, setReceived] = useState<number | null>(null);
  const [status, setStatus] = useState<'done' | 'failed' | null>(null);

  async function run() {
    setStatus(null);
    setReceived(0);
    try {
      const res = await fetch(`/api/statistics/dashboard.xlsx${query({ unitId: scope.unitId, year: scope.year })}`, {
        credentials: 'same-origin',
        headers: { 'accept-language': currentLanguage() },
      });
      if (!res.ok || !res.body) throw new Error(String(res.status));
      const reader = res.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let total = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        total += value.byteLength;
        setReceived(total);
      }
      const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'thong-ke.xlsx';
      const url = URL.createObjectURL(new Blob(chunks, { type: res.headers.get('content-type') ?? '' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus('done');
    } catch {
      setStatus('failed');
    } finally {
      setReceived(null);
    }
  }

  return (
    <Group gap="sm">
      {received !== null && (
        <Group gap="xs" role="status" aria-live="polite">
          <Progress value={100} animated striped w={120} aria-label={t('export.button')} />
          <Text size="sm">{t('export.progress', { size: size(received) })}</Text>
        </Group>
      )}
      {status && (
        <Text size="sm" role="status" c={status === 'failed' ? 'red.8' : undefined}>
          {t(`export.${status}`)}
        </Text>
      )}
      <Button onClick={run} loading={received !== null} disabled={disabled} variant="light">
        {t('export.button')}
      </Button>
    </Group>
  );
}
