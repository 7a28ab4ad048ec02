import { Anchor, Badge, Button, FileButton, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  documentFileUrl,
  issueRecordDocument,
  listRecordDocuments,
  recordDocumentsKey,
  uploadSignedCopy,
} from '../api/documents';
import { ErrorAlert } from '../components/ErrorAlert';
import { ScrollTable } from '../components/ScrollTable';
import { formatInstant } from '../format/dates';

const STATUS_COLOUR = { issued: 'blue', signed: 'green', cancelled: 'red' } as const;

function SignedCopy({ personId, id }: { personId: string; id: string }) {
  const { t } = useTranslation('record');
  const client = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: File) => uploadSignedCopy(id, file),
    onSuccess: () => void client.invalidateQueries({ queryKey: recordDocumentsKey(personId) }),
  });
  return (
    <Stack gap={4}>
      <FileButton onChange={(f) => f && upload.mutate(f)} accept="application/pdf">
        {(props) => (
          <Button size="xs" variant="light" loading={upload.isPending} {...props}>
            {t('documents.uploadSigned')}
          </Button>
        )}
      </FileButton>
      <ErrorAlert error={upload.error} />
    </Stack>
  );
}

/**
 * The official's record issued as numbered documents of the organisation department: who may
 * read the record sees them; an organisation officer above the official issues a new one for the
 * year shown (or the whole record) and files its signed copy.
 */
export function RecordDocuments({ personId, year }: { personId: string; year: number | null }) {
  const { t } = useTranslation('record');
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const docs = useQuery({
    queryKey: recordDocumentsKey(personId),
    queryFn: ({ signal }) => listRecordDocuments(personId, signal),
  });
  const issue = useMutation({
    mutationFn: () => issueRecordDocument(personId, year === null ? {} : { year }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: recordDocumentsKey(personId) });
      setConfirming(false);
    },
  });
  if (docs.error || !docs.data) return <ErrorAlert error={docs.error} />;
  const { canIssue, documents } = docs.data;
  if (!canIssue && documents.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="record-documents">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="record-documents">
          {t('documents.title')}
        </Title>
        {canIssue && (
          <Button size="xs" onClick={() => setConfirming(true)} data-testid="issue-record">
            {t('documents.issue')}
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('documents.help')}
      </Text>
      {documents.length === 0 ? (
        <Text size="sm">{t('documents.empty')}</Text>
      ) : (
        <ScrollTable label={t('documents.title')} minWidth={640}>
          <table className="k-table" data-testid="record-documents">
            <caption>{t('documents.title')}</caption>
            <thead>
              <tr>
                <th>{t('documents.number')}</th>
                <th>{t('documents.period')}</th>
                <th>{t('documents.issuedAt')}</th>
                <th>{t('documents.status')}</th>
                <th>{t('documents.files')}</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => (
                <tr key={d.id}>
                  <td>{d.citation}</td>
                  <td>{d.recordYear ?? t('allYears')}</td>
                  <td>{formatInstant(d.issuedAt)}</td>
                  <td>
                    <Badge color={STATUS_COLOUR[d.status]} variant="light">
                      {t(`documents.statuses.${d.status}`)}
                    </Badge>
                    {d.cancelReason && <Text size="xs">{d.cancelReason}</Text>}
                  </td>
                  <td>
                    <Group gap="xs">
                      <Anchor href={documentFileUrl(d.id, 'pdf')} download>
                        PDF
                      </Anchor>
                      <Anchor href={documentFileUrl(d.id, 'docx')} download>
                        DOCX
                      </Anchor>
                      {d.status === 'signed' && (
                        <Anchor href={documentFileUrl(d.id, 'signed')} download>
                          {t('documents.signedCopy')}
                        </Anchor>
                      )}
                      {canIssue && d.status === 'issued' && <SignedCopy personId={personId} id={d.id} />}
                    </Group>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('documents.issueTitle')}>
        <Stack gap="sm">
          <Text size="sm">{year === null ? t('documents.issueAll') : t('documents.issueYear', { year })}</Text>
          <ErrorAlert error={issue.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('documents.cancel')}
            </Button>
            <Button onClick={() => issue.mutate()} loading={issue.isPending} data-testid="issue-record-confirm">
              {t('documents.issueConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
