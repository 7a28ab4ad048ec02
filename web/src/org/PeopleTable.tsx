import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Person } from '../api/types';
import { LoadingBlock } from '../components/LoadingBlock';
import { ScrollTable } from '../components/ScrollTable';
import { usePositionName } from '../hooks/useReference';

interface Props {
  people: Person[];
  loading: boolean;
  /** The rows are those of the previous search or page. */
  updating?: boolean;
  admin: boolean;
  officer: boolean;
  onEdit(p: Person): void;
  onGrant(p: Person): void;
  onRoles(p: Person): void;
  onIdentities?(p: Person): void;
}

/** People found, with what the viewer may do: administrators edit and grant, organisation officers open records. */
export function PeopleTable({
  people,
  loading,
  updating = false,
  admin,
  officer,
  onEdit,
  onGrant,
  onRoles,
  onIdentities,
}: Props) {
  const { t } = useTranslation(['org', 'record', 'identities']);
  const positionName = usePositionName();
  if (loading) return <LoadingBlock />;
  if (people.length === 0) return <Text role="status">{t('people.empty')}</Text>;
  const actions = admin || officer;
  return (
    <ScrollTable label={t('people.title')} minWidth={720} updating={updating}>
      <table className="k-table" data-testid="people">
        <caption>{t('people.title')}</caption>
        <thead>
          <tr>
            <th>{t('people.name')}</th>
            <th>{t('people.unit')}</th>
            <th>{t('people.position')}</th>
            {actions && <th>{t('people.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <td>{p.fullName}</td>
              <td>{p.unitName}</td>
              <td>{positionName(p.positionCode)}</td>
              {actions && (
                <td>
                  <Group gap={4}>
                    {admin && (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => onEdit(p)}
                        aria-label={`${t('people.edit')}: ${p.fullName}`}
                      >
                        {t('people.edit')}
                      </Button>
                    )}
                    {admin && (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => onGrant(p)}
                        aria-label={`${t('people.grant')}: ${p.fullName}`}
                      >
                        {t('people.grant')}
                      </Button>
                    )}
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => onRoles(p)}
                      aria-label={`${t('people.roles')}: ${p.fullName}`}
                    >
                      {t('people.roles')}
                    </Button>
                    {admin && onIdentities && (
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => onIdentities(p)}
                        aria-label={`${t('identities:open')}: ${p.fullName}`}
                      >
                        {t('identities:open')}
                      </Button>
                    )}
                    {officer && (
                      <Button
                        size="xs"
                        variant="default"
                        component={Link}
                        to={`/org/people/${p.id}/record`}
                        aria-label={t('record:openOf', { name: p.fullName })}
                      >
                        {t('record:open')}
                      </Button>
                    )}
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
