import { Anchor, Badge, Button, FileButton, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  documentFileUrl,
  documentsKey,
  printUrl,
  issueDocument,
  listDocuments,
  previewUrl,
  uploadSignedCopy,
  type CaseDocumentItem,
} from '../api/documents';
import type { CaseDetail } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { ScrollTable } from '../components/ScrollTable';
import { eventsKey } from '../cases/useCase';

const STATUS_COLOUR = { drafted: 'gray', issued: 'blue', signed: 'green', cancelled: 'red' } as const;

/** Issue: the register gives the number; the issuer may edit the recipients and the excerpt, and the edit is recorded. */
function IssueModal({ code, item, onClose }: { code: string; item: CaseDocumentItem; onClose: () => void }) {
  const { t, i18n } = useTranslation('case');
  const client = useQueryClient();
  const [recipients, setRecipients] = useState('');
  const [excerpt, setExcerpt] = useState('');
  const issue = useMutation({
    mutationFn: () => {
      const list = recipients
        .split('\n')
        .map((r) => r.trim())
        .filter(Boolean);
      return issueDocument(code, {
        kind: item.kind,
        stepSeq: item.stepSeq,
        ...(list.length ? { recipients: list } : {}),
        ...(excerpt.trim() ? { excerpt: excerpt.trim() } : {}),
      });
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: documentsKey(code) });
      void client.invalidateQueries({ queryKey: eventsKey(code) });
      onClose();
    },
  });
  const label = i18n.language === 'en' ? item.label.en : item.label.vi;
  return (
    <Modal opened onClose={onClose} title={t('documents.issueTitle', { label })}>
      <Stack gap="sm">
        <Text size="sm">{t('documents.issueHelp')}</Text>
        <TextInput
          label={t('documents.excerpt')}
          description={t('documents.excerptHelp')}
          value={excerpt}
          onChange={(e) => setExcerpt(e.currentTarget.value)}
          maxLength={500}
        />
        <Textarea
          label={t('documents.recipients')}
          description={t('documents.recipientsHelp')}
          value={recipients}
          onChange={(e) => setRecipients(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <ErrorAlert error={issue.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('documents.cancel')}
          </Button>
          <Button onClick={() => issue.mutate()} loading={issue.isPending}>
            {t('documents.issueConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function SignedCopyButton({ code, id }: { code: string; id: string }) {
  const { t } = useTranslation('case');
  const client = useQueryClient();
  const upload = useMutation({
    mutationFn: (file: File) => uploadSignedCopy(id, file),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: documentsKey(code) });
      void client.invalidateQueries({ queryKey: eventsKey(code) });
    },
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

/** The case's official documents: preview, issue, download DOCX/PDF, the signed copy, status. */
export default function DocumentsTab({ c }: { c: CaseDetail }) {
  const { t, i18n } = useTranslation('case');
  const docs = useQuery({ queryKey: documentsKey(c.code), queryFn: ({ signal }) => listDocuments(c.code, signal) });
  const [issuing, setIssuing] = useState<CaseDocumentItem | null>(null);
  if (docs.isPending) return <LoadingBlock />;
  if (docs.error) return <ErrorAlert error={docs.error} />;
  const { items, cancelled } = docs.data;
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('documents.empty')}
      </Text>
    );
  const anyInForce = items.some((i) => i.status === 'issued' || i.status === 'signed');
  return (
    <Stack gap="md">
      {anyInForce && (
        <Group justify="flex-end">
          <Button
            component="a"
            href={printUrl(c.code)}
            download
            variant="light"
            size="xs"
            data-testid="print-documents"
          >
            {t('documents.printAll')}
          </Button>
        </Group>
      )}
      <ScrollTable label={t('documents.title')} minWidth={720}>
        <table className="k-table" data-testid="documents">
          <caption>{t('documents.title')}</caption>
          <thead>
            <tr>
              <th>{t('documents.document')}</th>
              <th>{t('documents.number')}</th>
              <th>{t('documents.status')}</th>
              <th>{t('documents.files')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const label = i18n.language === 'en' ? item.label.en : item.label.vi;
              const d = item.document;
              return (
                <tr key={`${item.kind}-${item.stepSeq}`} data-testid={`document-${item.kind}-${item.stepSeq}`}>
                  <td>
                    {label}
                    <Text size="xs" c="dimmed">
                      {t('documents.step', { seq: item.stepSeq })}
                    </Text>
                  </td>
                  <td>{d?.citation ?? '—'}</td>
                  <td>
                    <Badge color={STATUS_COLOUR[item.status]} variant="light">
                      {t(`documents.statuses.${item.status}`)}
                    </Badge>
                  </td>
                  <td>
                    <Group gap="xs">
                      {d ? (
                        <>
                          <Anchor href={documentFileUrl(d.id, 'pdf')} download>
                            {t('documents.downloadPdf')}
                          </Anchor>
                          <Anchor href={documentFileUrl(d.id, 'docx')} download>
                            {t('documents.downloadDocx')}
                          </Anchor>
                          {item.status === 'signed' && (
                            <Anchor href={documentFileUrl(d.id, 'signed')} download>
                              {t('documents.downloadSigned')}
                            </Anchor>
                          )}
                          {item.status === 'issued' && <SignedCopyButton code={c.code} id={d.id} />}
                        </>
                      ) : item.canIssue ? (
                        <>
                          <Anchor
                            href={previewUrl(c.code, item.kind, item.stepSeq, 'pdf')}
                            target="_blank"
                            rel="noopener"
                          >
                            {t('documents.preview')}
                          </Anchor>
                          <Button size="xs" onClick={() => setIssuing(item)}>
                            {t('documents.issue')}
                          </Button>
                        </>
                      ) : null}
                    </Group>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
      {cancelled.length > 0 && (
        <Stack gap={4}>
          <Text fw={600}>{t('documents.cancelledTitle')}</Text>
          {cancelled.map((d) => (
            <Text size="sm" key={d.id}>
              {d.citation}: {d.cancelReason}
            </Text>
          ))}
        </Stack>
      )}
      {issuing && <IssueModal code={c.code} item={issuing} onClose={() => setIssuing(null)} />}
    </Stack>
  );
}
