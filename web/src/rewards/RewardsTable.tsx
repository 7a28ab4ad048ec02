import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RewardProposal } from '../api/rewards';
import { ScrollTable } from '../components/ScrollTable';
import { formatDate } from '../format/dates';
import { useLegalText } from '../format/legal-ground';
import { RewardStatusBadge } from './RewardStatusBadge';

interface Props {
  items: RewardProposal[];
  onDecide(r: RewardProposal): void;
  onOutcome(r: RewardProposal): void;
}

export function RewardsTable({ items, onDecide, onOutcome }: Props) {
  const { t } = useTranslation('rewards');
  const legal = useLegalText();
  const who = (r: RewardProposal) => `${r.beneficiary?.name ?? '—'} (${t(`kinds.${r.beneficiaryKind}`)})`;
  return (
    <ScrollTable label={t('tab.proposals')} minWidth={900}>
      <table className="k-table" data-testid="rewards">
        <thead>
          <tr>
            <th>{t('tab.beneficiary')}</th>
            <th>{t('tab.form')}</th>
            <th>{t('tab.status')}</th>
            <th>{t('tab.legalBasis')}</th>
            <th>{t('tab.decision')}</th>
            <th>{t('tab.outcome2')}</th>
            <th>{t('tab.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.id}>
              <td>{who(r)}</td>
              <td>
                <Stack gap={2}>
                  <span>{t(`forms.${r.form.id}`, { defaultValue: r.form.id })}</span>
                  {r.months !== null && <Text size="xs">{t('tab.monthsValue', { count: r.months })}</Text>}
                  {r.description && <Text size="xs">{r.description}</Text>}
                  <Text size="xs" c="dimmed" className="pre-wrap">
                    {t('tab.justification')}: {r.justification}
                  </Text>
                </Stack>
              </td>
              <td>
                <RewardStatusBadge status={r.status} />
              </td>
              <td>{legal.ground(r.decision?.legalBasis ?? r.legalBasis)}</td>
              <td>
                {r.decision && (
                  <Stack gap={2}>
                    <span>
                      {t('tab.decisionSummary', {
                        number: r.decision.decisionNumber,
                        date: formatDate(r.decision.decisionDate),
                        authority: r.decision.issuingAuthority,
                        title: r.decision.signer.title,
                        name: r.decision.signer.name,
                      })}
                    </span>
                    {r.decision.reasons && (
                      <Text size="xs" className="pre-wrap">
                        {r.decision.reasons}
                      </Text>
                    )}
                  </Stack>
                )}
              </td>
              <td>
                {r.outcome && (
                  <Stack gap={2}>
                    <span>
                      {t('tab.outcomeSummary', {
                        outcome: t(`outcome.${r.outcome.outcome}`),
                        date: formatDate(r.outcome.effectiveOn),
                      })}
                    </span>
                    {r.outcome.note && <Text size="xs">{r.outcome.note}</Text>}
                  </Stack>
                )}
              </td>
              <td>
                {r.allowedActions.includes('record_reward_decision') && (
                  <Button size="xs" onClick={() => onDecide(r)} aria-label={`${t('decide.record')}: ${who(r)}`}>
                    {t('decide.record')}
                  </Button>
                )}
                {r.allowedActions.includes('record_reward_outcome') && (
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => onOutcome(r)}
                    aria-label={`${t('outcome.record')}: ${who(r)}`}
                  >
                    {t('outcome.record')}
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
