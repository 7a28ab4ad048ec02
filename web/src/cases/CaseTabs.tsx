import { Paper, Tabs } from '@mantine/core';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CaseDetail } from '../api/types';
import { LoadingBlock } from '../components/LoadingBlock';
import { AttachmentsTab } from './AttachmentsTab';
import { DeadlinesTab } from './DeadlinesTab';
import { HistoryTab } from './HistoryTab';
import { ImplementationTab } from './ImplementationTab';
import { OpinionsTab } from './OpinionsTab';
import { PlanTab } from './PlanTab';

const ProtectionTab = lazy(() => import('../protection/ProtectionTab'));
const RewardsTab = lazy(() => import('../rewards/RewardsTab'));
const DocumentsTab = lazy(() => import('../documents/DocumentsTab'));
const ReplicationsTab = lazy(() => import('../programme/ReplicationsTab'));

const TABS = [
  'plan',
  'opinions',
  'implementation',
  'attachments',
  'documents',
  'deadlines',
  'history',
  'protection',
  'rewards',
  'replications',
] as const;
type Tab = (typeof TABS)[number];
/** Protection and rewards follow the evaluation (Arts. 10, 11). */
const AFTER_EVALUATION = new Set<Tab>(['protection', 'rewards', 'replications']);

export function CaseTabs({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('case');
  const [params, setParams] = useSearchParams();
  const shown = TABS.filter((x) => !AFTER_EVALUATION.has(x) || c.state === 'evaluated');
  const requested = params.get('tab');
  const tab = shown.find((x) => x === requested) ?? 'plan';
  const panels: Record<Tab, ReactNode> = {
    plan: <PlanTab c={c} />,
    opinions: <OpinionsTab c={c} />,
    implementation: <ImplementationTab c={c} />,
    attachments: <AttachmentsTab c={c} />,
    documents: <DocumentsTab c={c} />,
    deadlines: <DeadlinesTab c={c} />,
    history: <HistoryTab c={c} />,
    protection: <ProtectionTab c={c} />,
    rewards: <RewardsTab c={c} />,
    replications: <ReplicationsTab c={c} />,
  };
  return (
    <Paper withBorder radius="md" p={0}>
      <Tabs
        value={tab}
        onChange={(v) => setParams(v && v !== 'plan' ? { tab: v } : {}, { replace: true })}
        keepMounted={false}
      >
        <Tabs.List style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
          {shown.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`page.tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {shown.map((x) => (
          <Tabs.Panel key={x} value={x} p="md">
            <Suspense fallback={<LoadingBlock />}>{panels[x]}</Suspense>
          </Tabs.Panel>
        ))}
      </Tabs>
    </Paper>
  );
}
