import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';

/** An API error with each field it names as `path — message`, for editors where the fields are not inputs of their own. */
export function FieldErrorList({ error, title }: { error: unknown; title: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (!isApiError(error) || error.fields.length === 0) {
    return (
      <Alert color="red" title={t('errors.title')} role="alert">
        {error instanceof Error ? error.message : t('errors.unexpected')}
      </Alert>
    );
  }
  return (
    <Alert color="red" title={title} role="alert" data-testid="field-errors">
      {error.message}
      <List size="sm" mt="xs">
        {error.fields.map((f) => (
          <List.Item key={`${f.path}-${f.code}`}>
            <code className="hash">{f.path || '/'}</code> — {f.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
