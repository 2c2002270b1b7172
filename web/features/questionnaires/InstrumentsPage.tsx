import {
  Accordion,
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { type InstrumentView, instrumentInput, ITEM_KINDS } from '../../../shared/questionnaires.js';
import { MOMENTS, type Moment } from '../../../shared/reference.js';
import { instruments as instrumentsApi } from '../../api/questionnaires.js';
import { FormError } from '../../components/FormError.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorAlert, LoadingState } from '../../components/States.js';
import { useApi } from '../../lib/useApi.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { orNull } from '../../lib/validation.js';
import { useUser } from '../auth/session.js';
import { dateTime, Empty, useCodeOptions, useLocale } from './ui.js';
import { canAdminister } from '../../../shared/access.js';

type Kind = (typeof ITEM_KINDS)[number];
interface ItemDraft {
  uid: number;
  key: string;
  kind: Kind;
  typologyCode: string;
  factorCode: string;
  nl: string;
  en: string;
  required: boolean;
}

/** The NA admin's library of standard questionnaires: every version per moment, and a new version by editing a copy. */
export function InstrumentsPage() {
  const { t } = useTranslation();
  const user = useUser();
  useDocumentTitle(t('questionnaires.instruments'));
  const library = useApi('instruments', (signal) => instrumentsApi.list(signal));
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
      {library.error && !library.data ? <ErrorAlert error={library.error} onRetry={library.reload} /> : null}
      {!library.data && !library.error ? <LoadingState /> : null}
      {library.data ? (
        <Tabs value={moment} onChange={choose} keepMounted={false}>
          <Tabs.List aria-label={t('questionnaires.library.tabs')} mb="lg">
            {MOMENTS.map((m) => (
              <Tabs.Tab key={m} value={m} fw={600}>
                {t(`questionnaires.momentFull.${m}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {MOMENTS.map((m) => {
            const versions = library.data!.filter((i) => i.moment === m).sort((a, b) => b.version - a.version);
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
                      library.setData([...library.data!, published]);
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
      ) : null}
    </Stack>
  );
}

function MomentLibrary({ moment, versions, onEdit }: { moment: Moment; versions: InstrumentView[]; onEdit?: () => void }) {
  const { t } = useTranslation();
  const [latest, ...earlier] = versions;
  const headingId = `moment-${moment}`;
  return (
    <section aria-labelledby={headingId}>
      <Group justify="space-between" align="center" mb="sm">
        <Title order={2} id={headingId}>
          {t(`questionnaires.momentFull.${moment}`)}
        </Title>
        {onEdit ? <Button onClick={onEdit}>{t('questionnaires.library.edit')}</Button> : null}
      </Group>
      {!latest ? (
        <Empty>{t('questionnaires.library.none')}</Empty>
      ) : (
        <Stack gap="lg">
          <VersionDetails instrument={latest} current />
          {earlier.length ? (
            <div>
              <Title order={3} fz="md" mb="xs">
                {t('questionnaires.library.earlier', { count: earlier.length })}
              </Title>
              <Accordion variant="separated" radius="md" chevronPosition="left">
                {earlier.map((v) => (
                  <Accordion.Item key={v.id} value={v.id}>
                    <Accordion.Control>
                      {t('questionnaires.library.version', { version: v.version })} · {v.titleNl}
                    </Accordion.Control>
                    <Accordion.Panel>
                      <VersionDetails instrument={v} current={false} />
                    </Accordion.Panel>
                  </Accordion.Item>
                ))}
              </Accordion>
            </div>
          ) : null}
        </Stack>
      )}
    </section>
  );
}

function VersionDetails({ instrument, current }: { instrument: InstrumentView; current: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const typology = useCodeOptions('typology');
  const factors = useCodeOptions('factors');
  return (
    <Stack gap="sm">
      <Paper withBorder radius="md" p="md">
        <Stack gap="xs">
          <Group gap="xs">
            {current ? (
              <span className="q-pill" data-status="completed">
                {t('questionnaires.library.current')}
              </span>
            ) : null}
            <Text fw={700}>{t('questionnaires.library.version', { version: instrument.version })}</Text>
            <Text fz="sm" c="dimmed">
              {instrument.publishedAt ? t('questionnaires.library.published', { date: dateTime(instrument.publishedAt, locale) }) : null} ·{' '}
              {t('questionnaires.library.items', { count: instrument.items.length })}
            </Text>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <div lang="nl">
              <Text fw={600}>{instrument.titleNl}</Text>
              {instrument.introNl ? <Text fz="sm">{instrument.introNl}</Text> : null}
            </div>
            <div lang="en">
              <Text fw={600}>{instrument.titleEn}</Text>
              {instrument.introEn ? <Text fz="sm">{instrument.introEn}</Text> : null}
            </div>
          </SimpleGrid>
        </Stack>
      </Paper>
      <div className="table-wrap">
        <Table aria-label={t('questionnaires.library.itemsTable', { moment: instrument.moment, version: instrument.version })} verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('questionnaires.library.number')}</Table.Th>
              <Table.Th scope="col">{t('questionnaires.library.kind')}</Table.Th>
              <Table.Th scope="col">{t('questionnaires.library.code')}</Table.Th>
              <Table.Th scope="col">{t('questionnaires.library.nl')}</Table.Th>
              <Table.Th scope="col">{t('questionnaires.library.en')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {instrument.items.map((item, i) => {
              const code = item.typologyCode ?? item.factorCode;
              return (
                <Table.Tr key={item.id} style={{ verticalAlign: 'top' }}>
                  <Table.Td fz="sm">{i + 1}</Table.Td>
                  <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                    <span className="tag">{t(`questionnaires.library.kinds.${item.kind}`)}</span>
                    <Text fz="xs" c="dimmed" mt={4}>
                      {item.key}
                    </Text>
                    {item.required ? (
                      <Text fz="xs" fw={600} mt={2}>
                        {t('questionnaires.library.requiredMark')}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td fz="sm" style={{ minWidth: '10rem' }}>
                    {code ? (
                      <>
                        <Text fz="sm" fw={600}>
                          {code}
                        </Text>
                        <Text fz="xs" c="dimmed">
                          {item.typologyCode ? typology.label(code) : factors.label(code)}
                        </Text>
                      </>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td fz="sm" lang="nl" style={{ minWidth: '16rem' }}>
                    {item.nl}
                  </Table.Td>
                  <Table.Td fz="sm" lang="en" style={{ minWidth: '16rem' }}>
                    {item.en}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </div>
    </Stack>
  );
}

let nextUid = 1;
const draftOf = (item: InstrumentView['items'][number]): ItemDraft => ({
  uid: nextUid++,
  key: item.key,
  kind: item.kind,
  typologyCode: item.typologyCode ?? '',
  factorCode: item.factorCode ?? '',
  nl: item.nl,
  en: item.en,
  required: item.required,
});

/** A copy of the latest version to change and publish as the next version. */
function InstrumentEditor({
  moment,
  base,
  onCancel,
  onPublished,
}: {
  moment: Moment;
  base: InstrumentView;
  onCancel: () => void;
  onPublished: (v: InstrumentView) => void;
}) {
  const { t } = useTranslation();
  const typology = useCodeOptions('typology');
  const factors = useCodeOptions('factors');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [head, setHead] = useState({ titleNl: base.titleNl, titleEn: base.titleEn, introNl: base.introNl ?? '', introEn: base.introEn ?? '' });
  const [items, setItems] = useState<ItemDraft[]>(() => base.items.map(draftOf));
  const form = useSubmit(instrumentInput, (value) => instrumentsApi.publish(moment, value), onPublished);
  const { errors } = form;

  const update = (uid: number, patch: Partial<ItemDraft>) => setItems((list) => list.map((i) => (i.uid === uid ? { ...i, ...patch } : i)));
  const focusLater = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= items.length) return;
    const list = [...items];
    const [moved] = list.splice(index, 1);
    list.splice(target, 0, moved!);
    setItems(list);
    // keep the keyboard on the item that moved, or on the other button when it reached an end
    const atEnd = target === 0 || target === list.length - 1;
    focusLater(`item-${moved!.uid}-${atEnd ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'}`);
  };
  const remove = (index: number) => {
    const list = items.filter((_, i) => i !== index);
    setItems(list);
    const neighbour = list[Math.min(index, list.length - 1)];
    if (neighbour) focusLater(`item-${neighbour.uid}-key`);
  };
  const add = () => {
    const item: ItemDraft = { uid: nextUid++, key: '', kind: 'state', typologyCode: '', factorCode: '', nl: '', en: '', required: false };
    setItems((list) => [...list, item]);
    focusLater(`item-${item.uid}-key`);
  };

  const input = {
    titleNl: head.titleNl,
    titleEn: head.titleEn,
    introNl: orNull(head.introNl),
    introEn: orNull(head.introEn),
    items: items.map((i) => ({
      key: i.key.trim(),
      kind: i.kind,
      typologyCode: i.kind === 'factor' ? null : orNull(i.typologyCode),
      factorCode: i.kind === 'factor' ? orNull(i.factorCode) : null,
      nl: i.nl,
      en: i.en,
      required: i.required,
    })),
  };
  const itemError = (n: number, field: string) => errors[`items.${n}.${field}`];
  const choose = t('questionnaires.library.choose');

  return (
    <form ref={form.formRef} onSubmit={(e) => form.submit(e, input)} noValidate>
      <Stack gap="lg">
        <div>
          <Title order={2} ref={headingRef} tabIndex={-1} mb={4}>
            {t('questionnaires.library.editTitle', { moment: t(`questionnaires.momentFull.${moment}`) })}
          </Title>
          <Text c="dimmed" fz="sm">
            {t('questionnaires.library.editIntro', { version: base.version })}
          </Text>
        </div>
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        <Paper withBorder radius="md" p="md">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <TextInput
              label={t('questionnaires.library.titleNl')}
              required
              lang="nl"
              value={head.titleNl}
              onChange={(e) => setHead({ ...head, titleNl: e.currentTarget.value })}
              error={errors.titleNl}
            />
            <TextInput
              label={t('questionnaires.library.titleEn')}
              required
              lang="en"
              value={head.titleEn}
              onChange={(e) => setHead({ ...head, titleEn: e.currentTarget.value })}
              error={errors.titleEn}
            />
            <Textarea
              label={t('questionnaires.library.introNl')}
              lang="nl"
              autosize
              minRows={2}
              value={head.introNl}
              onChange={(e) => setHead({ ...head, introNl: e.currentTarget.value })}
              error={errors.introNl}
            />
            <Textarea
              label={t('questionnaires.library.introEn')}
              lang="en"
              autosize
              minRows={2}
              value={head.introEn}
              onChange={(e) => setHead({ ...head, introEn: e.currentTarget.value })}
              error={errors.introEn}
            />
          </SimpleGrid>
        </Paper>

        <section aria-labelledby="editor-items">
          <Title order={3} id="editor-items" mb={4}>
            {t('questionnaires.library.itemsHeading')}
          </Title>
          <Text fz="sm" c="dimmed" mb="sm">
            {t('questionnaires.library.kindHelp')}
          </Text>
          {errors.items && !Object.keys(errors).some((k) => k.startsWith('items.')) ? (
            <Text c="red.9" fz="sm" mb="sm" role="alert">
              {errors.items}
            </Text>
          ) : null}
          <Stack gap="md">
            {items.map((item, n) => (
              <fieldset key={item.uid} className="item-editor">
                <legend>{t('questionnaires.library.item', { n: n + 1 })}</legend>
                <Stack gap="sm">
                  <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                    <TextInput
                      id={`item-${item.uid}-key`}
                      label={t('questionnaires.library.key')}
                      required
                      value={item.key}
                      onChange={(e) => update(item.uid, { key: e.currentTarget.value })}
                      error={itemError(n, 'key')}
                    />
                    <NativeSelect
                      label={t('questionnaires.library.kind')}
                      value={item.kind}
                      onChange={(e) => update(item.uid, { kind: e.currentTarget.value as Kind })}
                      data={ITEM_KINDS.map((k) => ({ value: k, label: t(`questionnaires.library.kinds.${k}`) }))}
                      error={itemError(n, 'kind')}
                    />
                    {item.kind === 'factor' ? (
                      <NativeSelect
                        label={t('questionnaires.library.factor')}
                        required
                        value={item.factorCode}
                        onChange={(e) => update(item.uid, { factorCode: e.currentTarget.value })}
                        data={[{ value: '', label: choose }, ...factors.options]}
                        error={itemError(n, 'factorCode')}
                      />
                    ) : (
                      <NativeSelect
                        label={t('questionnaires.library.typology')}
                        required={item.kind !== 'open'}
                        value={item.typologyCode}
                        onChange={(e) => update(item.uid, { typologyCode: e.currentTarget.value })}
                        data={[{ value: '', label: choose }, ...typology.options]}
                        error={itemError(n, 'typologyCode')}
                      />
                    )}
                  </SimpleGrid>
                  <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
                    <Textarea
                      label={t('questionnaires.library.textNl')}
                      required
                      lang="nl"
                      autosize
                      minRows={2}
                      value={item.nl}
                      onChange={(e) => update(item.uid, { nl: e.currentTarget.value })}
                      error={itemError(n, 'nl')}
                    />
                    <Textarea
                      label={t('questionnaires.library.textEn')}
                      required
                      lang="en"
                      autosize
                      minRows={2}
                      value={item.en}
                      onChange={(e) => update(item.uid, { en: e.currentTarget.value })}
                      error={itemError(n, 'en')}
                    />
                  </SimpleGrid>
                  <Group justify="space-between">
                    <Checkbox
                      label={t('questionnaires.library.required')}
                      checked={item.required}
                      onChange={(e) => update(item.uid, { required: e.currentTarget.checked })}
                    />
                    <Group gap="xs">
                      <Button
                        id={`item-${item.uid}-up`}
                        size="compact-sm"
                        variant="default"
                        disabled={n === 0}
                        aria-label={t('questionnaires.library.moveUp', { n: n + 1 })}
                        onClick={() => move(n, -1)}
                      >
                        {t('questionnaires.library.up')}
                      </Button>
                      <Button
                        id={`item-${item.uid}-down`}
                        size="compact-sm"
                        variant="default"
                        disabled={n === items.length - 1}
                        aria-label={t('questionnaires.library.moveDown', { n: n + 1 })}
                        onClick={() => move(n, 1)}
                      >
                        {t('questionnaires.library.down')}
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red.9"
                        c="red.9"
                        disabled={items.length === 1}
                        aria-label={t('questionnaires.library.remove', { n: n + 1 })}
                        onClick={() => remove(n)}
                      >
                        {t('questionnaires.library.removeShort')}
                      </Button>
                    </Group>
                  </Group>
                </Stack>
              </fieldset>
            ))}
            <Group>
              <Button variant="light" onClick={add} disabled={items.length >= 80}>
                {t('questionnaires.library.add')}
              </Button>
            </Group>
          </Stack>
        </section>

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.busy}>
            {t('questionnaires.library.publish', { version: base.version + 1 })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
