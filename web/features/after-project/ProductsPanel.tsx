import { Anchor, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductView } from '../../../shared/schemas.js';
import { Empty, Section } from '../../components/Section.js';
import { useTerms } from '../../lib/reference.js';
import { ProductFileField } from '../projects/ProductFileField.js';
import { ProductEditor } from '../projects/ProductForm.js';
import { FormModal, type PanelProps, RecordCard } from './ui.js';
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
  const [editing, setEditing] = useState(false);
  const address = `${window.location.origin}/p/${product.slug}`;
  return (
    <RecordCard>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <span className="tag">{label('product_kind', product.kind)}</span>
          {canEdit ? (
            <Button size="compact-sm" variant="default" onClick={() => setEditing(true)} aria-label={t('project.products.editLabel', { name: product.title })}>
              {t('project.products.edit')}
            </Button>
          ) : null}
        </Group>
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
        <ProductFileField projectId={projectId} product={product} canEdit={canEdit} onNotice={onNotice} />
      </Stack>
      <FormModal opened={editing} title={t('project.products.editTitle')} onClose={() => setEditing(false)}>
        <ProductEditor
          projectId={projectId}
          product={product}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onNotice(t('common.saved'));
          }}
          onNotice={onNotice}
        />
      </FormModal>
    </RecordCard>
  );
}
