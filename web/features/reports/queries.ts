import { useQuery } from '@tanstack/react-query';
import type { CaseCandidateQuery, NarrativeInput, NarrativeKey, ReportInput, ReportListQuery, ReportView } from '../../../shared/reports.js';
import { keys } from '../../api/keys.js';
import { certificates as certificatesApi, reports as api } from '../../api/reports.js';
import { invalidate, useWrite } from '../../lib/useWrite.js';

/** How often a list with a report in the making looks again, so its progress moves on screen. */
const WHILE_GENERATING_MS = 1_500;
const generating = (list: ReportView[] | undefined) => (list ?? []).some((r) => r.status === 'queued' || r.status === 'running');

export const useReports = (query: ReportListQuery) =>
  useQuery({
    queryKey: keys.reports.list(query),
    queryFn: ({ signal }) => api.list(query, signal),
    refetchInterval: (q) => (generating(q.state.data) ? WHILE_GENERATING_MS : false),
  });

export const useRequestReport = () =>
  useWrite(
    (input: ReportInput) => api.request(input),
    (client) => invalidate(client, keys.reports.all),
  );

export const useCaseCandidates = (query: CaseCandidateQuery) =>
  useQuery({ queryKey: keys.reports.cases(query), queryFn: ({ signal }) => api.cases(query, signal) });

export const useNarratives = (key: NarrativeKey | null) =>
  useQuery({
    queryKey: keys.reports.narratives(key ?? {}),
    queryFn: ({ signal }) => api.narratives(key!, signal),
    enabled: key !== null,
  });

export const useSaveNarrative = () =>
  useWrite(
    (input: NarrativeInput) => api.saveNarrative(input),
    (client, _view, input) => invalidate(client, keys.reports.narratives({ kind: input.kind, organisationId: input.organisationId, lang: input.lang })),
  );

export const useNarrativeVersion = (id: string | null) =>
  useQuery({ queryKey: keys.reports.narrative(id ?? ''), queryFn: ({ signal }) => api.narrative(id!, signal), enabled: id !== null });

export const useCertificateCheck = (code: string) =>
  useQuery({ queryKey: keys.certificate(code), queryFn: ({ signal }) => certificatesApi.check(code, signal), retry: false });
