import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { projectInput, projectPatch, type ProjectView } from '../../../shared/schemas.js';
import { FormError } from '../../components/FormError.js';
import { SearchPicker } from '../../components/SearchPicker.js';
import { useTerms } from '../../lib/reference.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { orNull } from '../../lib/validation.js';
import { useUser } from '../auth/session.js';
import { activeOrganisationSearch } from '../organisations/queries.js';
import { useCreateProject, useUpdateProject } from './queries.js';
import { canAdminister } from '../../../shared/access.js';

interface Props {
  /** the project to change; without it the form creates one */
  project?: ProjectView;
  onSaved: (project: ProjectView) => void;
  onCancel: () => void;
}

// the server asks the NA admin to name the organisation; check it here too, with the other fields
const organisationChosen = z.object({ organisationId: z.string({ message: 'validation.required' }).min(1, { message: 'validation.required' }) });
const projectInputWithOrganisation = z.intersection(organisationChosen, projectInput);

const numberOrUndefined = (value: string | number) => (value === '' ? undefined : Number(value));

export function ProjectForm({ project, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const { options } = useTerms();
  const user = useUser();
  const creating = !project;
  // the NA admin creates projects for any organisation; a coordinator always for their own
  const chooseOrganisation = creating && canAdminister(user);

  const [values, setValues] = useState({
    organisationId: '',
    title: project?.title ?? '',
    acronym: project?.acronym ?? '',
    code: project?.code ?? '',
    sector: project?.sector ?? '',
    keyAction: project?.keyAction ?? '',
    callYear: (project?.callYear ?? '') as string | number,
    startDate: project?.startDate ?? '',
    endDate: project?.endDate ?? '',
    status: project && project.status !== 'archived' ? project.status : 'planned',
    grantEur: (project?.grantEur ?? '') as string | number,
    summary: project?.summary ?? '',
    aims: (project?.aims ?? []).join('\n'),
  });
  const set = (field: keyof typeof values) => (value: string | number) => setValues((v) => ({ ...v, [field]: value }));

  const input = {
    ...(chooseOrganisation ? { organisationId: values.organisationId || undefined } : {}),
    title: values.title,
    acronym: orNull(values.acronym),
    code: orNull(values.code),
    sector: values.sector,
    keyAction: values.keyAction,
    callYear: numberOrUndefined(values.callYear),
    startDate: orNull(values.startDate),
    endDate: orNull(values.endDate),
    status: values.status,
    grantEur: values.grantEur === '' ? null : Number(values.grantEur),
    summary: orNull(values.summary),
    aims: values.aims
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  };

  const createForm = useSubmit(chooseOrganisation ? projectInputWithOrganisation : projectInput, useCreateProject(), onSaved);
  const editForm = useSubmit(projectPatch, useUpdateProject(project?.id ?? ''), onSaved);
  const form = creating ? createForm : editForm;
  const { errors } = form;
  const choose = { value: '', label: t('common.choose') };

  return (
    <form ref={form.formRef} onSubmit={(event) => form.submit(event, input)} noValidate>
      <Stack gap="md">
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        {chooseOrganisation ? (
          <SearchPicker
            label={t('project.organisation')}
            description={t('project.organisationSearch')}
            placeholder={t('project.chooseOrganisation')}
            required
            value={values.organisationId || null}
            onChange={(id) => set('organisationId')(id ?? '')}
            search={activeOrganisationSearch}
            error={errors.organisationId}
          />
        ) : null}
        <TextInput label={t('project.title')} required value={values.title} onChange={(e) => set('title')(e.currentTarget.value)} error={errors.title} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('project.acronym')} value={values.acronym} onChange={(e) => set('acronym')(e.currentTarget.value)} error={errors.acronym} />
          <TextInput
            label={t('project.code')}
            description={t('project.codeDescription')}
            value={values.code}
            onChange={(e) => set('code')(e.currentTarget.value)}
            error={errors.code}
          />
          <NativeSelect
            label={t('project.sector')}
            required
            value={values.sector}
            onChange={(e) => set('sector')(e.currentTarget.value)}
            data={[choose, ...options('sector')]}
            error={errors.sector}
          />
          <NativeSelect
            label={t('project.keyAction')}
            required
            value={values.keyAction}
            onChange={(e) => set('keyAction')(e.currentTarget.value)}
            data={[choose, ...options('key_action')]}
            error={errors.keyAction}
          />
          <NumberInput
            label={t('project.callYear')}
            required
            value={values.callYear}
            onChange={set('callYear')}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            error={errors.callYear}
          />
          <NativeSelect
            label={t('project.status')}
            value={values.status}
            onChange={(e) => set('status')(e.currentTarget.value)}
            data={options('project_status', (term) => term.code !== 'archived')}
            error={errors.status}
          />
          <TextInput
            type="date"
            label={t('project.startDate')}
            value={values.startDate}
            onChange={(e) => set('startDate')(e.currentTarget.value)}
            error={errors.startDate}
          />
          <TextInput
            type="date"
            label={t('project.endDate')}
            value={values.endDate}
            onChange={(e) => set('endDate')(e.currentTarget.value)}
            error={errors.endDate}
          />
          <NumberInput
            label={t('project.grant')}
            value={values.grantEur}
            onChange={set('grantEur')}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            prefix="€ "
            error={errors.grantEur}
          />
        </SimpleGrid>
        <Textarea
          label={t('project.summary')}
          autosize
          minRows={3}
          maxRows={10}
          value={values.summary}
          onChange={(e) => set('summary')(e.currentTarget.value)}
          error={errors.summary}
        />
        <Textarea
          label={t('project.aims')}
          description={t('project.aimsDescription')}
          autosize
          minRows={3}
          maxRows={10}
          value={values.aims}
          onChange={(e) => set('aims')(e.currentTarget.value)}
          error={errors.aims}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.busy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
