import { Alert, NativeSelect, Stack, Tabs, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { INSTRUMENT_AUDIENCES, type InstrumentAudience, ORGANISATION_MOMENTS } from '../../../shared/questionnaires.js';
import { MOMENTS, type Moment } from '../../../shared/reference.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useUser } from '../auth/session.js';
import { InstrumentEditor } from './InstrumentEditor.js';
import { MomentLibrary } from './InstrumentVersions.js';
import { LibraryOverview } from './LibraryOverview.js';
import { useInstruments } from './queries.js';
import { canAdminister } from '../../../shared/access.js';

/**
 * The library of standard questionnaires, the participants' and the organisation's: every version
 * per moment, a new version by editing a copy (the NA admin), and what the current versions cover
 * and how long they take.
 */
export function InstrumentsPage() {
  const { t } = useTranslation();
  const user = useUser();
  useDocumentTitle(t('questionnaires.instruments'));
  const library = useInstruments();
  const [params, setParams] = useSearchParams();
  const askedAudience = params.get('audience');
  const audience: InstrumentAudience = (INSTRUMENT_AUDIENCES as readonly string[]).includes(askedAudience ?? '')
    ? (askedAudience as InstrumentAudience)
    : 'participant';
  const moments: readonly Moment[] = audience === 'organisation' ? ORGANISATION_MOMENTS : MOMENTS;
  const asked = params.get('moment');
  const moment: Moment = moments.includes(asked as Moment) ? (asked as Moment) : 'T0';
  const [editing, setEditing] = useState<Moment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const canPublish = canAdminister(user);

  const choose = (name: 'moment' | 'audience', value: string | null) => {
    setEditing(null);
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (value) copy.set(name, value);
        if (name === 'audience') copy.delete('moment');
        return copy;
      },
      { replace: true },
    );
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('questionnaires.instruments')} description={t('questionnaires.library.intro')} />
      <div role="status">
        {notice ? (
          <Alert
            ref={noticeRef}
            tabIndex={-1}
            color="green"
            variant="light"
            withCloseButton
            onClose={() => setNotice(null)}
            closeButtonLabel={t('common.close')}
          >
            <Text fz="sm" c="dark.9">
              {notice}
            </Text>
          </Alert>
        ) : null}
      </div>
      <NativeSelect
        label={t('instruments.library.audience')}
        value={audience}
        onChange={(e) => choose('audience', e.currentTarget.value)}
        data={INSTRUMENT_AUDIENCES.map((a) => ({ value: a, label: t(`instruments.library.audiences.${a}`) }))}
        maw={320}
      />
      <QueryState query={library}>
        {(all) => {
          const list = all.filter((i) => i.audience === audience);
          return (
            <Tabs value={moment} onChange={(value) => choose('moment', value)} keepMounted={false}>
              <Tabs.List aria-label={t('questionnaires.library.tabs')} mb="lg">
                {moments.map((m) => (
                  <Tabs.Tab key={m} value={m} fw={600}>
                    {t(`questionnaires.momentFull.${m}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {moments.map((m) => {
                const versions = list.filter((i) => i.moment === m).sort((a, b) => b.version - a.version);
                const latest = versions[0];
                return (
                  <Tabs.Panel key={m} value={m}>
                    {editing === m && latest ? (
                      <InstrumentEditor
                        audience={audience}
                        moment={m}
                        base={latest}
                        onCancel={() => setEditing(null)}
                        onPublished={(published) => {
                          setEditing(null);
                          setNotice(t('questionnaires.library.publishedNotice', { version: published.version, moment: m }));
                          setTimeout(() => noticeRef.current?.focus(), 0);
                        }}
                      />
                    ) : (
                      <MomentLibrary audience={audience} moment={m} versions={versions} onEdit={canPublish && latest ? () => setEditing(m) : undefined} />
                    )}
                  </Tabs.Panel>
                );
              })}
            </Tabs>
          );
        }}
      </QueryState>
      <QueryState query={library}>{(list) => <LibraryOverview library={list} />}</QueryState>
    </Stack>
  );
}
