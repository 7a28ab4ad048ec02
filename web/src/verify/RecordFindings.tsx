import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordProblem } from '../api/types';

/**
 * The findings of the record checks, one line each: which detector caught it (translated), the part
 * of the record, the event and field at fault, and the check's own wording. Shared by the case
 * page's /verify panel and the browser dossier check, which read the same module's output.
 */
export function RecordFindings({ problems }: { problems: RecordProblem[] }) {
  const { t } = useTranslation('case');
  if (problems.length === 0) return null;
  return (
    <>
      <Text size="sm" fw={600}>
        {t('history.detectorsLabel')}
      </Text>
      <List size="sm" data-testid="record-findings">
        {problems.map((p, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of findings, rendered whole and never reordered
          <List.Item key={i} data-detector={p.detector}>
            <Text span fw={600} size="sm">
              {t(`history.detector.${p.detector}`, { defaultValue: p.detector })}
            </Text>
            {' — '}
            {[
              p.subject,
              p.seq !== undefined ? t('history.problemEvent', { seq: p.seq }) : null,
              p.field ? t('history.problemField', { field: p.field }) : null,
            ]
              .filter(Boolean)
              .join(', ')}
            {': '}
            <Text span size="sm" c="dimmed">
              {p.message}
            </Text>
          </List.Item>
        ))}
      </List>
    </>
  );
}

/** What the checks could not look at (e.g. bytes the bundle did not hold), said plainly rather than implied OK. */
export function UncheckedParts({ parts }: { parts: string[] }) {
  const { t } = useTranslation('case');
  if (parts.length === 0) return null;
  return <Text size="xs">{t('history.notChecked', { parts: parts.join('; ') })}</Text>;
}
