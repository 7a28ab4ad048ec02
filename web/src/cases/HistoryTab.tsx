import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { exportUrl } from '../api/cases';
import type { CaseDetail, CaseEvent } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { formatInstant } from '../format/dates';
import { useCaseEvents } from './useCase';
import { VerifyPanel } from './VerifyPanel';
import { ScrollTable } from '../components/ScrollTable';

/** The full hash-chained history, with the integrity check. */
export function HistoryTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('case');
  const events = useCaseEvents(c.code);
  const who = (e: CaseEvent) => {
    const role = e.actorRole ? t(`common:relations.${e.actorRole}`, { defaultValue: e.actorRole }) : null;
    const name = e.actorName ?? null;
    return [name, role].filter(Boolean).join(' · ') || '—';
  };
  const transition = (e: CaseEvent) => {
    const { from, to } = e.payload as { from?: string; to?: string };
    return from && to && from !== to
      ? `${t(`states.${from}`)} → ${t(`states.${to}`)}`
      : to && !from
        ? t(`states.${to}`)
        : '';
  };
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('history.intro')}
      </Text>
      <Group justify="space-between" align="flex-start">
        <VerifyPanel code={c.code} />
        <Anchor href={exportUrl(c.code)} download={`${c.code}.json`} size="sm" className="plain-link">
          {t('history.export')}
        </Anchor>
      </Group>
      {events.isPending && <LoadingBlock />}
      <ErrorAlert error={events.error} />
      {events.data && (
        <ScrollTable label={t('history.title')} minWidth={760}>
          <table className="k-table" data-testid="history">
            <caption>{t('history.title')}</caption>
            <thead>
              <tr>
                <th>{t('history.seq')}</th>
                <th>{t('history.when')}</th>
                <th>{t('history.what')}</th>
                <th>{t('history.who')}</th>
                <th>{t('history.transition')}</th>
                <th>{t('history.reasons')}</th>
                <th>{t('history.hash')}</th>
              </tr>
            </thead>
            <tbody>
              {[...events.data.items].reverse().map((e) => (
                <tr key={e.seq}>
                  <td>{e.seq}</td>
                  <td style={{ whiteSpace: 'nowrap' }}>{formatInstant(e.occurredAt)}</td>
                  <td>{t(`events.${e.type}`, { defaultValue: e.type })}</td>
                  <td>{who(e)}</td>
                  <td>{transition(e)}</td>
                  <td className="pre-wrap">{e.reasons ?? ''}</td>
                  <td>
                    <span className="hash" title={e.hash}>
                      {e.hash.slice(0, 12)}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </Stack>
  );
}
