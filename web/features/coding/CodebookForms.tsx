import { Button, ColorInput, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codebookInput, codeInput, codePatch, type FullCodebookView, mergeInput } from '../../../shared/coding.js';
import { FormError } from '../../components/FormError.js';
import { useLocale } from '../../lib/useLocale.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { orNull } from '../../lib/validation.js';
import { type CodeEntry, codeName, indexCodebooks } from './codes.js';
import { useAddCode, useCreateCodebook, useMergeCode, useUpdateCode } from './queries.js';

// the typology's domain colours and a few more, all dark enough for a border and a light tint
const SWATCHES = ['#1864ab', '#862e9c', '#2b8a3e', '#c92a2a', '#a85d00', '#5f3dc4', '#0b7285', '#495057', '#d6336c', '#364fc7'];

function FormButtons({ busy, submitLabel, onCancel }: { busy: boolean; submitLabel?: string; onCancel: () => void }) {
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

export function CodebookForm({ onSaved, onCancel }: { onSaved: (book: FullCodebookView) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ key: '', nl: '', en: '' });
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const form = useSubmit(codebookInput, useCreateCodebook(), onSaved);
  const { errors } = form;
  return (
    <form ref={form.formRef} onSubmit={(e) => form.submit(e, values)} noValidate>
      <Stack>
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        <TextInput
          label={t('coding.codebooksPage.key')}
          description={t('coding.codebooksPage.keyDescription')}
          required
          value={values.key}
          onChange={(e) => set('key')(e.currentTarget.value)}
          error={errors.key}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('coding.codebooksPage.nameNl')}
            required
            lang="nl"
            value={values.nl}
            onChange={(e) => set('nl')(e.currentTarget.value)}
            error={errors.nl}
          />
          <TextInput
            label={t('coding.codebooksPage.nameEn')}
            required
            lang="en"
            value={values.en}
            onChange={(e) => set('en')(e.currentTarget.value)}
            error={errors.en}
          />
        </SimpleGrid>
        <FormButtons busy={form.busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/** Adds a code to a codebook, or changes one; the seeded codebooks keep their keys and structure. */
export function CodeForm({
  book,
  code,
  onSaved,
  onCancel,
}: {
  book: FullCodebookView;
  code?: CodeEntry;
  onSaved: (book: FullCodebookView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const fixed = book.isSystem;
  const [values, setValues] = useState({
    key: code?.key ?? '',
    nl: code?.nl ?? '',
    en: code?.en ?? '',
    descriptionNl: code?.descriptionNl ?? '',
    descriptionEn: code?.descriptionEn ?? '',
    color: code?.color ?? '',
    parentId: code?.parentId ?? '',
  });
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const add = useSubmit(codeInput, useAddCode(book.id), onSaved);
  const edit = useSubmit(codePatch, useUpdateCode(code?.id ?? ''), onSaved);
  const form = code ? edit : add;
  const { errors } = form;

  const labels = {
    nl: values.nl,
    en: values.en,
    descriptionNl: orNull(values.descriptionNl),
    descriptionEn: orNull(values.descriptionEn),
    color: orNull(values.color),
  };
  const structure = { key: values.key, parentId: values.parentId || null };
  const input = fixed && code ? labels : { ...labels, ...structure };

  // a code cannot move under itself or one of its descendants
  const index = indexCodebooks([book]);
  const descendants = new Set<string>();
  if (code) {
    const walk = (id: string) => {
      for (const c of book.codes.filter((c) => c.parentId === id)) {
        descendants.add(c.id);
        walk(c.id);
      }
    };
    descendants.add(code.id);
    walk(code.id);
  }
  const parents = index.ordered(book).filter((c) => !descendants.has(c.id));

  return (
    <form
      ref={(element) => {
        add.formRef.current = element;
        edit.formRef.current = element;
      }}
      onSubmit={(e) => form.submit(e, input)}
      noValidate
    >
      <Stack>
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        {fixed && code ? (
          <Text fz="sm" c="dimmed">
            {t('coding.codebooksPage.systemFixed')}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('coding.codebooksPage.key')}
            description={t('coding.codebooksPage.keyDescription')}
            required
            readOnly={fixed && !!code}
            variant={fixed && code ? 'filled' : 'default'}
            value={values.key}
            onChange={(e) => set('key')(e.currentTarget.value)}
            error={errors.key}
          />
          <NativeSelect
            label={t('coding.codebooksPage.parent')}
            disabled={fixed && !!code}
            value={values.parentId}
            onChange={(e) => set('parentId')(e.currentTarget.value)}
            data={[
              { value: '', label: t('coding.codebooksPage.noParent') },
              ...parents.map((c) => ({ value: c.id, label: `${'– '.repeat(c.depth)}${c.key} · ${codeName(c, locale)}` })),
            ]}
            error={errors.parentId}
          />
          <TextInput
            label={t('coding.codebooksPage.nameNl')}
            required
            lang="nl"
            value={values.nl}
            onChange={(e) => set('nl')(e.currentTarget.value)}
            error={errors.nl}
          />
          <TextInput
            label={t('coding.codebooksPage.nameEn')}
            required
            lang="en"
            value={values.en}
            onChange={(e) => set('en')(e.currentTarget.value)}
            error={errors.en}
          />
          <Textarea
            label={t('coding.codebooksPage.descriptionNl')}
            lang="nl"
            autosize
            minRows={2}
            maxRows={6}
            value={values.descriptionNl}
            onChange={(e) => set('descriptionNl')(e.currentTarget.value)}
            error={errors.descriptionNl}
          />
          <Textarea
            label={t('coding.codebooksPage.descriptionEn')}
            lang="en"
            autosize
            minRows={2}
            maxRows={6}
            value={values.descriptionEn}
            onChange={(e) => set('descriptionEn')(e.currentTarget.value)}
            error={errors.descriptionEn}
          />
        </SimpleGrid>
        <ColorInput
          label={t('coding.codebooksPage.colour')}
          description={t('coding.codebooksPage.colourDescription')}
          format="hex"
          withEyeDropper={false}
          swatches={SWATCHES}
          swatchesPerRow={10}
          value={values.color}
          onChange={set('color')}
          error={errors.color}
          maw={320}
        />
        <FormButtons busy={form.busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/** Merges a code into another code of the same codebook. */
export function MergeForm({
  book,
  code,
  onSaved,
  onCancel,
}: {
  book: FullCodebookView;
  code: CodeEntry;
  onSaved: (book: FullCodebookView) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [into, setInto] = useState('');
  const form = useSubmit(mergeInput, useMergeCode(code.id), onSaved);
  const targets = indexCodebooks([book])
    .ordered(book)
    .filter((c) => c.id !== code.id);
  return (
    <form ref={form.formRef} onSubmit={(e) => form.submit(e, { intoCodeId: into })} noValidate>
      <Stack>
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        <Text>{t('coding.codebooksPage.mergeIntro', { code: codeName(code, locale) })}</Text>
        <NativeSelect
          label={t('coding.codebooksPage.mergeInto')}
          required
          value={into}
          onChange={(e) => setInto(e.currentTarget.value)}
          data={[
            { value: '', label: t('common.choose') },
            ...targets.map((c) => ({ value: c.id, label: `${'– '.repeat(c.depth)}${c.key} · ${codeName(c, locale)}` })),
          ]}
          error={form.errors.intoCodeId}
        />
        <FormButtons busy={form.busy} submitLabel={t('coding.codebooksPage.mergeSubmit')} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
