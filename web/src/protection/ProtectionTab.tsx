import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchCaseProtection } from '../api/protection';
import type { CaseDetail } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { ScrollTable } from '../components/ScrollTable';
import { formatInstant } from '../format/dates';
import { useLegalText } from '../format/legal-ground';
import { OpenProtectionModal } from './OpenProtectionModal';
import { ProtectionProgress, ProtectionStatusBadge } from './StatusBadges';

/** The protection cases of a proposal, and opening one when the server allows it. */
export default function ProtectionTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('protection');
  const legal = useLegalText();
  const [opening, setOpening] = useState(false);
  const q = useQuery({
    queryKey: ['protection', 'case', c.code],
    queryFn: ({ signal }) => fetchCaseProtection(c.code, signal),
  });
  if (q.isPending) return <LoadingBlock />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const { items, allowedActions } = q.data;
  return (
    <Stack gap="md" data-testid="protection-tab">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={640}>
          {t('tab.intro')}
        </Text>
        {allowedActions.includes('open_protection_case') && (
          <Button onClick={() => setOpening(true)}>{t('tab.open')}</Button>
        )}
      </Group>
      {items.length === 0 ? (
        <Text size="sm">{t('tab.empty')}</Text>
      ) : (
        <ScrollTable label={t('list.title')} minWidth={720}>
          <table className="k-table">
            <caption>{t('list.title')}</caption>
            <thead>
              <tr>
                <th>{t('tab.seq')}</th>
                <th>{t('tab.status')}</th>
                <th>{t('tab.reason')}</th>
                <th>{t('tab.ruleSet')}</th>
                <th>{t('tab.openedAt')}</th>
                <th>{t('tab.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Anchor component={Link} to={`/protection/${p.id}`} className="plain-link">
                      {t('tab.view', { seq: p.seq })}
                    </Anchor>
                  </td>
                  <td>
                    <ProtectionStatusBadge status={p.status} />
                  </td>
                  <td>{t(`reasons.${p.openedReason}`, { defaultValue: p.openedReason })}</td>
                  <td>{`${legal.ruleSet(p.ruleSet.id)} (${t('page.version').toLowerCase()} ${p.ruleSet.version})`}</td>
                  <td>{formatInstant(p.openedAt)}</td>
                  <td>
                    <ProtectionProgress p={p} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {opening && <OpenProtectionModal code={c.code} onClose={() => setOpening(false)} />}
    </Stack>
  );
}
