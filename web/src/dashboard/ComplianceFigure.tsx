import type { DashboardView } from '@contract/statistics';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../format/dates';

const STATUSES = ['none', 'registered', 'submitted', 'approved'] as const;

/**
 * Registration compliance in the dashboard's subtree: for each campaign of the year, the units of
 * its scope inside the subtree by how far they have gone. A count opens the campaign's list of those
 * units for whoever may follow the campaign; to others it is a figure.
 */
export function ComplianceFigure({ rows, unitId }: { rows: DashboardView['compliance']; unitId: string }) {
  const { t } = useTranslation('dashboard');
  const title = t('compliance.title');
  const link = (campaignId: string, status?: string) =>
    `/campaigns/${encodeURIComponent(campaignId)}?${new URLSearchParams({ unitId, ...(status ? { status } : {}) })}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {rows.length === 0 ? (
          <Text c="dimmed">{t('compliance.noCampaign')}</Text>
        ) : (
          <table className="k-table" data-testid="dashboard-compliance">
            <thead>
              <tr>
                <th scope="col">{t('compliance.campaign')}</th>
                {STATUSES.map((s) => (
                  <th scope="col" key={s} style={{ textAlign: 'right' }}>
                    {t(`compliance.${s}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.campaignId}>
                  <th scope="row" style={{ fontWeight: 'normal' }}>
                    {c.mayOpen ? (
                      <Anchor component={Link} to={link(c.campaignId)}>
                        {c.title}
                      </Anchor>
                    ) : (
                      c.title
                    )}
                    <Text size="xs" c="dimmed">
                      {t('compliance.deadline', { date: formatDate(c.deadline) })}
                    </Text>
                  </th>
                  {STATUSES.map((s) => (
                    <td key={s} style={{ textAlign: 'right' }}>
                      {c.mayOpen ? (
                        <Anchor component={Link} to={link(c.campaignId, s)}>
                          {c.summary[s].toLocaleString()}
                        </Anchor>
                      ) : (
                        c.summary[s].toLocaleString()
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Stack>
    </Paper>
  );
}
