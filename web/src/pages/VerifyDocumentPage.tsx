import { Alert, Button, Center, FileInput, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getJson } from '../api/client';
import { inspectDocumentFile, type InspectedFile } from '../api/documents';
import { ErrorAlert } from '../components/ErrorAlert';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { usePageTitle } from '../hooks/usePageTitle';

interface Answer {
  fingerprint: string;
  issuedByKhien: boolean;
  citation?: string;
  caseStep?: { caseCode: string; stepSeq: number; label: { vi: string; en: string } | null } | null;
  /** What the document is; for one whose subject is an official (their record) there is no case step. */
  document?: { kind: string; label: { vi: string; en: string } | null };
  signedCopyReceived?: boolean;
  cancelled?: boolean;
}

/** SHA-256 of the chosen file, computed here: the file itself is never sent. */
async function fingerprintOf(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The public check the QR code of every document leads to: did Khiên issue this file? Nothing else about the case. */
export default function VerifyDocumentPage() {
  const { t, i18n } = useTranslation('case');
  usePageTitle(t('documents.verify.title'));
  const [file, setFile] = useState<File | null>(null);
  const [typed, setTyped] = useState('');
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [inspected, setInspected] = useState<InspectedFile | null>(null);

  /** Only on request: the file itself goes to the server, to read what was appended to a document Khiên issued. */
  async function onInspect() {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setInspected(await inspectDocumentFile(file));
    } catch (err) {
      setInspected(null);
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setInspected(null);
    try {
      const fp = file ? await fingerprintOf(file) : typed.trim().toLowerCase();
      setAnswer(await getJson<Answer>(`/api/public/documents/${encodeURIComponent(fp)}`));
    } catch (err) {
      setAnswer(null);
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const labels = answer?.caseStep?.label ?? answer?.document?.label;
  const label = labels ? (i18n.language === 'en' ? labels.en : labels.vi) : '';
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder radius="md" p="lg" maw={640} w="100%" component="main">
        <Stack gap="md">
          <Group justify="space-between">
            <Title order={1} size="h3">
              {t('documents.verify.title')}
            </Title>
            <LanguageSwitch />
          </Group>
          <Text size="sm">{t('documents.verify.help')}</Text>
          <form onSubmit={onSubmit}>
            <Stack gap="sm">
              <FileInput
                label={t('documents.verify.file')}
                value={file}
                onChange={setFile}
                accept="application/pdf,.docx"
                clearable
                clearButtonProps={{ 'aria-label': t('documents.verify.clear') }}
              />
              <TextInput
                label={t('documents.verify.fingerprint')}
                value={typed}
                onChange={(e) => setTyped(e.currentTarget.value)}
                disabled={!!file}
              />
              <Button type="submit" loading={busy} disabled={!file && !/^[0-9a-fA-F]{64}$/.test(typed.trim())}>
                {t('documents.verify.check')}
              </Button>
            </Stack>
          </form>
          <ErrorAlert error={error} />
          {answer && !answer.issuedByKhien && (
            <Alert color="red" role="status" data-testid="verify-answer">
              {t('documents.verify.notIssued')}
              {file && !inspected && (
                <Button mt="xs" size="xs" variant="white" onClick={onInspect} loading={busy} data-testid="inspect-file">
                  {t('documents.verify.inspect')}
                </Button>
              )}
            </Alert>
          )}
          {inspected && (
            <Alert
              color={inspected.appended?.changesContent ? 'red' : inspected.appended ? 'orange' : 'gray'}
              role="status"
              data-testid="inspect-answer"
            >
              {!inspected.appended
                ? t('documents.verify.noKhienPart')
                : t(
                    inspected.appended.changesContent
                      ? 'documents.verify.appendedChanges'
                      : 'documents.verify.appendedSignature',
                    {
                      citation: inspected.appended.to.citation,
                      bytes: inspected.appended.bytes,
                    },
                  )}
            </Alert>
          )}
          {answer?.issuedByKhien && (
            <Alert color={answer.cancelled ? 'orange' : 'green'} role="status" data-testid="verify-answer">
              <Text>
                {answer.caseStep
                  ? t('documents.verify.issued', {
                      citation: answer.citation,
                      label,
                      seq: answer.caseStep.stepSeq,
                      code: answer.caseStep.caseCode,
                    })
                  : t('documents.verify.issuedRecord', { citation: answer.citation, label })}
              </Text>
              <Text>{answer.signedCopyReceived ? t('documents.verify.signed') : t('documents.verify.notSigned')}</Text>
              {answer.cancelled && <Text fw={600}>{t('documents.verify.cancelled')}</Text>}
            </Alert>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
