import { Divider, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ProductView, productInput } from '../../../shared/schemas.js';
import { FormError } from '../../components/FormError.js';
import { useTerms } from '../../lib/reference.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { orNull } from '../../lib/validation.js';
import { ProductFileField } from './ProductFileField.js';
import { type ChildFormProps, FormButtons } from './ProjectChildForms.js';
import { useAddProjectChild, useUpdateProjectChild } from './queries.js';

/** A product's kind, title, descriptions in Dutch and English and link: a new one, or `product` changed. */
export function ProductForm({ projectId, product, onSaved, onCancel }: ChildFormProps & { product?: ProductView }) {
  const { t } = useTranslation();
  const { options } = useTerms();
  const [values, setValues] = useState({
    title: product?.title ?? '',
    kind: product?.kind ?? '',
    description: product?.description ?? '',
    descriptionEn: product?.descriptionEn ?? '',
    url: product?.url ?? '',
  });
  const set = (field: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const add = useAddProjectChild(projectId, 'products');
  const update = useUpdateProjectChild(projectId, 'products', product?.id ?? '');
  const form = useSubmit(productInput, product ? update : add, onSaved);
  const { errors } = form;
  const input = {
    title: values.title,
    kind: values.kind,
    description: orNull(values.description),
    descriptionEn: orNull(values.descriptionEn),
    url: orNull(values.url),
  };
  return (
    <form ref={form.formRef} onSubmit={(e) => form.submit(e, input)} noValidate>
      <Stack>
        <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
        <TextInput
          label={t('project.products.title')}
          description={product ? t('project.products.editSlugNote') : undefined}
          required
          value={values.title}
          onChange={(e) => set('title')(e.currentTarget.value)}
          error={errors.title}
        />
        <NativeSelect
          label={t('project.products.kind')}
          required
          value={values.kind}
          onChange={(e) => set('kind')(e.currentTarget.value)}
          data={[{ value: '', label: t('common.choose') }, ...options('product_kind')]}
          error={errors.kind}
        />
        <Textarea
          label={t('project.products.description')}
          autosize
          minRows={2}
          maxRows={8}
          value={values.description}
          onChange={(e) => set('description')(e.currentTarget.value)}
          error={errors.description}
        />
        <Textarea
          label={t('project.products.descriptionEn')}
          description={t('project.products.descriptionEnHint')}
          lang="en"
          autosize
          minRows={2}
          maxRows={8}
          value={values.descriptionEn}
          onChange={(e) => set('descriptionEn')(e.currentTarget.value)}
          error={errors.descriptionEn}
        />
        <TextInput
          label={t('project.products.url')}
          type="url"
          description={t('organisation.websiteDescription')}
          value={values.url}
          onChange={(e) => set('url')(e.currentTarget.value)}
          error={errors.url}
        />
        <FormButtons busy={form.busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/**
 * Changing a product in a dialog: its details, saved with the form, and its file, saved as soon
 * as it is chosen. `product` is the project's current copy, so the file shown follows each upload.
 */
export function ProductEditor({
  projectId,
  product,
  onSaved,
  onCancel,
  onNotice,
}: ChildFormProps & { product: ProductView; onNotice: (notice: string) => void }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <ProductForm projectId={projectId} product={product} onSaved={onSaved} onCancel={onCancel} />
      <Divider />
      <section aria-labelledby="product-file-heading">
        <Text id="product-file-heading" fw={600} mb={4}>
          {t('project.products.fileHeading')}
        </Text>
        <ProductFileField projectId={projectId} product={product} canEdit onNotice={onNotice} />
      </section>
    </Stack>
  );
}
