import { Button, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';
import type { WriteForm } from '../hooks/useWriteForm';
import { ErrorAlert } from './ErrorAlert';
import { StaleCaseAlert } from './StaleCaseAlert';

interface Props<V extends Record<string, unknown>> {
  label: string;
  state: WriteForm<V>;
  submitLabel: string;
  onCancel?(): void;
  danger?: boolean;
  children: ReactNode;
}

/** The frame of a write form: the error summary or the stale-version notice, the fields, the buttons. */
export function FormShell<V extends Record<string, unknown>>({
  label,
  state,
  submitLabel,
  onCancel,
  danger,
  children,
}: Props<V>) {
  const { t } = useTranslation();
  const error = state.error;
  const stale = isApiError(error) && error.isStale && state.reload;
  return (
    <form onSubmit={state.submit} noValidate aria-label={label}>
      <Stack gap="sm">
        {stale ? (
          <StaleCaseAlert version={Number(error.details.currentVersion) || undefined} onReload={state.reload!} />
        ) : (
          <ErrorAlert
            error={error}
            title={isApiError(error) && error.isConflict ? t('errors.conflictTitle') : undefined}
          />
        )}
        {children}
        <Group justify="flex-end" mt="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('cancel')}
            </Button>
          )}
          <Button type="submit" loading={state.busy} color={danger ? 'red.9' : undefined}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
