import { Anchor, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { attachmentUrl } from '../api/cases';
import type { CaseDetail } from '../api/types';
import { FileUpload } from '../components/FileUpload';
import { formatInstant } from '../format/dates';
import { formatBytes } from '../format/numbers';
import { caseKey, eventsKey } from './useCase';
import { ScrollTable } from '../components/ScrollTable';

export function AttachmentsTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('case');
  const client = useQueryClient();
  // Offered only for a step the server says is open to this person now (the rule table decides).
  const uploadStep = c.attachableSteps[0];
  return (
    <Stack gap="md">
      {uploadStep && (
        <FileUpload
          code={c.code}
          step={uploadStep}
          onUploaded={() => {
            void client.invalidateQueries({ queryKey: caseKey(c.code) });
            void client.invalidateQueries({ queryKey: eventsKey(c.code) });
          }}
        />
      )}
      {c.attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('attachments.empty')}
        </Text>
      ) : (
        <ScrollTable label={t('attachments.title')} minWidth={520}>
          <table className="k-table" data-testid="attachments">
            <caption>{t('attachments.title')}</caption>
            <thead>
              <tr>
                <th>{t('attachments.name')}</th>
                <th>{t('attachments.size')}</th>
                <th>{t('attachments.uploadedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {c.attachments.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Anchor
                      href={attachmentUrl(c.code, a.id)}
                      download={a.filename}
                      aria-label={t('attachments.download', { name: a.filename })}
                      className="plain-link"
                    >
                      {a.filename}
                    </Anchor>
                  </td>
                  <td>{formatBytes(a.size)}</td>
                  <td>{formatInstant(a.uploadedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </Stack>
  );
}
