import { Alert, Button, Group, Radio, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  fetchPreferences,
  NOTIFICATION_KINDS,
  savePreferences,
  type Delivery,
  type NotificationKind,
} from '../api/clock';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { notifySuccess } from '../components/notify';
import { PageHeader } from '../components/PageHeader';

type Values = { language: 'vi' | 'en'; delivery: Record<NotificationKind, Delivery> };

/** How each kind of notification reaches the person by e-mail: at once or in the daily digest. */
export default function NotificationSettingsPage() {
  const { t } = useTranslation('clock');
  const client = useQueryClient();
  const prefs = useQuery({
    queryKey: ['notifications', 'preferences'],
    queryFn: ({ signal }) => fetchPreferences(signal),
  });
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      language: 'vi',
      delivery: Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, 'immediate'])) as Values['delivery'],
    },
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const loaded = prefs.data;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form takes the stored preferences once they arrive, not on every render of its methods
  useEffect(() => {
    if (loaded) {
      form.setValues({ language: loaded.language, delivery: loaded.delivery });
      form.resetDirty();
    }
  }, [loaded]);
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    setError(null);
    try {
      client.setQueryData(['notifications', 'preferences'], await savePreferences(v));
      notifySuccess(t('preferences.saved'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  });
  return (
    <Stack maw={720}>
      <PageHeader title={t('preferences.title')} description={t('preferences.intro')} />
      <ErrorAlert error={error ?? prefs.error} />
      {prefs.isPending && <LoadingBlock />}
      {loaded && (
        <form onSubmit={submit} noValidate aria-label={t('preferences.title')}>
          <Stack gap="md">
            {!loaded.emailEnabled && <Alert color="gray">{t('preferences.emailDisabled')}</Alert>}
            <Text size="sm">
              {loaded.email ? t('preferences.email', { email: loaded.email }) : t('preferences.noEmail')}
            </Text>
            <Select
              label={t('preferences.language')}
              w={240}
              data={[
                { value: 'vi', label: 'Tiếng Việt' },
                { value: 'en', label: 'English' },
              ]}
              allowDeselect={false}
              {...form.getInputProps('language')}
              comboboxProps={{ withinPortal: true }}
            />
            {NOTIFICATION_KINDS.map((k) => (
              <Radio.Group key={k} label={t(`notifications.kinds.${k}`)} {...form.getInputProps(`delivery.${k}`)}>
                <Group gap="lg" mt={4}>
                  <Radio value="immediate" label={t('preferences.immediate')} />
                  <Radio value="daily_digest" label={t('preferences.daily_digest')} />
                </Group>
              </Radio.Group>
            ))}
            <Group>
              <Button type="submit" loading={busy}>
                {t('common:save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
