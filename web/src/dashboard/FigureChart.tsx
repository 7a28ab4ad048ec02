import { BarChart } from '@mantine/charts';
import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

export interface FigureRow {
  key: string;
  label: string;
  value: number;
  /** The list the value counts; none for a figure that is not a count (an average). */
  href?: string | undefined;
  /** Where the label leads (a unit below: its own dashboard). */
  labelHref?: string | undefined;
  /** Further words beside the value (e.g. how many exits an average is over). */
  note?: string | undefined;
}

/**
 * One figure as a bar chart and as a table of the same numbers: a bar and its number both open
 * the list they count. The table is what a keyboard or a screen reader uses; the chart repeats it.
 */
export function FigureChart({ title, rows, valueLabel }: { title: string; rows: FigureRow[]; valueLabel: string }) {
  const { t } = useTranslation('dashboard');
  const navigate = useNavigate();
  const data = rows.map((r) => ({ label: r.label, value: r.value, href: r.href }));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {rows.length === 0 ? (
          <Text c="dimmed">{t('none')}</Text>
        ) : (
          <>
            <div aria-hidden="true" data-chart={title}>
              <BarChart
                h={Math.max(120, rows.length * 36 + 40)}
                data={data}
                dataKey="label"
                orientation="vertical"
                series={[{ name: 'value', label: valueLabel, color: 'blue.7' }]}
                yAxisProps={{ width: 190 }}
                gridAxis="x"
                withBarValueLabel
                barChartProps={{ accessibilityLayer: false }}
                barProps={{
                  cursor: 'pointer',
                  onClick: (bar: { payload?: { href?: string } }) => {
                    if (bar.payload?.href) navigate(bar.payload.href);
                  },
                }}
              />
            </div>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{title}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {valueLabel}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.key}>
                    <Table.Td>
                      {r.labelHref ? (
                        <Anchor component={Link} to={r.labelHref}>
                          {r.label}
                        </Anchor>
                      ) : (
                        r.label
                      )}
                    </Table.Td>
                    <Table.Td ta="right">
                      {r.href ? (
                        <Anchor component={Link} to={r.href} aria-label={`${r.label}: ${r.value}`}>
                          {r.value.toLocaleString()}
                        </Anchor>
                      ) : (
                        r.value.toLocaleString()
                      )}
                      {r.note && (
                        <Text span c="dimmed" size="sm">
                          {' '}
                          {r.note}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Paper>
  );
}
