import { Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchRuleSet, listRuleSets } from '../api/rule-sets';
import { useLegalText } from '../format/legal-ground';
import { isAdministrator, useMe } from '../auth/auth-context';
import { PublishRuleSetModal } from '../admin/PublishRuleSetModal';
import { RulesTable } from '../admin/RulesTable';
import { ErrorAlert } from '../components/ErrorAlert';
import { Fact } from '../components/Fact';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { ScrollTable } from '../components/ScrollTable';
import { formatInstant } from '../format/dates';

/** Protection rule sets: every published version, its rules in words, and publishing a new version. */
export default function RuleSetsPage() {
  const { t, i18n } = useTranslation('protection');
  const legal = useLegalText();
  const admin = isAdministrator(useMe());
  const list = useQuery({ queryKey: ['rule-sets'], queryFn: ({ signal }) => listRuleSets(signal) });
  const [selected, setSelected] = useState<{ id: string; version: number } | null>(null);
  const [publishing, setPublishing] = useState(false);
  const current = selected ?? list.data?.items[0] ?? null;
  const detail = useQuery({
    queryKey: ['rule-sets', current?.id, current?.version],
    queryFn: ({ signal }) => fetchRuleSet(current!.id, current!.version, signal),
    enabled: !!current,
    staleTime: Infinity,
  });
  return (
    <Stack>
      <PageHeader
        title={t('ruleSets.title')}
        description={t('ruleSets.intro')}
        actions={admin && detail.data && <Button onClick={() => setPublishing(true)}>{t('ruleSets.publish')}</Button>}
      />
      <ErrorAlert error={list.error ?? detail.error} />
      {list.isPending && <LoadingBlock />}
      {list.data && (
        <ScrollTable label={t('ruleSets.title')} minWidth={800}>
          <table className="k-table" data-testid="rule-sets">
            <caption>{t('ruleSets.intro')}</caption>
            <thead>
              <tr>
                <th>{t('ruleSets.id')}</th>
                <th>{t('ruleSets.version')}</th>
                <th>{t('ruleSets.name')}</th>
                <th>{t('ruleSets.rules')}</th>
                <th>{t('ruleSets.published')}</th>
                <th>{t('ruleSets.view')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((r) => {
                const active = current?.id === r.id && current.version === r.version;
                return (
                  <tr key={`${r.id}-${r.version}`}>
                    <td className="hash">{r.id}</td>
                    <td>{r.version}</td>
                    <td>{i18n.language === 'en' ? r.name.en : r.name.vi}</td>
                    <td>{r.ruleCount}</td>
                    <td>
                      {formatInstant(r.publishedAt)}
                      {r.builtIn && <Text size="xs">{t('ruleSets.builtIn')}</Text>}
                    </td>
                    <td>
                      <Button
                        size="xs"
                        variant={active ? 'filled' : 'default'}
                        aria-pressed={active}
                        onClick={() => setSelected({ id: r.id, version: r.version })}
                        aria-label={`${t('ruleSets.view')} ${r.id} v${r.version}`}
                      >
                        {t('ruleSets.view')}
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {detail.isFetching && !detail.data && <LoadingBlock />}
      {detail.data && (
        <Stack gap="xs">
          <Group gap="md">
            <Fact label={t('ruleSets.legalBasis')}>{legal.ground(detail.data.legalBasis)}</Fact>
          </Group>
          <RulesTable set={detail.data} />
        </Stack>
      )}
      {publishing && detail.data && (
        <PublishRuleSetModal
          base={detail.data}
          onClose={() => setPublishing(false)}
          onPublished={(id, version) => {
            setPublishing(false);
            setSelected({ id, version });
          }}
        />
      )}
    </Stack>
  );
}
