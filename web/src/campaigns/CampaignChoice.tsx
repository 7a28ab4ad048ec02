import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchCampaigns } from '../api/campaigns';
import { formatDate } from '../format/dates';

/**
 * On a new proposal: the open campaigns the proposer's unit is asked to register in. Shown only
 * when there is one, so a proposer elsewhere sees nothing new.
 */
export function CampaignChoice({ value, onChange }: { value: string | null; onChange(id: string | null): void }) {
  const { t } = useTranslation('campaigns');
  const q = useQuery({
    queryKey: ['campaigns', 'mine', 'open'],
    queryFn: ({ signal }) => fetchCampaigns({ status: 'open', mine: true }, signal),
  });
  const items = q.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Select
      label={t('choice.label')}
      description={t('choice.hint')}
      placeholder={t('choice.none')}
      clearable
      data={items.map((c) => ({
        value: c.id,
        label: t('choice.option', { title: c.title, deadline: formatDate(c.deadline) }),
      }))}
      value={value}
      onChange={onChange}
      data-testid="campaign-choice"
      mb="md"
    />
  );
}
