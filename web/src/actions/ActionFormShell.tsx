import { Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';
import { ErrorAlert } from '../components/ErrorAlert';
import { StaleCaseAlert } from '../components/StaleCaseAlert';
import type { ActionForm } from './useActionForm';

interface Props<V extends Record<string, unknown>> {
  action: string;
  state: ActionForm<V>;
  onCancel(): void;
  children: ReactNode;
  submitLabel?: string;
  danger?: boolean;
}

/** The frame every action form shares: fields, the error summary, the stale-version notice, the buttons. */
export function ActionFormShell<V extends Record<string, unknown>>({
  action,
  state,
  onCancel,
  children,
  submitLabel,
  danger,
}: Props<V>) {
  const { t } = useTranslation('actions');
  const error = state.error;
  const stale = isApiError(error) && error.isStale;
  return (
    <form onSubmit={state.submit} noValidate aria-label={t(`names.${action}`)}>
      <Stack gap="sm">
        {stale ? (
          <StaleCaseAlert version={Number(error.details.currentVersion) || undefined} onReload={state.reload} />
        ) : (
          <ErrorAlert
            error={error}
            title={isApiError(error) && error.isConflict ? t('common:errors.conflictTitle') : undefined}
          />
        )}
        {children}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" loading={state.busy} color={danger ? 'red.9' : undefined}>
            {submitLabel ?? t(`names.${action}`)}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
