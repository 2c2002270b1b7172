import { Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { elementInput, type Layer, nextLayer } from '../../../shared/impact-model.js';
import { impactModel as api } from '../../api/impact-model.js';
import { FormError } from '../../components/FormError.js';
import { translatedFieldErrors } from '../../lib/errors.js';
import { useLocale } from '../../lib/useLocale.js';
import { validate } from '../../lib/validation.js';
import { LeadsTo } from './LeadsTo.js';
import { addedElement, elementsOf, focusLater, PLANNING_ORDER, useModel } from './model.js';

/**
 * Planning right to left (the report's advice): the desired impact first, then the outcomes that
 * contribute to it, the outputs that lead to those, and the activities last. Each step adds
 * elements of one layer and ticks which elements of the step before each one leads to.
 */
export function GuidedPlanning({ onFinish }: { onFinish: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState(0);
  const layer = PLANNING_ORDER[step]!;
  const total = PLANNING_ORDER.length;
  const go = (to: number) => {
    setStep(to);
    focusLater('guided-step-heading');
  };

  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>{t('impactModel.guided.heading')}</Title>
        <Text c="dimmed" mt={4} maw="75ch">
          {t('impactModel.guided.intro')}
        </Text>
      </div>
      <nav aria-label={t('impactModel.guided.stepsLabel')}>
        <ol className="im-steps">
          {PLANNING_ORDER.map((l, i) => (
            <li key={l} className={i === step ? 'im-step im-step--current' : i < step ? 'im-step im-step--done' : 'im-step'}>
              <button type="button" className="im-step__button" aria-current={i === step ? 'step' : undefined} onClick={() => go(i)}>
                <span className="im-step__number" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="im-step__label">
                  <VisuallyHidden>{t('impactModel.guided.stepOf', { step: i + 1, total })}: </VisuallyHidden>
                  {t(`impactModel.layers.${l}`)}
                </span>
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="guided-step-heading">
        <Stack gap="md">
          <div>
            <Text fz="sm" fw={600} c="impact.9">
              {t('impactModel.guided.stepOf', { step: step + 1, total })}
            </Text>
            <Title order={3} id="guided-step-heading" tabIndex={-1} mt={2}>
              {t(`impactModel.guided.question.${layer}`)}
            </Title>
            <Text fz="sm" c="dimmed" mt={4} maw="75ch">
              {t(`impactModel.layerHint.${layer}`)}
            </Text>
          </div>
          <Entered layer={layer} />
          <AddInStep key={layer} layer={layer} />
        </Stack>
      </Paper>

      <Group justify="space-between">
        {step > 0 ? (
          <Button variant="default" onClick={() => go(step - 1)}>
            {t('impactModel.guided.back')}
          </Button>
        ) : (
          <span />
        )}
        {step < total - 1 ? (
          <Button onClick={() => go(step + 1)}>{t('impactModel.guided.next')}</Button>
        ) : (
          <Button onClick={onFinish}>{t('impactModel.guided.finish')}</Button>
        )}
      </Group>
    </Stack>
  );
}

/** The layer's elements entered so far, each with its links to the step before (as in the list view). */
function Entered({ layer }: { layer: Layer }) {
  const { t } = useTranslation();
  const { model } = useModel();
  const elements = elementsOf(model, layer);
  return (
    <div>
      <Title order={4} fz="sm" mb={6}>
        {t('impactModel.guided.entered')}
      </Title>
      {elements.length ? (
        <Stack component="ul" gap="xs" className="plain-list">
          {elements.map((element) => (
            <Paper key={element.id} component="li" radius="sm" p="sm" className={`im-entered im-card--${layer}`}>
              <Text fw={600} fz="sm">
                {element.title}
              </Text>
              {nextLayer(layer) ? (
                <div style={{ marginTop: 6 }}>
                  <LeadsTo element={element} />
                </div>
              ) : null}
            </Paper>
          ))}
        </Stack>
      ) : (
        <Text fz="sm" c="dimmed">
          {t('impactModel.guided.noneEntered')}
        </Text>
      )}
    </div>
  );
}

/** A new element of the step's layer and the elements of the next layer it leads to, created together. */
function AddInStep({ layer }: { layer: Layer }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { projectId, model, canEdit, run, announce } = useModel();
  const [title, setTitle] = useState('');
  const [targets, setTargets] = useState<string[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  if (!canEdit) return null;
  const next = nextLayer(layer);
  const options = next ? elementsOf(model, next) : [];
  const inputId = `guided-new-${layer}`;
  const formLabelId = `guided-form-${layer}`;
  const layerName = t(`impactModel.layerOne.${layer}`);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    const checked = validate(elementInput, { layer, title });
    if (!checked.ok) {
      setErrors(translatedFieldErrors(checked.errors, locale));
      focusLater(inputId);
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const before = model;
      let after = await run(() => api.addElement(projectId, checked.value));
      const added = addedElement(before, after, layer);
      if (added) {
        for (const toId of targets.filter((id) => options.some((o) => o.id === id))) {
          after = await run(() => api.addLink(projectId, { fromId: added.id, toId }));
        }
      }
      announce(t('impactModel.announce.added', { title: checked.value.title }));
      setTitle('');
      setTargets([]);
      focusLater(inputId);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={formLabelId} className="im-guided-form">
      <Stack gap="sm">
        <Title order={4} fz="sm" id={formLabelId}>
          {t('impactModel.guided.newTitle', { layer: layerName })}
        </Title>
        <FormError error={error} hasFieldErrors={false} />
        <TextInput
          id={inputId}
          label={t('impactModel.element.title')}
          required
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          error={errors.title}
        />
        {next && options.length ? (
          <Checkbox.Group label={t('impactModel.guided.leadsTo', { layer: t(`impactModel.layers.${next}`) })} value={targets} onChange={setTargets}>
            <Group gap="xs" mt={6} className="im-leads-to">
              {options.map((o) => (
                <Checkbox key={o.id} value={o.id} label={o.title} className="im-leads-to__option" />
              ))}
            </Group>
          </Checkbox.Group>
        ) : null}
        <Group>
          <Button type="submit" loading={busy}>
            {t('impactModel.guided.addButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
