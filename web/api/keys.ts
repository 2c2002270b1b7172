// One query key per resource, so that a write can refresh exactly what it changed. Keys nest:
// invalidating `keys.projects.all` refreshes every list and every project.

export const keys = {
  reference: ['reference'] as const,
  projects: {
    all: ['projects'] as const,
    /** every list and every search of the pickers, not the projects themselves */
    lists: ['projects', 'list'] as const,
    list: (params: object) => ['projects', 'list', params] as const,
    search: ['projects', 'list', 'search'] as const,
    detail: (id: string) => ['projects', 'detail', id] as const,
  },
  organisations: {
    all: ['organisations'] as const,
    lists: ['organisations', 'list'] as const,
    list: (params: object) => ['organisations', 'list', params] as const,
    search: ['organisations', 'list', 'search'] as const,
    detail: (id: string) => ['organisations', 'detail', id] as const,
  },
  impactModel: (projectId: string) => ['impact-model', projectId] as const,
  readiness: (projectId: string) => ['readiness', projectId] as const,
  sources: {
    all: ['sources'] as const,
    list: (projectId: string) => ['sources', 'list', projectId] as const,
    detail: (sourceId: string) => ['sources', 'detail', sourceId] as const,
    view: (sourceId: string, mine: boolean) => ['sources', 'detail', sourceId, { mine }] as const,
  },
  interviewees: (projectId: string) => ['interviewees', projectId] as const,
  codebooks: ['codebooks'] as const,
  suggestions: {
    all: ['suggestions'] as const,
    source: (sourceId: string, codebook: string) => ['suggestions', 'source', sourceId, codebook] as const,
    models: (codebookId: string) => ['suggestions', 'models', codebookId] as const,
  },
  agreement: {
    all: ['agreement'] as const,
    report: (projectId: string, query: object) => ['agreement', projectId, query] as const,
  },
  retrieval: {
    all: ['retrieval'] as const,
    segments: (filter: object) => ['retrieval', 'segments', filter] as const,
    matrix: (kind: string, filter: object) => ['retrieval', 'matrix', kind, filter] as const,
    cell: (kind: string, cell: object) => ['retrieval', 'cell', kind, cell] as const,
  },
  /** word searches across sources: any change to a source's text can change them */
  search: {
    all: ['sources', 'search'] as const,
    words: (params: object) => ['sources', 'search', params] as const,
  },
  /** the dashboards' questions: read-only, refreshed when they are asked again */
  analytics: {
    all: ['analytics'] as const,
    call: (name: string, query: object) => ['analytics', name, query] as const,
  },
  participants: (projectId: string) => ['participants', projectId] as const,
  momentSettings: (projectId: string) => ['moment-settings', projectId] as const,
  reflections: (projectId: string, day: string) => ['participants', projectId, 'reflections', day] as const,
  /** a project's records after it ended: every write refreshes them all, as the evidence counts follow from each */
  after: {
    all: (projectId: string) => ['after-project', projectId] as const,
    evidence: (projectId: string) => ['after-project', projectId, 'evidence'] as const,
    uses: (projectId: string) => ['after-project', projectId, 'uses'] as const,
    disseminations: (projectId: string) => ['after-project', projectId, 'disseminations'] as const,
    followUps: (projectId: string) => ['after-project', projectId, 'follow-ups'] as const,
    days: (projectId: string) => ['after-project', projectId, 'days'] as const,
    recognitions: (projectId: string) => ['after-project', projectId, 'recognitions'] as const,
  },
  /** products' public pages (no account): a change of a product marks them all stale */
  publicProducts: {
    all: ['public-product'] as const,
    detail: (slug: string) => ['public-product', slug] as const,
  },
  instruments: ['instruments'] as const,
  accounts: {
    all: ['accounts'] as const,
    list: (params: object) => ['accounts', 'list', params] as const,
  },
  /** the signed-in user's own sessions */
  sessions: ['sessions'] as const,
  /** who an e-mailed link is for: the welcome and reset pages */
  accountLink: (purpose: 'invitation' | 'password_reset', token: string) => ['account-link', purpose, token] as const,
  outbox: ['outbox'] as const,
  reports: {
    all: ['reports'] as const,
    list: (query: object) => ['reports', 'list', query] as const,
    cases: (query: object) => ['reports', 'cases', query] as const,
    narratives: (key: object) => ['reports', 'narratives', key] as const,
    narrative: (id: string) => ['reports', 'narrative', id] as const,
  },
  certificate: (code: string) => ['certificate', code] as const,
  survey: {
    all: (token: string) => ['survey', token] as const,
    view: (token: string, lang: string | undefined) => ['survey', token, 'view', lang ?? null] as const,
    goals: (token: string) => ['survey', token, 'goals'] as const,
    history: (token: string) => ['survey', token, 'history'] as const,
  },
};
