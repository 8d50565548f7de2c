import type { Permission } from '@antikor/core';
import { type ComponentType, lazy, type ReactNode } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AppLayout } from './app-layout';
import { RequireAuth, RequirePermission } from './guards';

/** Loads a page module on first visit, so the sign-in page does not carry every registry. */
function page<M>(load: () => Promise<M>, name: keyof M) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const LoginPage = page(() => import('../pages/auth/login-page'), 'LoginPage');
const ChangePasswordPage = page(() => import('../pages/auth/change-password-page'), 'ChangePasswordPage');
const HomePage = page(() => import('../pages/home/home-page'), 'HomePage');
const OrganisationsPage = page(() => import('../pages/org/organisations-page'), 'OrganisationsPage');
const SubdivisionsPage = page(() => import('../pages/org/subdivisions-page'), 'SubdivisionsPage');
const PositionsPage = page(() => import('../pages/org/positions-page'), 'PositionsPage');
const EmployeesPage = page(() => import('../pages/org/employees-page'), 'EmployeesPage');
const EmployeeCardPage = page(() => import('../pages/org/employee-card-page'), 'EmployeeCardPage');
const NewEmployeePage = page(() => import('../pages/org/new-employee-page'), 'NewEmployeePage');
const EditEmployeePage = page(() => import('../pages/org/edit-employee-page'), 'EditEmployeePage');
const StaffImportPage = page(() => import('../pages/org/staff-import-page'), 'StaffImportPage');
const UsersPage = page(() => import('../pages/admin/users-page'), 'UsersPage');
const AuditPage = page(() => import('../pages/admin/audit-page'), 'AuditPage');
const JournalPage = page(() => import('../pages/journals/journal-page'), 'JournalPage');
const RegisterEntryPage = page(() => import('../pages/journals/register-entry-page'), 'RegisterEntryPage');
const EntryCardPage = page(() => import('../pages/journals/entry-card-page'), 'EntryCardPage');
const JournalSettingsPage = page(() => import('../pages/journals/journal-settings-page'), 'JournalSettingsPage');
const MyNoticesPage = page(() => import('../pages/journals/my-notices-page'), 'MyNoticesPage');
const NewNoticePage = page(() => import('../pages/journals/new-notice-page'), 'NewNoticePage');
const ExpertisePage = page(() => import('../pages/expertise/expertise-page'), 'ExpertisePage');
const ExpertiseStatsPage = page(() => import('../pages/expertise/expertise-stats-page'), 'ExpertiseStatsPage');
const DeadlinesPage = page(() => import('../pages/deadlines/deadlines-page'), 'DeadlinesPage');
const AffiliationLinksPage = page(() => import('../pages/affiliation/links-page'), 'LinksPage');
const AffiliationLinkCardPage = page(() => import('../pages/affiliation/link-card-page'), 'LinkCardPage');
const AffiliationCounterpartiesPage = page(
  () => import('../pages/affiliation/counterparties-page'),
  'CounterpartiesPage',
);
const AffiliationProfilesPage = page(() => import('../pages/affiliation/profiles-page'), 'ProfilesPage');
const AffiliationProfilePage = page(() => import('../pages/affiliation/profile-page'), 'ProfilePage');
const AffiliationRunsPage = page(() => import('../pages/affiliation/runs-page'), 'RunsPage');
const AffiliationCandidatesPage = page(() => import('../pages/affiliation/candidates-page'), 'CandidatesPage');
const AffiliationLossOfTrustPage = page(() => import('../pages/affiliation/loss-of-trust-page'), 'LossOfTrustPage');
const PlansPage = page(() => import('../pages/plan/plans-page'), 'PlansPage');
const PlanPage = page(() => import('../pages/plan/plan-page'), 'PlanPage');
const IndicatorsPage = page(() => import('../pages/plan/indicators-page'), 'IndicatorsPage');
const CommissionCasesPage = page(() => import('../pages/commission/cases-page'), 'CasesPage');
const CommissionNewCasePage = page(() => import('../pages/commission/new-case-page'), 'NewCasePage');
const CommissionCasePage = page(() => import('../pages/commission/case-card-page'), 'CaseCardPage');
const CommissionMeetingsPage = page(() => import('../pages/commission/meetings-page'), 'MeetingsPage');
const CommissionMeetingPage = page(() => import('../pages/commission/meeting-page'), 'MeetingPage');
const CommissionCompositionPage = page(() => import('../pages/commission/composition-page'), 'CompositionPage');
const CommissionSettingsPage = page(() => import('../pages/commission/settings-page'), 'SettingsPage');
const DeclarationCampaignsPage = page(() => import('../pages/declarations/campaigns-page'), 'CampaignsPage');
const DeclarationCampaignPage = page(() => import('../pages/declarations/campaign-page'), 'CampaignPage');
const DeclarationCardPage = page(() => import('../pages/declarations/declaration-card-page'), 'DeclarationCardPage');
const DeclarationFormPage = page(() => import('../pages/declarations/declaration-form-page'), 'DeclarationFormPage');
const MyDeclarationsPage = page(() => import('../pages/declarations/my-declarations-page'), 'MyDeclarationsPage');
const NotFoundPage = page(() => import('../pages/home/not-found-page'), 'NotFoundPage');

const only = (permission: Permission, element: ReactNode) => (
  <RequirePermission permission={permission}>{element}</RequirePermission>
);

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'change-password', element: <ChangePasswordPage /> },
      { path: 'org/organisations', element: only('org.read', <OrganisationsPage />) },
      { path: 'org/subdivisions', element: only('org.read', <SubdivisionsPage />) },
      { path: 'org/positions', element: only('org.read', <PositionsPage />) },
      { path: 'org/employees', element: only('staff.read', <EmployeesPage />) },
      { path: 'org/employees/new', element: only('staff.manage', <NewEmployeePage />) },
      { path: 'org/employees/:id', element: only('staff.read', <EmployeeCardPage />) },
      { path: 'org/employees/:id/edit', element: only('staff.manage', <EditEmployeePage />) },
      { path: 'org/import', element: only('staff.import', <StaffImportPage />) },
      { path: 'admin/users', element: only('users.manage', <UsersPage />) },
      { path: 'admin/audit', element: only('audit.read', <AuditPage />) },
      // Journals check access against GET /api/journals themselves: visibility is per journal, not a permission.
      { path: 'journals/:code', element: <JournalPage /> },
      { path: 'journals/:code/new', element: <RegisterEntryPage /> },
      { path: 'journals/:code/settings', element: <JournalSettingsPage /> },
      { path: 'journals/:code/:id', element: <EntryCardPage /> },
      { path: 'my-notices', element: <MyNoticesPage /> },
      { path: 'my-notices/new', element: <NewNoticePage /> },
      { path: 'deadlines', element: <DeadlinesPage /> },
      // The server checks the draft-act journal's access for both.
      { path: 'expertise', element: <ExpertiseStatsPage /> },
      { path: 'expertise/:entryId', element: <ExpertisePage /> },
      { path: 'affiliation', element: only('affiliation.review', <AffiliationLinksPage />) },
      { path: 'affiliation/links/:id', element: only('affiliation.review', <AffiliationLinkCardPage />) },
      { path: 'affiliation/counterparties', element: only('affiliation.review', <AffiliationCounterpartiesPage />) },
      { path: 'affiliation/profiles', element: only('affiliation.review', <AffiliationProfilesPage />) },
      { path: 'affiliation/profiles/:id', element: only('affiliation.review', <AffiliationProfilePage />) },
      { path: 'affiliation/runs', element: only('affiliation.review', <AffiliationRunsPage />) },
      { path: 'affiliation/candidates', element: only('affiliation.review', <AffiliationCandidatesPage />) },
      { path: 'affiliation/loss-of-trust', element: only('affiliation.review', <AffiliationLossOfTrustPage />) },
      { path: 'plans', element: only('plan.read', <PlansPage />) },
      { path: 'plans/:id', element: only('plan.read', <PlanPage />) },
      { path: 'indicators', element: only('plan.read', <IndicatorsPage />) },
      { path: 'commission/cases', element: only('commission.read', <CommissionCasesPage />) },
      { path: 'commission/cases/new', element: only('commission.manage', <CommissionNewCasePage />) },
      { path: 'commission/cases/:id', element: only('commission.read', <CommissionCasePage />) },
      { path: 'commission/meetings', element: only('commission.read', <CommissionMeetingsPage />) },
      { path: 'commission/meetings/:id', element: only('commission.read', <CommissionMeetingPage />) },
      { path: 'commission/composition', element: only('commission.read', <CommissionCompositionPage />) },
      { path: 'commission/settings', element: only('commission.manage', <CommissionSettingsPage />) },
      { path: 'declarations', element: only('declarations.status', <DeclarationCampaignsPage />) },
      { path: 'declarations/:id', element: only('declarations.status', <DeclarationCampaignPage />) },
      { path: 'declarations/declaration/:id', element: <DeclarationCardPage /> },
      { path: 'declarations/declaration/:id/edit', element: <DeclarationFormPage /> },
      { path: 'declarations/obligation/:id/new', element: <DeclarationFormPage /> },
      { path: 'my-declarations', element: <MyDeclarationsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

/** The client-side routes of the application. */
export function AppRouter() {
  return <RouterProvider router={router} />;
}
