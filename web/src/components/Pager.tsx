import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  page: number;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious(): void;
  onNext(): void;
}

/** Previous / next for server-side pages (keyset or offset). */
export function Pager({ page, hasPrevious, hasNext, onPrevious, onNext }: Props) {
  const { t } = useTranslation();
  if (!hasPrevious && !hasNext) return null;
  return (
    <Group justify="center" gap="sm" component="nav" aria-label={t('page', { page })}>
      <Button variant="default" onClick={onPrevious} disabled={!hasPrevious}>
        {t('previous')}
      </Button>
      <Text size="sm" aria-live="polite">
        {t('page', { page })}
      </Text>
      <Button variant="default" onClick={onNext} disabled={!hasNext}>
        {t('next')}
      </Button>
    </Group>
  );
}
