import { Alert, Button, Checkbox, Fieldset, Group, NativeSelect, NumberInput, Paper, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_MOMENTS, momentSettingInput, type MomentSettingsView, SURVEY_MOMENTS, type SurveyMoment } from '../../../shared/questionnaires.js';
import { ApiError } from '../../api/client.js';
import { FormError } from '../../components/FormError.js';
import { QueryState } from '../../components/QueryState.js';
import { translatedFieldErrors } from '../../lib/errors.js';
import { useLocale } from '../../lib/useLocale.js';
import { validate } from '../../lib/validation.js';
import { useMomentSettings, useSaveMomentSettings } from './queries.js';

type Anchor = 'start' | 'end';
interface MomentDraft {
  moment: SurveyMoment;
  enabled: boolean;
  days: number | string;
  direction: 'before' | 'after';
  anchor: Anchor;
}

const toDraft = (m: { moment: SurveyMoment; enabled: boolean; anchor: Anchor; offsetDays: number }): MomentDraft => ({
  moment: m.moment,
  enabled: m.enabled,
  days: Math.abs(m.offsetDays),
  direction: m.offsetDays < 0 ? 'before' : 'after',
  anchor: m.anchor,
});

/** Which moments the project uses and when, the reminders, and anonymous answering. */
export function MomentSettings({ projectId, canEdit }: { projectId: string; canEdit: boolean }) {
  const settings = useMomentSettings(projectId);
  return <QueryState query={settings}>{(initial) => <SettingsForm projectId={projectId} canEdit={canEdit} initial={initial} />}</QueryState>;
}

function SettingsForm({ projectId, canEdit, initial }: { projectId: string; canEdit: boolean; initial: MomentSettingsView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const save = useSaveMomentSettings(projectId);
  const [moments, setMoments] = useState<MomentDraft[]>(() =>
    SURVEY_MOMENTS.map((m) => toDraft(initial.moments.find((x) => x.moment === m) ?? { moment: m, enabled: true, ...DEFAULT_MOMENTS[m] })),
  );
  const [reminders, setReminders] = useState<(number | string)[]>([initial.reminderDays[0] ?? '', initial.reminderDays[1] ?? '']);
  const [anonymous, setAnonymous] = useState(initial.anonymous);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(undefined);
  const [saved, setSaved] = useState(false);
  const savedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  const update = (i: number, patch: Partial<MomentDraft>) => {
    setSaved(false);
    setMoments((list) => list.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  };

  function input() {
    const reminderDays = reminders.filter((r) => r !== '').map(Number);
    return {
      moments: moments.map((m) => ({
        moment: m.moment,
        enabled: m.enabled,
        anchor: m.anchor,
        offsetDays: (m.direction === 'before' ? -1 : 1) * Number(m.days === '' ? 0 : m.days),
      })),
      anonymous,
      reminderDays,
    };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    const value = input();
    const checked = validate(momentSettingInput, value);
    const local: Record<string, string> = checked.ok ? {} : checked.errors;
    if (value.reminderDays.length === 2 && value.reminderDays[1]! <= value.reminderDays[0]!) local['reminderDays.1'] = 'validation.reminder_order';
    if (!checked.ok || Object.keys(local).length) {
      setErrors(local);
      return;
    }
    try {
      await save.mutateAsync(checked.value);
    } catch (err) {
      setError(err);
      if (err instanceof ApiError) setErrors(err.fieldErrors);
      return;
    }
    setErrors({});
    setSaved(true);
  }

  const messages = translatedFieldErrors(errors, locale);
  const reminderError = (i: number) => messages[`reminderDays.${i}`] ?? (i === 0 ? messages.reminderDays : undefined);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Text c="dimmed" maw="75ch">
          {t('questionnaires.settings.intro')}
        </Text>
        <FormError error={error} hasFieldErrors={Object.keys(errors).length > 0} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {moments.map((m, i) => (
            <MomentFieldset key={m.moment} draft={m} canEdit={canEdit} error={messages[`moments.${i}.offsetDays`]} onChange={(patch) => update(i, patch)} />
          ))}
        </SimpleGrid>
        <Text fz="sm">{t('questionnaires.settings.daily')}</Text>

        <Paper withBorder radius="md" p="md">
          <Stack gap="sm">
            <Title order={3} fz="md">
              {t('questionnaires.settings.reminders')}
            </Title>
            <Text fz="sm" c="dimmed">
              {t('questionnaires.settings.remindersIntro')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {[0, 1].map((i) => (
                <NumberInput
                  key={i}
                  label={i === 0 ? t('questionnaires.settings.reminder1') : t('questionnaires.settings.reminder2')}
                  min={1}
                  max={60}
                  allowDecimal={false}
                  allowNegative={false}
                  value={reminders[i]}
                  onChange={(v) => {
                    setSaved(false);
                    setReminders((r) => r.map((x, j) => (j === i ? v : x)));
                  }}
                  disabled={!canEdit}
                  error={reminderError(i)}
                />
              ))}
            </SimpleGrid>
          </Stack>
        </Paper>

        <Paper withBorder radius="md" p="md">
          <Switch
            label={t('questionnaires.settings.anonymous')}
            description={t('questionnaires.settings.anonymousHelp')}
            checked={anonymous}
            onChange={(e) => {
              setSaved(false);
              setAnonymous(e.currentTarget.checked);
            }}
            disabled={!canEdit}
            styles={{ label: { fontWeight: 600 }, description: { maxWidth: '75ch' } }}
          />
        </Paper>

        <div role="status">
          {saved ? (
            <Alert ref={savedRef} tabIndex={-1} color="green" variant="light">
              <Text fz="sm" c="dark.9">
                {t('questionnaires.settings.saved')}
              </Text>
            </Alert>
          ) : null}
        </div>

        {canEdit ? (
          <Group justify="space-between" align="center">
            <Text fz="sm" c="dimmed" maw="60ch">
              {t('questionnaires.settings.replanNote')}
            </Text>
            <Group gap="sm">
              <Button
                variant="default"
                onClick={() => {
                  setSaved(false);
                  setMoments(SURVEY_MOMENTS.map((m) => toDraft({ moment: m, enabled: true, ...DEFAULT_MOMENTS[m] })));
                  setReminders([7, 14]);
                }}
              >
                {t('questionnaires.settings.restore')}
              </Button>
              <Button type="submit" loading={save.isPending}>
                {t('questionnaires.settings.save')}
              </Button>
            </Group>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}

/** One moment: whether the project uses it and when, relative to the start or the end of the activity. */
function MomentFieldset({
  draft,
  canEdit,
  error,
  onChange,
}: {
  draft: MomentDraft;
  canEdit: boolean;
  error?: string;
  onChange: (patch: Partial<MomentDraft>) => void;
}) {
  const { t } = useTranslation();
  const fallback = DEFAULT_MOMENTS[draft.moment];
  const anchorText = (a: Anchor) => (a === 'start' ? t('questionnaires.settings.anchorStart') : t('questionnaires.settings.anchorEnd'));
  const summary = (m: { days: number | string; direction: 'before' | 'after'; anchor: Anchor }) =>
    Number(m.days) === 0
      ? t('questionnaires.settings.summaryOn', { anchor: anchorText(m.anchor) })
      : t('questionnaires.settings.summary', { days: m.days, direction: t(`questionnaires.settings.${m.direction}`), anchor: anchorText(m.anchor) });
  return (
    <Fieldset legend={t(`questionnaires.momentFull.${draft.moment}`)} radius="md" disabled={!canEdit}>
      <Stack gap="sm">
        <Checkbox
          label={t('questionnaires.settings.use', { moment: draft.moment })}
          checked={draft.enabled}
          onChange={(e) => onChange({ enabled: e.currentTarget.checked })}
        />
        <Group gap="xs" align="flex-start" wrap="wrap">
          <NumberInput
            w={112}
            label={t('questionnaires.settings.days')}
            min={0}
            max={3650}
            allowDecimal={false}
            allowNegative={false}
            value={draft.days}
            onChange={(v) => onChange({ days: v })}
            disabled={!draft.enabled || !canEdit}
            error={error}
          />
          <NativeSelect
            w={104}
            label={t('questionnaires.settings.direction')}
            value={draft.direction}
            onChange={(e) => onChange({ direction: e.currentTarget.value as MomentDraft['direction'] })}
            data={[
              { value: 'before', label: t('questionnaires.settings.before') },
              { value: 'after', label: t('questionnaires.settings.after') },
            ]}
            disabled={!draft.enabled || !canEdit}
          />
          <NativeSelect
            style={{ flex: '1 1 10rem' }}
            label={t('questionnaires.settings.anchor')}
            value={draft.anchor}
            onChange={(e) => onChange({ anchor: e.currentTarget.value as Anchor })}
            data={[
              { value: 'start', label: t('questionnaires.settings.optionStart') },
              { value: 'end', label: t('questionnaires.settings.optionEnd') },
            ]}
            disabled={!draft.enabled || !canEdit}
          />
        </Group>
        <Text fz="sm" fw={600}>
          {draft.enabled ? summary(draft) : t('questionnaires.settings.off')}
        </Text>
        <Text fz="xs" c="dimmed">
          {t('questionnaires.settings.defaultIs', { summary: summary(toDraft({ moment: draft.moment, enabled: true, ...fallback })) })}
        </Text>
      </Stack>
    </Fieldset>
  );
}
