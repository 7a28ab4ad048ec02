import { Button, Group, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchProfiles } from '../api/org';
import type { ProfileVersion } from '../api/types';
import { isAdministrator, useMe } from '../auth/auth-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { formatInstant } from '../format/dates';
import { ProfileDetails } from '../org/ProfileDetails';
import { PublishProfileModal } from '../org/PublishProfileModal';
import { ScrollTable } from '../components/ScrollTable';

export default function ProfilesPage() {
  const { t, i18n } = useTranslation('org');
  const me = useMe();
  const admin = isAdministrator(me);
  const profiles = useQuery({ queryKey: ['profiles'], queryFn: fetchProfiles });
  const [viewing, setViewing] = useState<ProfileVersion | null>(null);
  const [publishing, setPublishing] = useState<ProfileVersion | null>(null);
  const latest = (code: string) =>
    (profiles.data?.items ?? []).filter((p) => p.code === code).sort((a, b) => b.version - a.version)[0];
  return (
    <Stack>
      <PageHeader title={t('profiles.title')} description={t('profiles.intro')} />
      <ErrorAlert error={profiles.error} />
      {profiles.isPending && <LoadingBlock />}
      {profiles.data && (
        <ScrollTable label={t('profiles.title')} minWidth={720}>
          <table className="k-table" data-testid="profiles">
            <caption>{t('profiles.title')}</caption>
            <thead>
              <tr>
                <th>{t('profiles.code')}</th>
                <th>{t('profiles.version')}</th>
                <th>{t('profiles.name')}</th>
                <th>{t('profiles.published')}</th>
                <th>{t('people.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {profiles.data.items.map((p) => (
                <tr key={`${p.code}-${p.version}`}>
                  <td className="hash">{p.code}</td>
                  <td>{p.version}</td>
                  <td>{i18n.language === 'en' ? p.definition.name.en : p.definition.name.vi}</td>
                  <td>{formatInstant(p.publishedAt)}</td>
                  <td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setViewing(p)}
                        aria-label={`${t('profiles.view')} ${p.code} v${p.version}`}
                      >
                        {t('profiles.view')}
                      </Button>
                      {admin && latest(p.code) === p && (
                        <Button
                          size="xs"
                          onClick={() => setPublishing(p)}
                          aria-label={`${t('profiles.publish')}: ${p.code}`}
                        >
                          {t('profiles.publish')}
                        </Button>
                      )}
                    </Group>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {viewing && <ProfileDetails profile={viewing} onClose={() => setViewing(null)} />}
      {publishing && <PublishProfileModal base={publishing} onClose={() => setPublishing(null)} />}
    </Stack>
  );
}
