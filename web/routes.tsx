import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router-dom';
import { FullPageLoader } from './components/FullPageLoader.js';
import { Layout } from './components/Layout.js';
import { RequireAuth } from './features/auth/RequireAuth.js';
import { NotFoundPage } from './features/errors/NotFoundPage.js';

// Every page is its own chunk, loaded when it is first shown: a participant opening their link
// on a phone gets the questionnaire only, not the diagram library or the coding workspace.
// The pages inside the app wait in the layout's own Suspense, so the menu stays.

/** A page from a module that exports it by name. */
function page<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const LoginPage = page(() => import('./features/auth/LoginPage.js'), 'LoginPage');
const SurveyPage = page(() => import('./features/questionnaires/SurveyPage.js'), 'SurveyPage');
const ProjectsPage = page(() => import('./features/projects/ProjectsPage.js'), 'ProjectsPage');
const ProjectPage = page(() => import('./features/projects/ProjectPage.js'), 'ProjectPage');
const ImpactModelPage = page(() => import('./features/impact-model/ImpactModelPage.js'), 'ImpactModelPage');
const SourcesPage = page(() => import('./features/coding/SourcesPage.js'), 'SourcesPage');
const CodingPage = page(() => import('./features/coding/CodingPage.js'), 'CodingPage');
const RetrievalPage = page(() => import('./features/coding/RetrievalPage.js'), 'RetrievalPage');
const CodebooksPage = page(() => import('./features/coding/CodebooksPage.js'), 'CodebooksPage');
const AgreementPage = page(() => import('./features/coding-analysis/AgreementPage.js'), 'AgreementPage');
const ParticipantsPage = page(() => import('./features/questionnaires/ParticipantsPage.js'), 'ParticipantsPage');
const InstrumentsPage = page(() => import('./features/questionnaires/InstrumentsPage.js'), 'InstrumentsPage');
const OutboxPage = page(() => import('./features/questionnaires/OutboxPage.js'), 'OutboxPage');
const AfterProjectPage = page(() => import('./features/after-project/AfterProjectPage.js'), 'AfterProjectPage');
const PublicProductPage = page(() => import('./features/after-project/PublicProductPage.js'), 'PublicProductPage');
const OrganisationsPage = page(() => import('./features/organisations/OrganisationsPage.js'), 'OrganisationsPage');
const OrganisationPage = page(() => import('./features/organisations/OrganisationPage.js'), 'OrganisationPage');
const ImportsPage = page(() => import('./features/imports/ImportsPage.js'), 'ImportsPage');
const ImportPage = page(() => import('./features/imports/ImportPage.js'), 'ImportPage');
// the dashboards carry ECharts: only these two chunks load it
const ProgrammeDashboardPage = page(() => import('./features/analytics/ProgrammeDashboardPage.js'), 'ProgrammeDashboardPage');
const ProjectDashboardPage = page(() => import('./features/analytics/ProjectDashboardPage.js'), 'ProjectDashboardPage');
const UsersPage = page(() => import('./features/accounts/UsersPage.js'), 'UsersPage');
const AccountPage = page(() => import('./features/accounts/AccountPage.js'), 'AccountPage');
const WelcomePage = page(() => import('./features/accounts/WelcomePage.js'), 'WelcomePage');
const ForgotPasswordPage = page(() => import('./features/accounts/ForgotPasswordPage.js'), 'ForgotPasswordPage');
const ResetPasswordPage = page(() => import('./features/accounts/ResetPasswordPage.js'), 'ResetPasswordPage');
const ReportsPage = page(() => import('./features/reports/ReportsPage.js'), 'ReportsPage');
const ProjectReportPage = page(() => import('./features/reports/ProjectReportPage.js'), 'ProjectReportPage');
const VerifyPage = page(() => import('./features/reports/VerifyPage.js'), 'VerifyPage');

const standalone = (element: ReactNode) => <Suspense fallback={<FullPageLoader />}>{element}</Suspense>;

export const router = createBrowserRouter([
  { path: '/login', element: standalone(<LoginPage />) },
  // the links in invitation and reset e-mails, and asking for a reset: no session needed
  { path: '/welcome/:token', element: standalone(<WelcomePage />) },
  { path: '/reset', element: standalone(<ForgotPasswordPage />) },
  { path: '/reset/:token', element: standalone(<ResetPasswordPage />) },
  // a participant's personal link: no account, no application layout
  { path: '/q/:token', element: standalone(<SurveyPage />) },
  // anyone checks a certificate's code, without an account
  { path: '/verify', element: standalone(<VerifyPage />) },
  { path: '/verify/:code', element: standalone(<VerifyPage />) },
  // a product's public page: no account, no application layout
  { path: '/p/:slug', element: standalone(<PublicProductPage />) },
  {
    element: (
      <RequireAuth>
        <Layout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <Navigate to="/projects" replace /> },
      { path: 'projects', element: <ProjectsPage /> },
      { path: 'projects/:id', element: <ProjectPage /> },
      { path: 'projects/:id/impact-model', element: <ImpactModelPage /> },
      { path: 'projects/:id/sources', element: <SourcesPage /> },
      { path: 'projects/:id/agreement', element: <AgreementPage /> },
      { path: 'sources/:sourceId', element: <CodingPage /> },
      { path: 'evidence', element: <RetrievalPage /> },
      { path: 'codebooks', element: <CodebooksPage /> },
      { path: 'projects/:id/participants', element: <ParticipantsPage /> },
      { path: 'projects/:id/after', element: <AfterProjectPage /> },
      { path: 'projects/:id/dashboard', element: <ProjectDashboardPage /> },
      { path: 'analytics', element: <ProgrammeDashboardPage /> },
      { path: 'instruments', element: <InstrumentsPage /> },
      { path: 'outbox', element: <OutboxPage /> },
      { path: 'organisations', element: <OrganisationsPage /> },
      { path: 'organisations/:id', element: <OrganisationPage /> },
      { path: 'imports', element: <ImportsPage /> },
      { path: 'imports/:id', element: <ImportPage /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'account', element: <AccountPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'projects/:id/report', element: <ProjectReportPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
