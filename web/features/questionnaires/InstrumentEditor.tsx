import { Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type InstrumentView, instrumentInput, ITEM_KINDS } from '../../../shared/questionnaires.js';
import type { Moment } from '../../../shared/reference.js';
import { FormError } from '../../components/FormError.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { orNull } from '../../lib/validation.js';
import { usePublishInstrument } from './queries.js';
import { useCodeOptions } from './ui.js';

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
export function InstrumentEditor({
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
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [head, setHead] = useState({ titleNl: base.titleNl, titleEn: base.titleEn, introNl: base.introNl ?? '', introEn: base.introEn ?? '' });
  const [items, setItems] = useState<ItemDraft[]>(() => base.items.map(draftOf));
  const form = useSubmit(instrumentInput, usePublishInstrument(moment), onPublished);
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
              <ItemEditor
                key={item.uid}
                item={item}
                n={n}
                count={items.length}
                error={(field) => itemError(n, field)}
                onChange={(patch) => update(item.uid, patch)}
                onMove={(by) => move(n, by)}
                onRemove={() => remove(n)}
              />
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

/** One question of the new version: its key, kind and code, its text in both languages, and where it stands. */
function ItemEditor({
  item,
  n,
  count,
  error,
  onChange,
  onMove,
  onRemove,
}: {
  item: ItemDraft;
  n: number;
  count: number;
  error: (field: string) => string | undefined;
  onChange: (patch: Partial<ItemDraft>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const typology = useCodeOptions('typology');
  const factors = useCodeOptions('factors');
  const choose = t('questionnaires.library.choose');
  return (
    <fieldset className="item-editor">
      <legend>{t('questionnaires.library.item', { n: n + 1 })}</legend>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            id={`item-${item.uid}-key`}
            label={t('questionnaires.library.key')}
            required
            value={item.key}
            onChange={(e) => onChange({ key: e.currentTarget.value })}
            error={error('key')}
          />
          <NativeSelect
            label={t('questionnaires.library.kind')}
            value={item.kind}
            onChange={(e) => onChange({ kind: e.currentTarget.value as Kind })}
            data={ITEM_KINDS.map((k) => ({ value: k, label: t(`questionnaires.library.kinds.${k}`) }))}
            error={error('kind')}
          />
          {item.kind === 'factor' ? (
            <NativeSelect
              label={t('questionnaires.library.factor')}
              required
              value={item.factorCode}
              onChange={(e) => onChange({ factorCode: e.currentTarget.value })}
              data={[{ value: '', label: choose }, ...factors.options]}
              error={error('factorCode')}
            />
          ) : (
            <NativeSelect
              label={t('questionnaires.library.typology')}
              required={item.kind !== 'open'}
              value={item.typologyCode}
              onChange={(e) => onChange({ typologyCode: e.currentTarget.value })}
              data={[{ value: '', label: choose }, ...typology.options]}
              error={error('typologyCode')}
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
            onChange={(e) => onChange({ nl: e.currentTarget.value })}
            error={error('nl')}
          />
          <Textarea
            label={t('questionnaires.library.textEn')}
            required
            lang="en"
            autosize
            minRows={2}
            value={item.en}
            onChange={(e) => onChange({ en: e.currentTarget.value })}
            error={error('en')}
          />
        </SimpleGrid>
        <Group justify="space-between">
          <Checkbox label={t('questionnaires.library.required')} checked={item.required} onChange={(e) => onChange({ required: e.currentTarget.checked })} />
          <Group gap="xs">
            <Button
              id={`item-${item.uid}-up`}
              size="compact-sm"
              variant="default"
              disabled={n === 0}
              aria-label={t('questionnaires.library.moveUp', { n: n + 1 })}
              onClick={() => onMove(-1)}
            >
              {t('questionnaires.library.up')}
            </Button>
            <Button
              id={`item-${item.uid}-down`}
              size="compact-sm"
              variant="default"
              disabled={n === count - 1}
              aria-label={t('questionnaires.library.moveDown', { n: n + 1 })}
              onClick={() => onMove(1)}
            >
              {t('questionnaires.library.down')}
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              color="red.9"
              c="red.9"
              disabled={count === 1}
              aria-label={t('questionnaires.library.remove', { n: n + 1 })}
              onClick={onRemove}
            >
              {t('questionnaires.library.removeShort')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </fieldset>
  );
}
