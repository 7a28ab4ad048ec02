import { Button, Group, JsonInput, Modal, Stack, Text } from '@mantine/core';
import { notifySuccess } from '../components/notify';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { publishProfile } from '../api/org';
import type { ProfileVersion } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';

/** A new version of a profile, edited as JSON from the latest one; the server validates every field. */
export function PublishProfileModal({ base, onClose }: { base: ProfileVersion; onClose(): void }) {
  const { t } = useTranslation('org');
  const client = useQueryClient();
  const { version: _version, ...definition } = base.definition as Record<string, unknown>;
  const [text, setText] = useState(JSON.stringify(definition, null, 2));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      setError(new Error(t('profiles.invalidJson')));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const published = await publishProfile(body);
      notifySuccess(t('profiles.publishedOk', { code: published.code, version: published.version }));
      void client.invalidateQueries({ queryKey: ['profiles'] });
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened closeButtonProps={{ 'aria-label': t('common:close') }} onClose={onClose} size="xl" title={t('profiles.publishTitle', { code: base.code })}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('profiles.jsonHelp')}
        </Text>
        <ErrorAlert error={error} />
        <JsonInput label={t('profiles.json')} value={text} onChange={setText} autosize minRows={12} maxRows={30} formatOnBlur validationError={t('profiles.invalidJson')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button onClick={submit} loading={busy}>
            {t('profiles.publish')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
