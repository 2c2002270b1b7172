import { Button, FileInput, Group, MultiSelect, NativeSelect, Paper, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { SOURCE_KINDS, type SourceView, sourceInput, sourceUpload } from '../../../shared/coding.js';
import { LOCALES } from '../../../shared/reference.js';
import type { IntervieweeView } from '../../../shared/schemas.js';
import { FormError } from '../../components/FormError.js';
import { useTerms } from '../../lib/reference.js';
import { useLocale } from '../../lib/useLocale.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { orNull } from '../../lib/validation.js';
import { IntervieweeForm } from './IntervieweeForm.js';
import { useCreateSource, useUploadSource } from './queries.js';
import { usePersonLabel } from './ui.js';

type Mode = 'paste' | 'upload';

// the file itself goes along as a File; its name is checked as the server checks it
const uploadForm = sourceUpload.omit({ file: true }).extend({
  file: z.instanceof(File, { message: 'validation.required' }).refine((f) => /\.(txt|md|docx)$/i.test(f.name), { message: 'validation.file_type' }),
});

/** Adds a source: pasted text or an uploaded .txt, .md or .docx, with its date, language, moment and interviewees. */
export function SourceForm({
  projectId,
  interviewees,
  canAddInterviewee,
  onSaved,
  onCancel,
}: {
  projectId: string;
  interviewees: IntervieweeView[];
  canAddInterviewee: boolean;
  onSaved: (source: SourceView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { options } = useTerms();
  const locale = useLocale();
  const [mode, setMode] = useState<Mode>('upload');
  const [values, setValues] = useState({
    title: '',
    content: '',
    kind: 'interview',
    language: locale as string,
    moment: '',
    sourceDate: '',
    intervieweeIds: [] as string[],
  });
  const [file, setFile] = useState<File | null>(null);
  const set = <K extends keyof typeof values>(field: K, value: (typeof values)[K]) => setValues((v) => ({ ...v, [field]: value }));

  const paste = useSubmit(sourceInput, useCreateSource(projectId), onSaved);
  const upload = useSubmit(uploadForm, useUploadSource(projectId), onSaved);
  const form = mode === 'paste' ? paste : upload;
  const { errors } = form;

  const common = {
    kind: values.kind,
    language: values.language,
    moment: orNull(values.moment),
    sourceDate: orNull(values.sourceDate),
    intervieweeIds: values.intervieweeIds,
  };
  const input =
    mode === 'paste' ? { ...common, title: values.title, content: values.content } : { ...common, title: orNull(values.title), file: file ?? undefined };

  return (
    <form
      ref={(element) => {
        paste.formRef.current = element;
        upload.formRef.current = element;
      }}
      onSubmit={(e) => form.submit(e, input)}
      noValidate
    >
      <Stack>
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        <fieldset className="plain-fieldset">
          <Text component="legend" fz="sm" fw="var(--mantine-font-weight-medium)" mb={4}>
            {t('coding.form.how')}
          </Text>
          <SegmentedControl
            value={mode}
            onChange={(value) => setMode(value as Mode)}
            data={[
              { value: 'upload', label: t('coding.form.upload') },
              { value: 'paste', label: t('coding.form.paste') },
            ]}
          />
        </fieldset>
        {mode === 'upload' ? (
          <Stack gap={4}>
            <FileInput
              label={t('coding.form.file')}
              description={t('coding.form.fileDescription')}
              placeholder={t('coding.form.filePlaceholder')}
              accept=".txt,.md,.docx,text/plain,text/markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              required
              clearable
              clearButtonProps={{ 'aria-label': t('coding.clear') }}
              value={file}
              onChange={setFile}
              error={errors.file}
            />
            {file ? (
              <Text fz="sm" c="dimmed" role="status">
                {t('coding.form.fileChosen', { name: file.name, size: Math.max(1, Math.round(file.size / 1024)) })}
              </Text>
            ) : null}
          </Stack>
        ) : (
          <Textarea
            label={t('coding.form.content')}
            description={t('coding.form.contentDescription')}
            required
            autosize
            minRows={6}
            maxRows={14}
            value={values.content}
            onChange={(e) => set('content', e.currentTarget.value)}
            error={errors.content}
          />
        )}
        <TextInput
          label={t('coding.form.titleField')}
          description={mode === 'upload' ? t('coding.form.titleOptional') : undefined}
          required={mode === 'paste'}
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={errors.title}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('coding.form.kind')}
            value={values.kind}
            onChange={(e) => set('kind', e.currentTarget.value)}
            data={SOURCE_KINDS.map((kind) => ({ value: kind, label: t(`coding.kinds.${kind}`) }))}
            error={errors.kind}
          />
          <NativeSelect
            label={t('coding.form.language')}
            required
            value={values.language}
            onChange={(e) => set('language', e.currentTarget.value)}
            data={LOCALES.map((l) => ({ value: l, label: t(`coding.languages.${l}`) }))}
            error={errors.language}
          />
          <NativeSelect
            label={t('coding.form.moment')}
            value={values.moment}
            onChange={(e) => set('moment', e.currentTarget.value)}
            data={[{ value: '', label: t('coding.noMoment') }, ...options('moment')]}
            error={errors.moment}
          />
          <TextInput
            type="date"
            label={t('coding.form.date')}
            description={t('coding.form.dateDescription')}
            value={values.sourceDate}
            onChange={(e) => set('sourceDate', e.currentTarget.value)}
            error={errors.sourceDate}
          />
        </SimpleGrid>
        <IntervieweesField
          projectId={projectId}
          interviewees={interviewees}
          canAdd={canAddInterviewee}
          value={values.intervieweeIds}
          onChange={(ids) => set('intervieweeIds', ids)}
          error={errors.intervieweeIds}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.busy}>
            {t('coding.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Who speaks in the source: the project's interviewees, and one added on the spot (chosen at once). */
function IntervieweesField({
  projectId,
  interviewees,
  canAdd,
  value,
  onChange,
  error,
}: {
  projectId: string;
  interviewees: IntervieweeView[];
  canAdd: boolean;
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const personLabel = usePersonLabel();
  const [adding, setAdding] = useState(false);
  const people = interviewees.map((p) => ({ value: p.id, label: personLabel(p) }));
  return (
    <>
      <MultiSelect
        label={t('coding.form.interviewees')}
        description={t('coding.form.intervieweesDescription')}
        placeholder={people.length ? undefined : t('coding.form.noInterviewees')}
        data={people}
        value={value}
        onChange={onChange}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('coding.clear') }}
        hidePickedOptions
        error={error}
        comboboxProps={{ withinPortal: true }}
      />
      {canAdd ? (
        adding ? (
          <Paper withBorder radius="md" p="md" bg="gray.0">
            <IntervieweeForm
              projectId={projectId}
              onAdded={(person) => {
                onChange([...value, person.id]);
                setAdding(false);
              }}
              onCancel={() => setAdding(false)}
            />
          </Paper>
        ) : (
          <Group>
            <Button variant="subtle" size="compact-sm" onClick={() => setAdding(true)}>
              {t('coding.people.addNew')}
            </Button>
          </Group>
        )
      ) : null}
    </>
  );
}
