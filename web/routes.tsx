import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router-dom';
import { Layout } from './components/Layout.js';
import { LoadingState } from './components/States.js';
import { LoginPage } from './features/auth/LoginPage.js';
import { RequireAuth } from './features/auth/RequireAuth.js';
import { AgreementPage } from './features/coding-analysis/AgreementPage.js';
import { CodebooksPage } from './features/coding/CodebooksPage.js';
import { CodingPage } from './features/coding/CodingPage.js';
import { RetrievalPage } from './features/coding/RetrievalPage.js';
import { SourcesPage } from './features/coding/SourcesPage.js';
import { NotFoundPage } from './features/errors/NotFoundPage.js';
import { ImpactModelPage } from './features/impact-model/ImpactModelPage.js';
import { InstrumentsPage } from './features/questionnaires/InstrumentsPage.js';
import { OutboxPage } from './features/questionnaires/OutboxPage.js';
import { ParticipantsPage } from './features/questionnaires/ParticipantsPage.js';
import { SurveyPage } from './features/questionnaires/SurveyPage.js';
import { OrganisationPage } from './features/organisations/OrganisationPage.js';
import { OrganisationsPage } from './features/organisations/OrganisationsPage.js';
import { ProjectPage } from './features/projects/ProjectPage.js';
import { ProjectsPage } from './features/projects/ProjectsPage.js';

// loaded on demand: only the NA admin and coordinators who import need them
const ImportsPage = lazy(() => import('./features/imports/ImportsPage.js').then((m) => ({ default: m.ImportsPage })));
const ImportPage = lazy(() => import('./features/imports/ImportPage.js').then((m) => ({ default: m.ImportPage })));

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  // a participant's personal link: no account, no application layout
  { path: '/q/:token', element: <SurveyPage /> },
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
      { path: 'instruments', element: <InstrumentsPage /> },
      { path: 'outbox', element: <OutboxPage /> },
      { path: 'organisations', element: <OrganisationsPage /> },
      { path: 'organisations/:id', element: <OrganisationPage /> },
      {
        path: 'imports',
        element: (
          <Suspense fallback={<LoadingState />}>
            <ImportsPage />
          </Suspense>
        ),
      },
      {
        path: 'imports/:id',
        element: (
          <Suspense fallback={<LoadingState />}>
            <ImportPage />
          </Suspense>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
