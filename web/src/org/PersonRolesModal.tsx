import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchPerson, revokeRole } from '../api/org';
import type { Person } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { notifySuccess } from '../components/notify';
import { ScrollTable } from '../components/ScrollTable';
import { useReturnFocus } from '../hooks/useReturnFocus';

/** A person's roles, from the API; administrators revoke them here. */
export function PersonRolesModal({
  person,
  admin,
  onClose,
  onGrant,
}: {
  person: Person;
  admin: boolean;
  onClose(): void;
  onGrant(): void;
}) {
  useReturnFocus();
  const { t } = useTranslation('org');
  const client = useQueryClient();
  const q = useQuery({
    queryKey: ['people', 'detail', person.id],
    queryFn: ({ signal }) => fetchPerson(person.id, signal),
    staleTime: 0,
  });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const grants = q.data?.grants ?? [];
  async function revoke(id: string) {
    setBusy(id);
    setError(null);
    try {
      await revokeRole(person.id, id);
      notifySuccess(t('people.revoked'));
      await client.invalidateQueries({ queryKey: ['people'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }
  return (
    <Modal
      opened
      closeButtonProps={{ 'aria-label': t('common:close') }}
      onClose={onClose}
      size="lg"
      title={t('people.rolesTitle', { name: person.fullName })}
    >
      <Stack>
        <ErrorAlert error={error ?? q.error} />
        {q.isPending && <LoadingBlock />}
        {q.data && grants.length === 0 && <Text size="sm">{t('people.noRoles')}</Text>}
        {grants.length > 0 && (
          <ScrollTable label={t('people.rolesTitle', { name: person.fullName })} minWidth={480}>
            <table className="k-table" data-testid="person-roles">
              <thead>
                <tr>
                  <th>{t('people.role')}</th>
                  <th>{t('people.unit')}</th>
                  {admin && <th>{t('people.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {grants.map((g) => (
                  <tr key={g.id}>
                    <td>{t(`common:roles.${g.role}`)}</td>
                    <td>
                      {g.unitName}
                      {g.includeSubtree && <Text size="xs">{t('people.withSubtree')}</Text>}
                    </td>
                    {admin && (
                      <td>
                        <Button
                          size="compact-sm"
                          variant="outline"
                          color="red.9"
                          loading={busy === g.id}
                          onClick={() => void revoke(g.id)}
                          aria-label={`${t('people.revoke')}: ${t(`common:roles.${g.role}`)} — ${g.unitName}`}
                        >
                          {t('people.revoke')}
                        </Button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
        <Group justify="flex-end">
          {admin && (
            <Button variant="default" onClick={onGrant}>
              {t('people.grant')}
            </Button>
          )}
          <Button onClick={onClose}>{t('common:close')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
