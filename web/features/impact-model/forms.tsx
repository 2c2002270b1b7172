import { Button, Checkbox, Group, NativeSelect, NumberInput, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ElementInput,
  type ElementPatch,
  type ElementView,
  elementInput,
  elementPatch,
  type ImpactModelView,
  type IndicatorInput,
  type IndicatorView,
  indicatorInput,
  type Layer,
  MEASURED_BY,
  MEASURED_MOMENTS,
} from '../../../shared/impact-model.js';
import { IMPACT_LEVELS } from '../../../shared/reference.js';
import { impactModel as api } from '../../api/impact-model.js';
import { FormError } from '../../components/FormError.js';
import { useTerms } from '../../lib/reference.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { orNull } from '../../lib/validation.js';
import { useCodebook } from './labels.js';
import { useModel } from './model.js';
import { useModelWrite } from './queries.js';

function FormButtons({ busy, onCancel, submitLabel }: { busy: boolean; onCancel: () => void; submitLabel?: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={busy}>
        {submitLabel ?? t('common.save')}
      </Button>
    </Group>
  );
}

/** Adds an element to a layer (no `element`) or changes one's title and explanation. */
export function ElementForm({
  layer,
  element,
  onSaved,
  onCancel,
}: {
  layer: Layer;
  element?: ElementView;
  onSaved: (model: ImpactModelView, title: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { projectId } = useModel();
  const [title, setTitle] = useState(element?.title ?? '');
  const [description, setDescription] = useState(element?.description ?? '');
  const input = { layer, title, description: orNull(description) };
  const add = useSubmit(
    elementInput,
    useModelWrite(projectId, (value: ElementInput) => api.addElement(projectId, value)),
    (model) => onSaved(model, title.trim()),
  );
  const edit = useSubmit(
    elementPatch,
    useModelWrite(projectId, (value: ElementPatch) => api.updateElement(projectId, element?.id ?? '', value)),
    (model) => onSaved(model, title.trim()),
  );
  const form = element ? edit : add;
  return (
    <form ref={form.formRef} onSubmit={(e) => form.submit(e, element ? { title, description: orNull(description) } : input)} noValidate>
      <Stack>
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        <TextInput
          label={t('impactModel.element.title')}
          description={t(`impactModel.layerHint.${layer}`)}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={form.errors.title}
          data-autofocus
        />
        <Textarea
          label={t('impactModel.element.description')}
          description={t('impactModel.element.descriptionHint')}
          autosize
          minRows={2}
          maxRows={8}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={form.errors.description}
        />
        <FormButtons busy={form.busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/** Adds an indicator to an outcome or changes one: typology code, level, target, and how and when it is measured. */
export function IndicatorForm({
  element,
  indicator,
  onSaved,
  onCancel,
}: {
  element: ElementView;
  indicator?: IndicatorView;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { projectId } = useModel();
  const { options, label } = useTerms();
  const typology = useCodebook('typology');
  const [values, setValues] = useState({
    typologyCode: indicator?.typologyCode ?? '',
    level: indicator?.level ?? '',
    targetText: indicator?.targetText ?? '',
    targetNumber: (indicator?.targetNumber ?? '') as string | number,
    measuredBy: indicator?.measuredBy ?? '',
    moments: (indicator?.moments ?? []) as string[],
  });
  const set = <K extends keyof typeof values>(field: K, value: (typeof values)[K]) => setValues((v) => ({ ...v, [field]: value }));
  const form = useSubmit(
    indicatorInput,
    useModelWrite(projectId, (value: IndicatorInput) =>
      indicator ? api.updateIndicator(projectId, element.id, indicator.id, value) : api.addIndicator(projectId, element.id, value),
    ),
    onSaved,
  );
  const { errors } = form;
  const input = {
    ...values,
    targetNumber: values.targetNumber === '' ? null : Number(values.targetNumber),
  };
  const levelOptions = options('impact_level');
  return (
    <form ref={form.formRef} onSubmit={(e) => form.submit(e, input)} noValidate>
      <Stack>
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        <NativeSelect
          label={t('impactModel.indicators.typology')}
          description={t('impactModel.indicators.typologyHint')}
          required
          value={values.typologyCode}
          onChange={(e) => set('typologyCode', e.currentTarget.value as typeof values.typologyCode)}
          data={[{ value: '', label: t('common.choose') }, ...typology.groups]}
          error={errors.typologyCode}
          data-autofocus
        />
        <Radio.Group
          label={t('impactModel.indicators.level')}
          required
          value={values.level}
          onChange={(v) => set('level', v as typeof values.level)}
          error={errors.level}
        >
          <Stack gap={6} mt={6}>
            {(levelOptions.length ? levelOptions : IMPACT_LEVELS.map((l) => ({ value: l, label: label('impact_level', l) }))).map((o) => (
              <Radio key={o.value} value={o.value} label={o.label} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('impactModel.indicators.targetText')}
          description={t('impactModel.indicators.targetTextHint')}
          required
          autosize
          minRows={2}
          maxRows={6}
          value={values.targetText}
          onChange={(e) => set('targetText', e.currentTarget.value)}
          error={errors.targetText}
        />
        <NumberInput
          label={t('impactModel.indicators.targetNumber')}
          description={t('impactModel.indicators.targetNumberHint')}
          value={values.targetNumber}
          onChange={(v) => set('targetNumber', v)}
          hideControls
          maw={220}
          error={errors.targetNumber}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
          <Radio.Group
            label={t('impactModel.indicators.measuredBy')}
            required
            value={values.measuredBy}
            onChange={(v) => set('measuredBy', v as typeof values.measuredBy)}
            error={errors.measuredBy}
          >
            <Stack gap={6} mt={6}>
              {MEASURED_BY.map((m) => (
                <Radio key={m} value={m} label={t(`impactModel.indicators.measuredByOptions.${m}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Checkbox.Group
            label={t('impactModel.indicators.moments')}
            required
            value={values.moments}
            onChange={(v) => set('moments', v)}
            error={errors.moments}
          >
            <Stack gap={6} mt={6}>
              {MEASURED_MOMENTS.map((m) => (
                <Checkbox key={m} value={m} label={label('moment', m)} />
              ))}
            </Stack>
          </Checkbox.Group>
        </SimpleGrid>
        <FormButtons busy={form.busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
