import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseEvent } from '../api/types';
import { Section } from '../components/Section';
import { EventCard } from './EventCard';

interface Props {
  title: string;
  c: CaseDetail;
  events: CaseEvent[];
  types: string[];
  nameOf(id: string | null | undefined): string | null;
  extra?: (e: CaseEvent) => ReactNode;
  before?: ReactNode;
}

/** The events of some kinds, newest first, under a heading. */
export function EventSection({ title, c, events, types, nameOf, extra, before }: Props) {
  const { t } = useTranslation('case');
  const shown = events.filter((e) => types.includes(e.type)).reverse();
  return (
    <Section title={title}>
      {before}
      {shown.length === 0 && !before ? (
        <Text size="sm" c="dimmed">
          {t('opinions.none')}
        </Text>
      ) : (
        <Stack gap="xs">
          {shown.map((e) => (
            <EventCard key={e.seq} c={c} event={e} nameOf={nameOf}>
              {extra?.(e)}
            </EventCard>
          ))}
        </Stack>
      )}
    </Section>
  );
}
