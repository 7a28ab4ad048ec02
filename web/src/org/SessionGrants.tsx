import { Button, List, Paper, Title } from '@mantine/core';
import { notifySuccess } from '../components/notify';
import { useTranslation } from 'react-i18next';
import { revokeRole, type GrantRow } from '../api/org';

/** Roles granted on this page; they can be revoked at once (the API does not list a person's grants). */
export function SessionGrants({ grants, onRevoked }: { grants: (GrantRow & { personName: string; unitName: string })[]; onRevoked(id: string): void }) {
  const { t } = useTranslation('org');
  return (
    <Paper withBorder p="sm" radius="md">
      <Title order={2} size="h5" mb="xs">
        {t('people.grantsThisSession')}
      </Title>
      <List size="sm" spacing={4}>
        {grants.map((g) => (
          <List.Item key={g.id}>
            {g.personName} — {t(`common:roles.${g.role}`)} — {g.unitName}{' '}
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              onClick={async () => {
                await revokeRole(g.person_id, g.id);
                notifySuccess(t('people.revoked'));
                onRevoked(g.id);
              }}
            >
              {t('people.revoke')}
            </Button>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
