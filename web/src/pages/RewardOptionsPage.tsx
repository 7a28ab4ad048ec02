import { Stack, Switch } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchProfiles } from '../api/org';
import { fetchRewardOptions, setRewardOption } from '../api/rewards';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { notifySuccess } from '../components/notify';
import { PageHeader } from '../components/PageHeader';
import { ScrollTable } from '../components/ScrollTable';
import { formatInstant } from '../format/dates';

/** Administrators switch the local reward forms on or off, for the installation or one procedure profile. */
export default function RewardOptionsPage() {
  const { t } = useTranslation('rewards');
  const client = useQueryClient();
  const options = useQuery({ queryKey: ['rewards', 'options'], queryFn: ({ signal }) => fetchRewardOptions(signal) });
  const profiles = useQuery({ queryKey: ['profiles'], queryFn: fetchProfiles });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const codes = [...new Set((profiles.data?.items ?? []).map((p) => p.code))];
  const scopes = ['*', ...codes];
  const scopeName = (s: string) => (s === '*' ? t('options.all') : t('options.profile', { code: s }));
  async function toggle(scope: string, enabled: boolean) {
    setBusy(scope);
    setError(null);
    try {
      await setRewardOption(scope, enabled);
      await client.invalidateQueries({ queryKey: ['rewards'] });
      notifySuccess(t('options.saved', { scope: scopeName(scope) }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }
  return (
    <Stack>
      <PageHeader title={t('options.title')} description={t('options.intro')} />
      <ErrorAlert error={error ?? options.error ?? profiles.error} />
      {(options.isPending || profiles.isPending) && <LoadingBlock />}
      {options.data && profiles.data && (
        <ScrollTable label={t('options.title')} minWidth={560}>
          <table className="k-table" data-testid="reward-options">
            <caption>{t('options.intro')}</caption>
            <thead>
              <tr>
                <th>{t('options.scope')}</th>
                <th>{t('options.state')}</th>
                <th>{t('options.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {scopes.map((s) => {
                const o = options.data.items.find((x) => x.scope === s);
                return (
                  <tr key={s}>
                    <td>{scopeName(s)}</td>
                    <td>
                      <Switch
                        checked={o?.enabled ?? false}
                        disabled={busy !== null}
                        onChange={(e) => void toggle(s, e.currentTarget.checked)}
                        label={o ? (o.enabled ? t('options.on') : t('options.off')) : t('options.unset')}
                        aria-label={t('options.toggle', { scope: scopeName(s) })}
                      />
                    </td>
                    <td>{o ? formatInstant(o.updatedAt) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </Stack>
  );
}
