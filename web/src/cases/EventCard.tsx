import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentUrl } from '../api/cases';
import type { CaseDetail, CaseEvent } from '../api/types';
import { formatDate, formatInstant } from '../format/dates';
import { formatVnd } from '../format/numbers';
import { EVENT_FIELDS, type FieldKind } from './event-fields';

const OPTION_KEYS: Partial<Record<FieldKind, string>> = {
  opinion: 'case:opinions.opinion',
  appraisal: 'case:opinions.appraisal',
  recommendation: 'actions:recommendations',
  outcome: 'actions:outcomes',
  decision: 'actions:adjustmentDecision',
};

interface Props {
  c: CaseDetail;
  event: CaseEvent;
  nameOf(id: string | null | undefined): string | null;
  children?: ReactNode;
}

/** One recorded step: what, when, by whom, the reasons and what it said. */
export function EventCard({ c, event, nameOf, children }: Props) {
  const { t } = useTranslation('case');
  const p = event.payload;
  const render = (kind: FieldKind, value: unknown): ReactNode => {
    if (kind === 'date') return formatDate(String(value));
    if (kind === 'money') return formatVnd(Number(value));
    if (kind === 'percent') return `${String(value)} %`;
    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of a recorded event, never reordered
    if (kind === 'list') return (value as string[]).map((s, i) => <div key={i}>• {s}</div>);
    if (kind === 'people') return (value as string[]).map((id) => nameOf(id) ?? id).join(', ');
    if (kind === 'attachments') {
      return (value as string[]).map((id) => {
        const a = c.attachments.find((x) => x.id === id);
        return (
          <div key={id}>
            <Anchor href={attachmentUrl(c.code, id)} className="plain-link" size="sm">
              {a?.filename ?? id}
            </Anchor>
          </div>
        );
      });
    }
    const optionKey = OPTION_KEYS[kind];
    return optionKey ? t(`${optionKey}.${String(value)}`) : String(value);
  };
  const fields = (EVENT_FIELDS[event.type] ?? []).filter(([, key]) => {
    const v = p[key];
    return v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
  });
  return (
    <Paper withBorder p="sm" radius="sm">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text fw={700} size="sm">
            {t(`events.${event.type}`, { defaultValue: event.type })}
          </Text>
          <Text size="xs" c="dimmed">
            {formatInstant(event.occurredAt)} ·{' '}
            {event.actorName ??
              nameOf(event.actorId) ??
              (event.actorRole ? t(`common:relations.${event.actorRole}`, { defaultValue: event.actorRole }) : '—')}
          </Text>
        </Group>
        {event.reasons && (
          <Text size="sm" className="pre-wrap">
            <strong>{t('actions:fields.reasons')}:</strong> {event.reasons}
          </Text>
        )}
        {fields.map(([label, key, kind]) => (
          <Text size="sm" key={key} component="div" className="pre-wrap">
            <strong>{t(`actions:${label}`)}:</strong> {render(kind, p[key])}
          </Text>
        ))}
        {children}
      </Stack>
    </Paper>
  );
}
