import { Anchor, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OfficialRecord } from '../api/records';
import { ScrollTable } from '../components/ScrollTable';
import { formatDate } from '../format/dates';

function Table({
  title,
  headers,
  empty,
  rows,
  testId,
}: {
  title: string;
  headers: string[];
  empty: string;
  rows: ReactNode[][];
  testId: string;
}) {
  return (
    <Stack gap="xs" component="section">
      <Title order={2} size="h4">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm">{empty}</Text>
      ) : (
        <ScrollTable label={title} minWidth={720}>
          <table className="k-table" data-testid={testId}>
            <thead>
              <tr>
                {headers.map((h) => (
                  <th key={h}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((cells, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a read-only table, rendered whole and never reordered
                <tr key={i}>
                  {cells.map((c, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells of a read-only row, by position
                    <td key={j}>{c}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </Stack>
  );
}

/** The detail of a record: proposals, protection determinations, rewards and overrides signed. */
export function RecordTables({ r }: { r: OfficialRecord }) {
  const { t } = useTranslation(['record', 'protection', 'rewards']);
  const caseLink = (code: string, title: string) => (
    <Stack gap={2}>
      <Anchor component={Link} to={`/cases/${code}`} className="plain-link" size="sm">
        {title}
      </Anchor>
      <Text size="xs" className="hash">
        {code}
      </Text>
    </Stack>
  );
  const numberDate = (n: string | null, d: string | null) =>
    [n, d ? formatDate(d) : null].filter(Boolean).join(' · ') || '—';
  return (
    <Stack gap="lg">
      <Table
        title={t('proposals.title')}
        testId="record-proposals"
        empty={t('proposals.empty')}
        headers={[
          t('proposals.name'),
          t('proposals.roles'),
          t('proposals.state'),
          t('proposals.decision'),
          t('proposals.evaluation'),
        ]}
        rows={r.proposals.map((p) => [
          caseLink(p.code, p.title),
          p.roles.map((x) => t(`roles.${x}`)).join(', '),
          t(`case:states.${p.state}`, { defaultValue: p.state }),
          p.decision
            ? `${t(`proposals.decisionKinds.${p.decision.kind}`)} ${numberDate(p.decision.number, p.decision.date)}`
            : '—',
          p.evaluation
            ? `${t(`protection:outcomes.${p.evaluation.outcome}`)}${p.evaluation.damage ? ` (${t('proposals.withDamage')})` : ''} · ${formatDate(p.evaluation.meetingOn)}`
            : '—',
        ])}
      />
      <Table
        title={t('protections.title')}
        testId="record-protections"
        empty={t('protections.empty')}
        headers={[
          t('protections.case'),
          t('protections.role'),
          t('protections.status'),
          t('protections.recommended'),
          t('protections.decided'),
        ]}
        rows={r.protections.map((p) => [
          caseLink(p.caseCode, p.caseTitle),
          t(`protection:roles.${p.role}`, { defaultValue: p.role }),
          t(`protection:determinationStatus.${p.status}`, { defaultValue: p.status }),
          p.recommendedResult ? t(`protection:results.${p.recommendedResult}`) : '—',
          <>
            {p.decidedResult
              ? `${t(`protection:results.${p.decidedResult}`)}${p.departed ? ` ${t('protections.departed')}` : ''} · ${numberDate(p.decisionNumber, p.decisionDate)}`
              : '—'}
            {p.revocation && (
              <Text size="xs" c="red.9">
                {t('protections.revoked', {
                  number: p.revocation.decisionNumber,
                  date: formatDate(p.revocation.decisionDate),
                })}
              </Text>
            )}
          </>,
        ])}
      />
      <Table
        title={t('rewards.title')}
        testId="record-rewards"
        empty={t('rewards.empty')}
        headers={[
          t('rewards.case'),
          t('rewards.form'),
          t('rewards.status'),
          t('rewards.decision'),
          t('rewards.outcome'),
        ]}
        rows={r.rewards.map((x) => [
          caseLink(x.caseCode, x.caseTitle),
          `${t(`rewards:forms.${x.form}`, { defaultValue: x.form })}${x.months ? ` (${t('rewards:tab.monthsValue', { count: x.months })})` : ''}`,
          t(`rewards:status.${x.status}`, { defaultValue: x.status }),
          x.decision
            ? `${numberDate(x.decision.decisionNumber, x.decision.decisionDate)} · ${x.decision.issuingAuthority}`
            : '—',
          x.outcome ? `${t(`rewards:outcome.${x.outcome.outcome}`)} · ${formatDate(x.outcome.effectiveOn)}` : '—',
        ])}
      />
      <Table
        title={t('overrides.title')}
        testId="record-overrides"
        empty={t('overrides.empty')}
        headers={[t('overrides.case'), t('overrides.decision'), t('overrides.reasons'), t('overrides.result')]}
        rows={r.overridesSigned.map((o) => [
          caseLink(o.caseCode, o.caseTitle),
          numberDate(o.decisionNumber, o.decisionDate),
          <span className="pre-wrap">{o.reasons ?? '—'}</span>,
          o.evaluationOutcome ? t(`protection:outcomes.${o.evaluationOutcome}`) : '—',
        ])}
      />
    </Stack>
  );
}
