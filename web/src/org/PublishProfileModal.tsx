import { Button, Group, JsonInput, Modal, Select, Stack, Text } from '@mantine/core';
import { notifySuccess } from '../components/notify';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { publishProfile } from '../api/org';
import { listRuleSets } from '../api/rule-sets';
import type { ProfileVersion } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { useReturnFocus } from '../hooks/useReturnFocus';

/** A new version of a profile, edited as JSON from the latest one; the server validates every field. */
export function PublishProfileModal({ base, onClose }: { base: ProfileVersion; onClose(): void }) {
  useReturnFocus();
  const { t, i18n } = useTranslation(['org', 'protection']);
  const client = useQueryClient();
  const ruleSets = useQuery({ queryKey: ['rule-sets'], queryFn: ({ signal }) => listRuleSets(signal) });
  const { version: _version, ...definition } = base.definition as Record<string, unknown>;
  const [text, setText] = useState(JSON.stringify(definition, null, 2));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const chosen = (() => {
    try {
      const r = (JSON.parse(text) as { protectionRuleSet?: { id: string; version: number } }).protectionRuleSet;
      return r ? `${r.id}@${r.version}` : 'default';
    } catch {
      return null;
    }
  })();
  const chooseRuleSet = (value: string | null) => {
    try {
      const parsed = JSON.parse(text) as Record<string, unknown>;
      const [id, version] = (value ?? '').split('@');
      if (id && version) parsed.protectionRuleSet = { id, version: Number(version) };
      else delete parsed.protectionRuleSet;
      setText(JSON.stringify(parsed, null, 2));
      setError(null);
    } catch {
      setError(new Error(t('profiles.invalidJson')));
    }
  };

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
    <Modal
      opened
      closeButtonProps={{ 'aria-label': t('common:close') }}
      onClose={onClose}
      size="xl"
      title={t('profiles.publishTitle', { code: base.code })}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t('profiles.jsonHelp')}
        </Text>
        <ErrorAlert error={error} />
        <Select
          label={t('protection:ruleSets.profileRuleSet')}
          description={t('protection:ruleSets.profileRuleSetHint')}
          value={chosen}
          disabled={chosen === null}
          onChange={chooseRuleSet}
          allowDeselect={false}
          data={[
            { value: 'default', label: t('protection:ruleSets.profileRuleSetDefault') },
            ...(ruleSets.data?.items ?? []).map((r) => ({
              value: `${r.id}@${r.version}`,
              label: `${r.id} v${r.version} — ${i18n.language === 'en' ? r.name.en : r.name.vi}`,
            })),
          ]}
          comboboxProps={{ withinPortal: true }}
        />
        <JsonInput
          label={t('profiles.json')}
          value={text}
          onChange={setText}
          autosize
          minRows={12}
          maxRows={30}
          formatOnBlur
          validationError={t('profiles.invalidJson')}
        />
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
