import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import AppLayout from './AppLayout';
import RouteError from '../pages/RouteError';
import { LoadingBlock } from '../components/LoadingBlock';

const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

export const router = createBrowserRouter([
  // Pages load lazily: the fallback is what shows while the first one loads (and keeps the router from warning).
  {
    path: '/login',
    lazy: page(() => import('../pages/LoginPage')),
    errorElement: <RouteError />,
    hydrateFallbackElement: <LoadingBlock />,
  },
  {
    path: '/verify-document',
    lazy: page(() => import('../pages/VerifyDocumentPage')),
    errorElement: <RouteError />,
    hydrateFallbackElement: <LoadingBlock />,
  },
  {
    path: '/showcase',
    lazy: page(() => import('../pages/ShowcasePage')),
    errorElement: <RouteError />,
    hydrateFallbackElement: <LoadingBlock />,
  },
  {
    path: '/verify-dossier',
    lazy: page(() => import('../pages/VerifyDossierPage')),
    errorElement: <RouteError />,
    hydrateFallbackElement: <LoadingBlock />,
  },
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <LoadingBlock />,
    children: [
      { index: true, element: <Navigate to="/worklist" replace /> },
      { path: 'worklist', lazy: page(() => import('../pages/WorklistPage')) },
      { path: 'cases', lazy: page(() => import('../pages/CaseListPage')) },
      { path: 'cases/new', lazy: page(() => import('../pages/NewProposalPage')) },
      { path: 'cases/:code', lazy: page(() => import('../pages/CasePage')) },
      { path: 'cases/:code/plan', lazy: page(() => import('../pages/EditPlanPage')) },
      { path: 'cases/:code/adjust', lazy: page(() => import('../pages/AdjustPlanPage')) },
      { path: 'org/units', lazy: page(() => import('../pages/UnitsPage')) },
      { path: 'org/people', lazy: page(() => import('../pages/PeoplePage')) },
      { path: 'org/reference', lazy: page(() => import('../pages/ReferencePage')) },
      { path: 'org/profiles', lazy: page(() => import('../pages/ProfilesPage')) },
      { path: 'org/people/:id/record', lazy: page(() => import('../pages/RecordPage')) },
      { path: 'protection', lazy: page(() => import('../pages/ProtectionListPage')) },
      { path: 'protection/:id', lazy: page(() => import('../pages/ProtectionCasePage')) },
      { path: 'models', lazy: page(() => import('../pages/ModelsPage')) },
      { path: 'rewards/candidates', lazy: page(() => import('../pages/RewardCandidatesPage')) },
      { path: 'record', lazy: page(() => import('../pages/RecordPage')) },
      { path: 'calendar', lazy: page(() => import('../pages/CalendarPage')) },
      { path: 'settings/notifications', lazy: page(() => import('../pages/NotificationSettingsPage')) },
      { path: 'admin/rule-sets', lazy: page(() => import('../pages/RuleSetsPage')) },
      { path: 'admin/reward-options', lazy: page(() => import('../pages/RewardOptionsPage')) },
      { path: 'admin/jobs', lazy: page(() => import('../pages/JobsPage')) },
      { path: 'account', lazy: page(() => import('../pages/AccountPage')) },
      { path: 'dashboard', lazy: page(() => import('../pages/DashboardPage')) },
      { path: 'review-reports', lazy: page(() => import('../pages/ReviewReportsPage')) },
      { path: 'campaigns', lazy: page(() => import('../pages/CampaignsPage')) },
      { path: 'campaigns/:id', lazy: page(() => import('../pages/CampaignPage')) },
      { path: 'plans', lazy: page(() => import('../pages/PlansPage')) },
      { path: 'plans/:id', lazy: page(() => import('../pages/PlanPage')) },
      { path: '*', lazy: page(() => import('../pages/NotFoundPage')) },
    ],
  },
]);
