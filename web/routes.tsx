import { createBrowserRouter, Navigate } from 'react-router-dom';
import { Layout } from './components/Layout.js';
import { LoginPage } from './features/auth/LoginPage.js';
import { RequireAuth } from './features/auth/RequireAuth.js';
import { NotFoundPage } from './features/errors/NotFoundPage.js';
import { OrganisationPage } from './features/organisations/OrganisationPage.js';
import { OrganisationsPage } from './features/organisations/OrganisationsPage.js';
import { ProjectPage } from './features/projects/ProjectPage.js';
import { ProjectsPage } from './features/projects/ProjectsPage.js';

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
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
      { path: 'organisations', element: <OrganisationsPage /> },
      { path: 'organisations/:id', element: <OrganisationPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
