import { Anchor, Badge, Button, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fetchCampaigns } from '../api/campaigns';
import { hasRole, useMe } from '../auth/auth-context';
import { OpenCampaignForm } from '../campaigns/OpenCampaignForm';
import { ErrorAlert } from '../components/ErrorAlert';
import { FormModal } from '../components/FormModal';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { ScrollTable } from '../components/ScrollTable';
import { notifySuccess } from '../components/notify';
import { formatDate } from '../format/dates';

/** Registration campaigns (issue 14): the ones the reader follows or is asked to register in. */
export default function CampaignsPage() {
  const { t } = useTranslation('campaigns');
  const me = useMe();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [opening, setOpening] = useState(false);
  const q = useQuery({ queryKey: ['campaigns', 'all'], queryFn: ({ signal }) => fetchCampaigns({}, signal) });
  const items = q.data?.items ?? [];
  const mayOpen = hasRole(me, 'org_officer', 'administrator');
  return (
    <Stack>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={mayOpen && <Button onClick={() => setOpening(true)}>{t('open')}</Button>}
      />
      <ErrorAlert error={q.error} />
      {q.isPending && <LoadingBlock />}
      {q.data && items.length === 0 && <Text>{t('empty')}</Text>}
      {items.length > 0 && (
        <ScrollTable label={t('title')} minWidth={640}>
          <table className="k-table" data-testid="campaigns">
            <caption>{t('intro')}</caption>
            <thead>
              <tr>
                <th>{t('list.campaign')}</th>
                <th>{t('list.owner')}</th>
                <th>{t('list.deadline')}</th>
                <th>{t('list.minimum')}</th>
                <th>{t('list.status')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Anchor component={Link} to={`/campaigns/${c.id}`} fw={600} className="plain-link">
                      {c.title}
                    </Anchor>
                  </td>
                  <td>{c.ownerUnit.name}</td>
                  <td>{formatDate(c.deadline)}</td>
                  <td>{c.minimumPerUnit}</td>
                  <td>
                    <Badge color={c.status === 'open' ? 'green' : 'gray'} variant="outline" autoContrast>
                      {t(`status.${c.status}`)}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      {opening && (
        <FormModal title={t('open')} onClose={() => setOpening(false)}>
          <OpenCampaignForm
            onCancel={() => setOpening(false)}
            onOpened={(c) => {
              setOpening(false);
              notifySuccess(t('form.opened'));
              void client.invalidateQueries({ queryKey: ['campaigns'] });
              navigate(`/campaigns/${c.id}`);
            }}
          />
        </FormModal>
      )}
    </Stack>
  );
}
