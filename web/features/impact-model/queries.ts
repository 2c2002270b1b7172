import { useQuery } from '@tanstack/react-query';
import type { ImpactModelView, ReadinessInput, ReadinessPhase } from '../../../shared/impact-model.js';
import { impactModel as api, readiness as readinessApi } from '../../api/impact-model.js';
import { keys } from '../../api/keys.js';
import { useWrite } from '../../lib/useWrite.js';

export const useImpactModel = (projectId: string) => useQuery({ queryKey: keys.impactModel(projectId), queryFn: ({ signal }) => api.get(projectId, signal) });

/** A write on the model: every one answers the whole model with its new findings, which replaces the one on screen. */
export const useModelWrite = <V>(projectId: string, send: (value: V) => Promise<ImpactModelView>) =>
  useWrite(send, (client, model: ImpactModelView) => client.setQueryData(keys.impactModel(projectId), model));

export const useReadiness = (projectId: string) =>
  useQuery({ queryKey: keys.readiness(projectId), queryFn: ({ signal }) => readinessApi.get(projectId, signal) });

export const useSaveReadiness = (projectId: string, phase: ReadinessPhase) =>
  useWrite(
    (input: ReadinessInput) => readinessApi.save(projectId, phase, input),
    (client, view) => client.setQueryData(keys.readiness(projectId), view),
  );
