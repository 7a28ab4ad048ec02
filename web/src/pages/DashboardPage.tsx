import '@mantine/charts/styles.css';
import { FINAL_STATES, CASE_STATES } from '@contract/case-states';
import { REWARD_FORM_LABELS } from '@contract/reward-forms';
import { Anchor, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { fetchDashboard } from '../api/statistics';
import { useMe } from '../auth/auth-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { Updating } from '../components/Updating';
import { PageHeader } from '../components/PageHeader';
import { caseListLink, dashboardLink, type DashboardScope } from '../dashboard/dashboard-links';
import { DashboardFilters, dashboardUnits } from '../dashboard/DashboardFilters';
import { ExportButton } from '../dashboard/ExportButton';
import { ComplianceFigure } from '../dashboard/ComplianceFigure';
import { FigureChart, type FigureRow } from '../dashboard/FigureChart';
import { useDomainName } from '../hooks/useDomains';
import { PlanTaskFigureCard } from '../plans/PlanTaskFigureCard';

const OPEN_STATES = CASE_STATES.filter((s) => !(FINAL_STATES as readonly string[]).includes(s)).join(',');

function sumBy<T>(rows: T[], key: (r: T) => string, value: (r: T) => number): [string, number][] {
  const m = new Map<string, number>();
  for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + value(r));
  return [...m];
}

/** Statistics of a unit and every unit below it, for its leadership and those who oversee it. */
export default function DashboardPage() {
  const { t, i18n } = useTranslation('dashboard');
  const me = useMe();
  const domainName = useDomainName();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unitId') || dashboardUnits(me)[0]?.value || me.unit.id;
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 1000 && yearParam <= 2999 ? yearParam : undefined;
  const scope: DashboardScope = { unitId, year };
  const q = useQuery({
    queryKey: ['dashboard', unitId, year],
    queryFn: ({ signal }) => fetchDashboard(unitId, year, signal),
    placeholderData: keepPreviousData,
  });
  const d = q.data;
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  // An administrator alone sees no case of the subtree: the figures are numbers, not links.
  const list = (filter: Record<string, string> = {}) => (d?.listsOpen ? caseListLink(scope, filter) : undefined);

  const rows = d && {
    byState: d.byState.map<FigureRow>((s) => ({
      key: s.state,
      label: t(`case:states.${s.state}`),
      value: s.count,
      href: list({ state: s.state }),
    })),
    byDomain: d.byDomain.map<FigureRow>((s) => ({
      key: s.domain,
      label: domainName(s.domain),
      value: s.count,
      href: list({ domain: s.domain }),
    })),
    byUnit: d.byUnit.map<FigureRow>((u) => ({
      key: u.unitId,
      label: u.name,
      value: u.count,
      href: d.listsOpen ? caseListLink({ unitId: u.unitId, year }) : undefined,
      labelHref: dashboardLink({ unitId: u.unitId, year }),
    })),
    timeInState: d.timeInState.map<FigureRow>((s) => ({
      key: s.state,
      label: t(`case:states.${s.state}`),
      value: s.averageDays,
      note: t('exits', { count: s.exits }),
    })),
    outcomes: d.outcomes.map<FigureRow>((o) => ({
      key: o.outcome,
      label: t(`outcome.${o.outcome}`),
      value: o.count,
      href: list({ outcome: o.outcome }),
    })),
    protections: sumBy(
      d.protections,
      (p) => p.status,
      (p) => p.count,
    ).map<FigureRow>(([status, count]) => ({
      key: status,
      label: t(`protection.${status}`),
      value: count,
      href: list({ protection: status }),
    })),
    rewards: sumBy(
      d.rewards,
      (r) => r.form,
      (r) => r.count,
    ).map<FigureRow>(([form, count]) => ({
      key: form,
      label: REWARD_FORM_LABELS[form]?.[lang] ?? form,
      value: count,
      href: list({ rewardForm: form }),
    })),
  };

  return (
    <Stack>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={
          <Group gap="xs">
            <Anchor component={Link} to={`/review-reports?unitId=${unitId}${year ? `&year=${year}` : ''}`}>
              {t('reviewReports')}
            </Anchor>
            <ExportButton scope={scope} disabled={!d || d.total === 0} />
          </Group>
        }
      />
      <DashboardFilters
        me={me}
        unit={d?.unit}
        unitId={unitId}
        year={year}
        years={d?.years ?? []}
        onChange={(next) => {
          const p = new URLSearchParams({ unitId: next.unitId });
          if (next.year) p.set('year', String(next.year));
          setParams(p);
        }}
      />
      <ErrorAlert error={q.error} />
      {q.isPending && <LoadingBlock />}
      {d && rows && (
        <Updating when={q.isPlaceholderData}>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {(
                [
                  ['total', d.total, list()],
                  ['open', d.open, list({ state: OPEN_STATES })],
                  ['overdue', d.overdue, list({ overdue: 'true' })],
                ] as const
              ).map(([key, value, href]) => (
                <Paper key={key} withBorder p="md" radius="md">
                  <Text size="sm" c="dimmed" id={`figure-${key}`}>
                    {t(key)}
                  </Text>
                  {href ? (
                    <Anchor component={Link} to={href} fz={28} fw={700} aria-describedby={`figure-${key}`}>
                      {value.toLocaleString()}
                    </Anchor>
                  ) : (
                    <Text fz={28} fw={700} aria-describedby={`figure-${key}`}>
                      {value.toLocaleString()}
                    </Text>
                  )}
                </Paper>
              ))}
            </SimpleGrid>
            <Text size="sm" c="dimmed">
              {t('scope', { unit: d.unit.name, year: year ?? t('allYears') })}
            </Text>
            {!d.listsOpen && (
              <Text size="sm" c="dimmed" data-testid="figures-only">
                {t('figuresOnly')}
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              <FigureChart title={t('byState')} rows={rows.byState} valueLabel={t('cases')} />
              <FigureChart title={t('byDomain')} rows={rows.byDomain} valueLabel={t('cases')} />
              <FigureChart title={t('byUnit')} rows={rows.byUnit} valueLabel={t('cases')} />
              <FigureChart title={t('timeInState')} rows={rows.timeInState} valueLabel={t('days')} />
              <FigureChart title={t('outcomes')} rows={rows.outcomes} valueLabel={t('cases')} />
              <FigureChart title={t('protections')} rows={rows.protections} valueLabel={t('people')} />
              <FigureChart title={t('rewards')} rows={rows.rewards} valueLabel={t('proposals')} />
              <ComplianceFigure rows={d.compliance} unitId={d.unit.id} />
              <PlanTaskFigureCard unitId={unitId} />
            </SimpleGrid>
          </Stack>
        </Updating>
      )}
    </Stack>
  );
}
