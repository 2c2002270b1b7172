import type {
  AfterProjectView,
  ChangeView,
  ComparisonView,
  EvidenceView,
  GoalsView,
  ParticipationView,
  PerceivedView,
  PersistenceView,
  QuotesView,
} from '../../shared/analytics.js';
import { api, type Query } from './client.js';

// The analytics' read-only questions (OpenAPI tag `analytics`): every call takes the dashboard's selection as its
// query (projectId, organisationId, sector, keyAction, activityType, callYear) and its own parameters.

export const analytics = {
  change: (query: Query, signal?: AbortSignal) => api.get<ChangeView>('/analytics/change', query, signal),
  evidence: (query: Query, signal?: AbortSignal) => api.get<EvidenceView>('/analytics/evidence', query, signal),
  participation: (query: Query, signal?: AbortSignal) => api.get<ParticipationView>('/analytics/participation', query, signal),
  perceived: (query: Query, signal?: AbortSignal) => api.get<PerceivedView>('/analytics/perceived', query, signal),
  persistence: (query: Query, signal?: AbortSignal) => api.get<PersistenceView>('/analytics/persistence', query, signal),
  comparison: (query: Query, signal?: AbortSignal) => api.get<ComparisonView>('/analytics/comparison', query, signal),
  goals: (query: Query, signal?: AbortSignal) => api.get<GoalsView>('/analytics/goals', query, signal),
  afterProject: (query: Query, signal?: AbortSignal) => api.get<AfterProjectView>('/analytics/after-project', query, signal),
  quotes: (query: Query, signal?: AbortSignal) => api.get<QuotesView>('/analytics/quotes', query, signal),
};
export type AnalyticsCall = keyof typeof analytics;
