import { Alert, Button, Container, FileButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { usePageTitle } from '../hooks/usePageTitle';
import { filesFromZip, verifyDossierFiles, type DossierFiles, type DossierVerdict } from '../verify/dossier-check';
import { RecordFindings, UncheckedParts } from '../verify/RecordFindings';

const TOP_LEVEL = new Set([
  'export.json',
  'manifest.json',
  'manifest.sig',
  'public-key.pem',
  'checkpoint.json',
  'verify-export.mjs',
]);

/**
 * Dropped files as the dossier names them: a ZIP is unzipped; loose files keep their path inside a
 * dropped folder, and a loose file that is not one of the dossier's own is taken as an attachment.
 */
async function readDropped(list: File[]): Promise<DossierFiles> {
  const only = list[0];
  if (list.length === 1 && only && /\.zip$/i.test(only.name))
    return filesFromZip(new Uint8Array(await only.arrayBuffer()));
  const files: DossierFiles = new Map();
  for (const f of list) {
    const path = f.webkitRelativePath ? f.webkitRelativePath.split('/').slice(1).join('/') : f.name;
    const name = path.includes('/') || TOP_LEVEL.has(path) ? path : `attachments/${path}`;
    files.set(name, new Uint8Array(await f.arrayBuffer()));
  }
  return files;
}

/**
 * Public page (no sign-in), issue 12 item 5: a stranger checks a case dossier in the browser, with
 * the same shared checks as /verify and the offline verifier. The files never leave the page.
 */
export default function VerifyDossierPage() {
  const { t } = useTranslation('case');
  usePageTitle(t('dossierCheck.title'));
  const [busy, setBusy] = useState(false);
  const [count, setCount] = useState(0);
  const [verdict, setVerdict] = useState<DossierVerdict | null>(null);
  const [unreadable, setUnreadable] = useState<string | null>(null);

  async function check(list: File[]) {
    if (list.length === 0) return;
    setBusy(true);
    setVerdict(null);
    setUnreadable(null);
    try {
      const files = await readDropped(list);
      setCount(files.size);
      setVerdict(await verifyDossierFiles(files));
    } catch (e) {
      setUnreadable(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    void check([...e.dataTransfer.files]);
  };

  return (
    <Container size="md" py="xl" component="main">
      <Stack>
        <Group justify="space-between" align="flex-start">
          <Title order={1} size="h2">
            {t('dossierCheck.title')}
          </Title>
          <LanguageSwitch />
        </Group>
        <Text>{t('dossierCheck.intro')}</Text>
        <Paper
          withBorder
          p="xl"
          radius="md"
          role="region"
          aria-label={t('dossierCheck.drop')}
          data-testid="dossier-drop"
          onDragOver={(e: DragEvent) => e.preventDefault()}
          onDrop={onDrop}
          style={{ borderStyle: 'dashed', textAlign: 'center' }}
        >
          <Stack align="center" gap="sm">
            <Text>{t('dossierCheck.drop')}</Text>
            <FileButton onChange={(files) => void check(files)} multiple>
              {(props) => (
                <Button {...props} variant="outline" loading={busy}>
                  {t('dossierCheck.choose')}
                </Button>
              )}
            </FileButton>
          </Stack>
        </Paper>
        <div aria-live="polite">
          {busy && <Text>{t('dossierCheck.checking')}</Text>}
          {unreadable && (
            <Alert color="red" data-testid="dossier-result">
              {t('dossierCheck.unreadable', { reason: unreadable })}
            </Alert>
          )}
          {verdict && (
            <Alert
              color={verdict.ok ? 'green' : 'red'}
              title={t(verdict.ok ? 'dossierCheck.okTitle' : 'dossierCheck.brokenTitle')}
              data-testid="dossier-result"
              data-ok={verdict.ok}
            >
              <Stack gap={4}>
                <Text size="sm">
                  {verdict.ok
                    ? t('dossierCheck.ok', {
                        code: verdict.caseCode,
                        count: verdict.events,
                        hash: verdict.headHash.slice(0, 16),
                      })
                    : t('dossierCheck.broken', { count: verdict.problems.length })}
                </Text>
                <RecordFindings problems={verdict.problems} />
                <Text size="xs">{t('dossierCheck.files', { count })}</Text>
                <UncheckedParts parts={verdict.unchecked} />
              </Stack>
            </Alert>
          )}
        </div>
      </Stack>
    </Container>
  );
}
