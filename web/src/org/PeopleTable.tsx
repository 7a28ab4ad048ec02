import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Person } from '../api/types';
import { LoadingBlock } from '../components/LoadingBlock';
import { usePositionName } from '../hooks/useReference';
import { ScrollTable } from '../components/ScrollTable';

interface Props {
  people: Person[];
  loading: boolean;
  admin: boolean;
  onEdit(p: Person): void;
  onGrant(p: Person): void;
}

export function PeopleTable({ people, loading, admin, onEdit, onGrant }: Props) {
  const { t } = useTranslation('org');
  const positionName = usePositionName();
  if (loading) return <LoadingBlock />;
  if (people.length === 0) return <Text role="status">{t('people.empty')}</Text>;
  return (
    <ScrollTable label={t('people.title')} minWidth={640}>
      <table className="k-table" data-testid="people">
        <caption>{t('people.title')}</caption>
        <thead>
          <tr>
            <th>{t('people.name')}</th>
            <th>{t('people.unit')}</th>
            <th>{t('people.position')}</th>
            {admin && <th>{t('people.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <td>{p.full_name}</td>
              <td>{p.unit_name}</td>
              <td>{positionName(p.position_code)}</td>
              {admin && (
                <td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" variant="default" onClick={() => onEdit(p)} aria-label={`${t('people.edit')}: ${p.full_name}`}>
                      {t('people.edit')}
                    </Button>
                    <Button size="xs" variant="default" onClick={() => onGrant(p)} aria-label={`${t('people.grant')}: ${p.full_name}`}>
                      {t('people.grant')}
                    </Button>
                  </Group>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
