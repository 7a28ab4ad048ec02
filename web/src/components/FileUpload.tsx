import { Button, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../api/types';
import { uploadAttachment } from '../api/upload';
import { ErrorAlert } from './ErrorAlert';

const MAX_BYTES = 20 * 1024 * 1024;

/** Uploads a file to the case for one step of the procedure, showing its progress; the new attachment is handed back. */
export function FileUpload({
  code,
  step,
  onUploaded,
  label,
}: {
  code: string;
  step: string;
  onUploaded(a: Attachment): void;
  label?: string;
}) {
  const { t } = useTranslation('case');
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  async function upload(file: File | null) {
    if (!file) return;
    setError(null);
    setDone(null);
    if (file.size > MAX_BYTES) {
      setError(new Error(t('attachments.tooLarge', { name: file.name })));
      return;
    }
    setProgress({ name: file.name, fraction: 0 });
    try {
      const attachment = await uploadAttachment(code, step, file, (fraction) =>
        setProgress({ name: file.name, fraction }),
      );
      setDone(attachment.filename);
      onUploaded(attachment);
    } catch (e) {
      setError(e);
    } finally {
      setProgress(null);
    }
  }

  return (
    <Stack gap="xs">
      <Group gap="sm">
        <FileButton onChange={upload} accept=".pdf,.docx,.xlsx,.odt,.ods,.png,.jpg,.jpeg,.txt">
          {(props) => (
            <Button variant="default" {...props} loading={!!progress}>
              {label ?? t('attachments.upload')}
            </Button>
          )}
        </FileButton>
        <Text size="xs" c="dimmed">
          {t('attachments.uploadHint')}
        </Text>
      </Group>
      {progress && (
        <div role="status">
          <Text size="sm">{t('attachments.uploading', { name: progress.name })}</Text>
          <Progress
            value={Math.round(progress.fraction * 100)}
            aria-label={t('attachments.uploading', { name: progress.name })}
            animated
          />
        </div>
      )}
      {done && (
        <Text size="sm" c="green" role="status">
          {t('attachments.uploaded', { name: done })}
        </Text>
      )}
      <ErrorAlert error={error} />
    </Stack>
  );
}
