import { Alert, Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';
import { StaleCaseAlert } from '../components/StaleCaseAlert';
import type { PlanForm, PlanSection } from './plan-form';
import { planPathLabel, sectionOf } from './plan-labels';

interface Props {
  form: PlanForm;
  error: unknown;
  onJump(section: PlanSection): void;
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
  const message = isApiError(error) ? error.message : error instanceof Error ? error.message : t('common:errors.unexpected');
  return (
    <Alert color="red" title={entries.length ? t('common:errors.fieldsTitle') : t('common:errors.title')} role="alert" data-testid="plan-errors">
      <Text size="sm">{message}</Text>
      {entries.length > 0 && (
        <List size="sm" mt="xs">
          {entries.map(([path, msg]) => (
            <List.Item key={path}>
              <Anchor component="button" type="button" size="sm" className="plain-link" onClick={() => onJump(sectionOf(path) as PlanSection)}>
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
