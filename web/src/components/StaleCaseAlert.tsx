import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Someone else changed the case meanwhile (412): say so and offer to reload it. */
export function StaleCaseAlert({ version, onReload }: { version?: number; onReload(): Promise<void> }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  return (
    <Alert color="orange" title={t('errors.staleTitle')} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('errors.stale', { version: version ?? '?' })}</Text>
        <Button
          size="xs"
          loading={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await onReload();
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('errors.staleReload')}
        </Button>
      </Stack>
    </Alert>
  );
}
