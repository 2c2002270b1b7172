import { Alert, Stack, Tabs, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { MOMENTS, type Moment } from '../../../shared/reference.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useUser } from '../auth/session.js';
import { InstrumentEditor } from './InstrumentEditor.js';
import { MomentLibrary } from './InstrumentVersions.js';
import { useInstruments } from './queries.js';
import { canAdminister } from '../../../shared/access.js';

/** The NA admin's library of standard questionnaires: every version per moment, and a new version by editing a copy. */
export function InstrumentsPage() {
  const { t } = useTranslation();
  const user = useUser();
  useDocumentTitle(t('questionnaires.instruments'));
  const library = useInstruments();
  const [params, setParams] = useSearchParams();
  const asked = params.get('moment');
  const moment: Moment = (MOMENTS as readonly string[]).includes(asked ?? '') ? (asked as Moment) : 'T0';
  const [editing, setEditing] = useState<Moment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const canPublish = canAdminister(user);

  const choose = (value: string | null) => {
    setEditing(null);
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        if (value) copy.set('moment', value);
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
      <QueryState query={library}>
        {(list) => (
          <Tabs value={moment} onChange={choose} keepMounted={false}>
            <Tabs.List aria-label={t('questionnaires.library.tabs')} mb="lg">
              {MOMENTS.map((m) => (
                <Tabs.Tab key={m} value={m} fw={600}>
                  {t(`questionnaires.momentFull.${m}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {MOMENTS.map((m) => {
              const versions = list.filter((i) => i.moment === m).sort((a, b) => b.version - a.version);
              const latest = versions[0];
              return (
                <Tabs.Panel key={m} value={m}>
                  {editing === m && latest ? (
                    <InstrumentEditor
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
                    <MomentLibrary moment={m} versions={versions} onEdit={canPublish && latest ? () => setEditing(m) : undefined} />
                  )}
                </Tabs.Panel>
              );
            })}
          </Tabs>
        )}
      </QueryState>
    </Stack>
  );
}
