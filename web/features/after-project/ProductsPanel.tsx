import { Anchor, Button, FileButton, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRODUCT_FILE_MAX_BYTES } from '../../../shared/after-project.js';
import type { ProductView } from '../../../shared/schemas.js';
import { Empty, Section } from '../../components/Section.js';
import { ErrorAlert } from '../../components/States.js';
import { fileSize } from '../../lib/format.js';
import { useTerms } from '../../lib/reference.js';
import { useLocale } from '../../lib/useLocale.js';
import { useRemoveProductFile, useSetProductFile } from './queries.js';
import { type PanelProps, RecordCard } from './ui.js';
import { UsesSection } from './UsesSection.js';

/** The project's products with their public pages and files, and what others reported using them for. */
export function ProductsPanel({ products, ...panel }: PanelProps & { products: ProductView[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <Section id="products" title={t('after.products.heading')}>
        <Text c="dimmed" fz="sm" mb="md" maw="75ch">
          {t('after.products.intro')}
        </Text>
        {products.length ? (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="ul" className="plain-list">
            {products.map((p) => (
              <ProductCard key={p.id} product={p} {...panel} />
            ))}
          </SimpleGrid>
        ) : (
          <Empty>{t('after.products.empty')}</Empty>
        )}
      </Section>
      <UsesSection {...panel} />
    </Stack>
  );
}

function ProductCard({ product, projectId, canEdit, onNotice }: PanelProps & { product: ProductView }) {
  const { t } = useTranslation();
  const { label } = useTerms();
  const locale = useLocale();
  const setFile = useSetProductFile(projectId, product.id);
  const removeFile = useRemoveProductFile(projectId, product.id);
  const [tooLarge, setTooLarge] = useState(false);
  const file = product.file;
  const error = setFile.error ?? removeFile.error;
  const address = `${window.location.origin}/p/${product.slug}`;

  function upload(chosen: File | null) {
    if (!chosen) return;
    setFile.reset();
    removeFile.reset();
    // said at once, before minutes of uploading end in a refusal
    setTooLarge(chosen.size > PRODUCT_FILE_MAX_BYTES);
    if (chosen.size > PRODUCT_FILE_MAX_BYTES) return;
    setFile.mutate(chosen, { onSuccess: () => onNotice(t('after.products.uploaded', { title: product.title })) });
  }

  function remove() {
    setFile.reset();
    removeFile.mutate(undefined, { onSuccess: () => onNotice(t('after.products.fileRemoved', { title: product.title })) });
  }

  return (
    <RecordCard>
      <Stack gap="xs">
        <div>
          <span className="tag">{label('product_kind', product.kind)}</span>
        </div>
        <Title order={3} fz="md">
          {product.title}
        </Title>
        <Text fz="sm">
          <Anchor href={`/p/${product.slug}`} underline="always" fw={600}>
            {t('after.products.publicPage', { title: product.title })}
          </Anchor>
        </Text>
        <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('after.products.address')}: <code>{address}</code>
        </Text>
        <Text fz="sm">
          {t('after.products.file')}: {file ? `${file.name} (${fileSize(file.size, locale)})` : t('after.products.noFile')}
        </Text>
        {error ? <ErrorAlert error={error} /> : null}
        {tooLarge ? (
          <Text fz="sm" c="red.9" role="alert">
            {t('after.products.tooLarge')}
          </Text>
        ) : null}
        {canEdit ? (
          <Group gap="xs">
            <FileButton onChange={upload} accept=".pdf,.docx,.pptx,.xlsx,.odt,.epub,.zip,.txt,.png,.jpg,.jpeg">
              {(props) => (
                <Button
                  {...props}
                  size="compact-sm"
                  variant="default"
                  loading={setFile.isPending}
                  aria-label={t('after.products.uploadLabel', { title: product.title })}
                >
                  {t('after.products.upload')}
                </Button>
              )}
            </FileButton>
            {file ? (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                loading={removeFile.isPending}
                onClick={remove}
                aria-label={t('after.products.removeFileLabel', { title: product.title })}
              >
                {t('after.products.removeFile')}
              </Button>
            ) : null}
          </Group>
        ) : null}
        {canEdit ? (
          <Text fz="xs" c="dimmed">
            {t('after.products.uploadHint')}
          </Text>
        ) : null}
      </Stack>
    </RecordCard>
  );
}
