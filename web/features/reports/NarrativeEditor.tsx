import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../../shared/reference.js';
import { type NarrativeKey, type NarrativeView, sectionsOf } from '../../../shared/reports.js';
import { QueryState } from '../../components/QueryState.js';
import { ErrorAlert } from '../../components/States.js';
import { StatusNotice } from '../../components/StatusNotice.js';
import { dateTime } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { useNarratives, useNarrativeVersion, useSaveNarrative } from './queries.js';

type Sections = Record<string, string>;

/**
 * The researcher's own words, per case (the organisation of the chosen projects) or for the
 * cross-case analysis, per section and language. Each save is a new version; earlier versions can
 * be loaded back into the editor.
 */
export function NarrativeEditor({ cases }: { cases: { organisationId: string; name: string }[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [subject, setSubject] = useState<string>('');
  const [lang, setLang] = useState<Locale>(locale);
  // the chosen case leaves the list when its projects are no longer chosen
  const current = subject && !cases.some((c) => c.organisationId === subject) ? '' : subject;
  const key: NarrativeKey = current ? { kind: 'case', organisationId: current, lang } : { kind: 'cross-case', lang };
  const history = useNarratives(key);
  // kept out of the editor, which starts afresh with each new version
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end" wrap="wrap">
        <NativeSelect
          label={t('reports.texts.subject')}
          value={current}
          onChange={(e) => setSubject(e.currentTarget.value)}
          data={[{ value: '', label: t('reports.texts.crossCase') }, ...cases.map((c) => ({ value: c.organisationId, label: c.name }))]}
        />
        <NativeSelect
          label={t('reports.texts.language')}
          value={lang}
          onChange={(e) => setLang(e.currentTarget.value as Locale)}
          data={LOCALES.map((l) => ({ value: l, label: l === 'nl' ? 'Nederlands' : 'English' }))}
        />
      </Group>
      {!cases.length ? (
        <Text fz="sm" c="dimmed">
          {t('reports.texts.chooseFirst')}
        </Text>
      ) : null}
      <QueryState query={history}>
        {(h) => (
          <Editor
            key={`${key.kind}|${current}|${lang}|${h.latest?.id ?? 'new'}`}
            narrativeKey={key}
            latest={h.latest}
            versions={h.versions}
            onSaved={(version) => setNotice(t('reports.texts.saved', { version }))}
          />
        )}
      </QueryState>
      <StatusNotice notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}

interface EditorProps {
  narrativeKey: NarrativeKey;
  latest: NarrativeView | null;
  versions: { id: string; version: number; createdAt: string; createdBy: { name: string } | null }[];
  onSaved: (version: number) => void;
}

function Editor({ narrativeKey, latest, versions, onSaved }: EditorProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const sections = sectionsOf(narrativeKey.kind);
  const [texts, setTexts] = useState<Sections>(() => latest?.sections ?? {});
  const [load, setLoad] = useState<string | null>(null);
  const loaded = useNarrativeVersion(load);
  useEffect(() => {
    if (loaded.data) setTexts(loaded.data.sections);
  }, [loaded.data]);
  const save = useSaveNarrative();
  const submit = async () => {
    const view = await save.mutateAsync({ ...narrativeKey, sections: texts });
    onSaved(view.version);
  };
  return (
    <Stack gap="md">
      {sections.map((s) => (
        <Textarea
          key={s}
          label={t(`reports.texts.sections.${s as 'intro'}`)}
          value={texts[s] ?? ''}
          onChange={(e) => setTexts({ ...texts, [s]: e.currentTarget.value })}
          autosize
          minRows={2}
          maxRows={12}
        />
      ))}
      <Group>
        <Button onClick={() => void submit().catch(() => undefined)} loading={save.isPending}>
          {t('reports.texts.save')}
        </Button>
      </Group>
      {save.error ? <ErrorAlert error={save.error} /> : null}
      <Paper withBorder radius="md" p="sm">
        <Text fw={600} fz="sm" mb={4}>
          {t('reports.texts.versions')}
        </Text>
        {versions.length ? (
          <Stack gap={4} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {versions.map((v) => (
              <Group component="li" key={v.id} gap="sm" justify="space-between" wrap="nowrap">
                <Text fz="sm">{t('reports.texts.version', { version: v.version, date: dateTime(v.createdAt, locale), name: v.createdBy?.name ?? '–' })}</Text>
                <Button size="compact-xs" variant="default" onClick={() => setLoad(v.id)} aria-label={`${t('reports.texts.load')}: ${v.version}`}>
                  {t('reports.texts.load')}
                </Button>
              </Group>
            ))}
          </Stack>
        ) : (
          <Text fz="sm" c="dimmed">
            {t('reports.texts.noVersions')}
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
