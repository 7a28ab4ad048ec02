import { Paper, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CaseDetail } from '../api/types';
import { AttachmentsTab } from './AttachmentsTab';
import { DeadlinesTab } from './DeadlinesTab';
import { HistoryTab } from './HistoryTab';
import { ImplementationTab } from './ImplementationTab';
import { OpinionsTab } from './OpinionsTab';
import { PlanTab } from './PlanTab';

const TABS = ['plan', 'opinions', 'implementation', 'attachments', 'deadlines', 'history'] as const;

export function CaseTabs({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('case');
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab = TABS.find((x) => x === requested) ?? 'plan';
  return (
    <Paper withBorder radius="md" p={0}>
      <Tabs value={tab} onChange={(v) => setParams(v && v !== 'plan' ? { tab: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
          {TABS.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`page.tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="plan" p="md">
          <PlanTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="opinions" p="md">
          <OpinionsTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="implementation" p="md">
          <ImplementationTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="attachments" p="md">
          <AttachmentsTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="deadlines" p="md">
          <DeadlinesTab c={c} />
        </Tabs.Panel>
        <Tabs.Panel value="history" p="md">
          <HistoryTab c={c} />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
