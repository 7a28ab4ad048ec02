import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';

/** An API error in words; with the list of field messages when the fields are not shown elsewhere. */
export function ErrorAlert({
  error,
  withFields = true,
  title,
}: {
  error: unknown;
  withFields?: boolean;
  title?: string;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  const message = isApiError(error) ? error.message : error instanceof Error ? error.message : t('errors.unexpected');
  const fields = isApiError(error) && withFields ? error.fields : [];
  return (
    <Alert color="red" title={title ?? t('errors.title')} role="alert">
      {message}
      {fields.length > 0 && (
        <List size="sm" mt="xs">
          {fields.map((f) => (
            <List.Item key={`${f.path}-${f.code}`}>{f.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
