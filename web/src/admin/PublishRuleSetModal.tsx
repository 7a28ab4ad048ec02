import { Button, Group, JsonInput, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../api/client';
import { publishRuleSet, type StoredRuleSet } from '../api/rule-sets';
import { FieldErrorList } from '../components/FieldErrorList';
import { FormModal } from '../components/FormModal';
import { notifySuccess } from '../components/notify';

/** A new rule set version edited as JSON; the server's 422 names each wrong field by its path. */
export function PublishRuleSetModal({
  base,
  onClose,
  onPublished,
}: {
  base: StoredRuleSet;
  onClose(): void;
  onPublished(id: string, version: number): void;
}) {
  const { t } = useTranslation('protection');
  const client = useQueryClient();
  const { version: _v, sha256: _s, builtIn: _b, publishedAt: _p, ...definition } = base;
  const [text, setText] = useState(JSON.stringify(definition, null, 2));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [key] = useState(newIdempotencyKey);

  async function submit() {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      setError(new Error(t('ruleSets.invalidJson')));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const published = await publishRuleSet(body, key);
      notifySuccess(t('ruleSets.publishedOk', { id: published.id, version: published.version }));
      await client.invalidateQueries({ queryKey: ['rule-sets'] });
      onPublished(published.id, published.version);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <FormModal title={t('ruleSets.publishTitle')} onClose={onClose} size="xl">
      <Stack>
        <Text size="sm" c="dimmed">
          {t('ruleSets.jsonHelp')}
        </Text>
        <FieldErrorList error={error} title={t('ruleSets.errorsTitle')} />
        <JsonInput
          label={t('ruleSets.json')}
          value={text}
          onChange={setText}
          autosize
          minRows={14}
          maxRows={30}
          formatOnBlur
          validationError={t('ruleSets.invalidJson')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button onClick={submit} loading={busy}>
            {t('ruleSets.publish')}
          </Button>
        </Group>
      </Stack>
    </FormModal>
  );
}
