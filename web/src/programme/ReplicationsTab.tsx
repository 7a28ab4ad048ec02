import { Anchor, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchReplications } from '../api/programme';
import type { CaseDetail } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { ScrollTable } from '../components/ScrollTable';

/** KL14 §2.5: where this initiative was replicated, and how each adoption stands. */
export default function ReplicationsTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation(['programme', 'case', 'work']);
  const q = useQuery({
    queryKey: ['cases', c.code, 'replications'],
    queryFn: ({ signal }) => fetchReplications(c.code, signal),
  });
  const items = q.data?.items ?? [];
  return (
    <Stack>
      <ErrorAlert error={q.error} />
      {q.isPending && <LoadingBlock />}
      {q.data && items.length === 0 && <Text>{t('programme:replications.empty')}</Text>}
      {items.length > 0 && (
        <ScrollTable label={t('programme:replications.title')} minWidth={560}>
          <table className="k-table" data-testid="replications">
            <caption>{t('programme:replications.title')}</caption>
            <thead>
              <tr>
                <th>{t('work:cases.titleColumn')}</th>
                <th>{t('programme:showcase.unit')}</th>
                <th>{t('work:cases.state')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.code}>
                  <td>
                    <Anchor component={Link} to={`/cases/${r.code}`}>
                      {r.title}
                    </Anchor>
                  </td>
                  <td>{r.unitName}</td>
                  <td>{t(`case:states.${r.state}`, { defaultValue: r.state })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </Stack>
  );
}
