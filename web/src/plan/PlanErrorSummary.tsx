import { Alert, Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';
import { StaleCaseAlert } from '../components/StaleCaseAlert';
import type { PlanForm } from './plan-form';
import { planPathLabel } from './plan-labels';

interface Props {
  form: PlanForm;
  error: unknown;
  /** Opens the field's section and puts the focus on the field. */
  onJump(path: string): void;
  onReload?: () => Promise<void>;
}

/** What the server refused, each item leading to its section; the fields themselves show their own message. */
export function PlanErrorSummary({ form, error, onJump, onReload }: Props) {
  const { t } = useTranslation('plan');
  if (!error) return null;
  if (isApiError(error) && error.isStale && onReload) {
    return <StaleCaseAlert version={Number(error.details.currentVersion) || undefined} onReload={onReload} />;
  }
  const entries = Object.entries(form.errors);
  // Every field the server named has been corrected since: the banner has nothing left to say.
  if (isApiError(error) && error.fields.length > 0 && entries.length === 0) return null;
  const message = isApiError(error)
    ? error.message
    : error instanceof Error
      ? error.message
      : t('common:errors.unexpected');
  return (
    <Alert
      color="red"
      title={entries.length ? t('common:errors.fieldsTitle') : t('common:errors.title')}
      role="alert"
      data-testid="plan-errors"
    >
      <Text size="sm">{message}</Text>
      {entries.length > 0 && (
        <List size="sm" mt="xs">
          {entries.map(([path, msg]) => (
            <List.Item key={path}>
              <Anchor component="button" type="button" size="sm" className="plain-link" onClick={() => onJump(path)}>
                {planPathLabel(path, t)}
              </Anchor>
              {`: ${String(msg)}`}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
