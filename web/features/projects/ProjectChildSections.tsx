import { Anchor, Button, Group, Modal, Paper, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectView } from '../../../shared/schemas.js';
import type { ProjectChildKind } from '../../api/endpoints.js';
import { ConfirmModal } from '../../components/ConfirmModal.js';
import { Empty, Section } from '../../components/Section.js';
import { TableRegion } from '../../components/TableRegion.js';
import { countryName, formatDateRange } from '../../lib/format.js';
import { useTerms } from '../../lib/reference.js';
import { useLocale } from '../../lib/useLocale.js';
import { ProductEditor, ProductForm } from './ProductForm.js';
import { ActivityForm, PartnerForm } from './ProjectChildForms.js';
import { useRemoveProjectChild } from './queries.js';

type Remove = (id: string, name: string) => void;

/** The project's partners, activities and products, each added in a dialog and removed after a confirmation. */
export function ProjectChildSections({ project, onChanged }: { project: ProjectView; onChanged: () => void }) {
  const canEdit = project.canEdit;
  return (
    <>
      <ChildSection project={project} kind="partners" count={project.partners.length} onChanged={onChanged}>
        {{
          list: (remove) => <PartnersTable project={project} onRemove={canEdit ? remove : undefined} />,
          form: (done, cancel) => <PartnerForm projectId={project.id} onSaved={done} onCancel={cancel} />,
        }}
      </ChildSection>
      <ChildSection project={project} kind="activities" count={project.activities.length} onChanged={onChanged}>
        {{
          list: (remove) => <ActivitiesTable project={project} onRemove={canEdit ? remove : undefined} />,
          form: (done, cancel) => <ActivityForm projectId={project.id} keyAction={project.keyAction} onSaved={done} onCancel={cancel} />,
        }}
      </ChildSection>
      <ChildSection project={project} kind="products" count={project.products.length} onChanged={onChanged}>
        {{
          list: (remove) => <ProductList project={project} onRemove={canEdit ? remove : undefined} onChanged={onChanged} />,
          form: (done, cancel) => <ProductForm projectId={project.id} onSaved={done} onCancel={cancel} />,
        }}
      </ChildSection>
    </>
  );
}

function ChildSection({
  project,
  kind,
  count,
  onChanged,
  children,
}: {
  project: ProjectView;
  kind: ProjectChildKind;
  count: number;
  onChanged: () => void;
  children: { list: (remove: Remove) => ReactNode; form: (done: () => void, cancel: () => void) => ReactNode };
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [removal, setRemoval] = useState<{ id: string; name: string } | null>(null);
  const remove = useRemoveProjectChild(project.id);
  const close = () => setAdding(false);
  return (
    <Section
      id={kind}
      title={t(`project.${kind}.heading`)}
      action={
        project.canEdit ? (
          <Button variant="light" size="sm" onClick={() => setAdding(true)}>
            {t(`project.${kind}.add`)}
          </Button>
        ) : null
      }
    >
      {count ? children.list((id, name) => setRemoval({ id, name })) : <Empty>{t(`project.${kind}.empty`)}</Empty>}
      <Modal opened={adding} onClose={close} title={t(`project.${kind}.addTitle`)} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {children.form(() => {
          close();
          onChanged();
        }, close)}
      </Modal>
      <ConfirmModal
        opened={removal !== null}
        title={removal ? t(`project.${kind}.remove`, { name: removal.name }) : ''}
        message={removal ? t(`project.${kind}.removeConfirm`, { name: removal.name }) : ''}
        confirmLabel={t('common.remove')}
        onClose={() => setRemoval(null)}
        onConfirm={async () => {
          if (!removal) return;
          await remove.mutateAsync({ kind, childId: removal.id });
          onChanged();
        }}
      />
    </Section>
  );
}

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="subtle" color="red" size="compact-sm" aria-label={label} onClick={onClick}>
      {t('common.remove')}
    </Button>
  );
}

function PartnersTable({ project, onRemove }: { project: ProjectView; onRemove?: Remove }) {
  const { t } = useTranslation();
  const { label } = useTerms();
  const locale = useLocale();
  return (
    <TableRegion label={t('project.partners.tableLabel')}>
      <Table aria-label={t('project.partners.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('project.partners.name')}</Table.Th>
            <Table.Th scope="col">{t('project.partners.city')}</Table.Th>
            <Table.Th scope="col">{t('project.partners.country')}</Table.Th>
            <Table.Th scope="col">{t('project.partners.role')}</Table.Th>
            {onRemove ? (
              <Table.Th scope="col">
                <VisuallyHidden>{t('common.remove')}</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {project.partners.map((partner) => (
            <Table.Tr key={partner.id}>
              <Table.Td fw={600}>{partner.name}</Table.Td>
              <Table.Td>{partner.city ?? '—'}</Table.Td>
              <Table.Td>{countryName(partner.country, locale)}</Table.Td>
              <Table.Td>{label('partner_role', partner.role)}</Table.Td>
              {onRemove ? (
                <Table.Td ta="right">
                  <RemoveButton label={t('project.partners.remove', { name: partner.name })} onClick={() => onRemove(partner.id, partner.name)} />
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}

function ActivitiesTable({ project, onRemove }: { project: ProjectView; onRemove?: Remove }) {
  const { t } = useTranslation();
  const { label } = useTerms();
  const locale = useLocale();
  return (
    <TableRegion label={t('project.activities.tableLabel')}>
      <Table aria-label={t('project.activities.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('project.activities.type')}</Table.Th>
            <Table.Th scope="col">{t('project.activities.title')}</Table.Th>
            <Table.Th scope="col">{t('project.activities.destination')}</Table.Th>
            <Table.Th scope="col">{t('project.activities.dates')}</Table.Th>
            <Table.Th scope="col">{t('project.activities.participants')}</Table.Th>
            {onRemove ? (
              <Table.Th scope="col">
                <VisuallyHidden>{t('common.remove')}</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {project.activities.map((activity) => (
            <Table.Tr key={activity.id} style={{ verticalAlign: 'top' }}>
              <Table.Td>
                <span className="tag">{label('activity_type', activity.type)}</span>
              </Table.Td>
              <Table.Td style={{ minWidth: '18rem' }}>
                <Text fw={600} fz="sm">
                  {activity.title}
                </Text>
                {activity.description ? (
                  <Text fz="sm" c="dimmed" mt={4} style={{ maxWidth: '60ch' }}>
                    {activity.description}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td fz="sm">{[activity.destinationCity, countryName(activity.destinationCountry, locale)].filter(Boolean).join(', ') || '—'}</Table.Td>
              <Table.Td fz="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatDateRange(activity.startDate, activity.endDate, locale) ?? '—'}
              </Table.Td>
              <Table.Td fz="sm">{activity.participantCount ?? '—'}</Table.Td>
              {onRemove ? (
                <Table.Td ta="right">
                  <RemoveButton label={t('project.activities.remove', { name: activity.title })} onClick={() => onRemove(activity.id, activity.title)} />
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableRegion>
  );
}

function ProductList({ project, onRemove, onChanged }: { project: ProjectView; onRemove?: Remove; onChanged: () => void }) {
  const { t } = useTranslation();
  const { label } = useTerms();
  const [editingId, setEditingId] = useState<string | null>(null);
  // the project's current copy, so that the dialog shows each file as soon as it is saved
  const editing = project.products.find((p) => p.id === editingId) ?? null;
  const close = () => setEditingId(null);
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="ul" className="plain-list">
        {project.products.map((product) => (
          <Paper key={product.id} component="li" withBorder radius="md" p="lg">
            <Stack gap="xs" h="100%">
              {/* the actions move under the kind when a phone has no room beside it */}
              <Group justify="space-between" align="flex-start" gap="xs">
                <span className="tag">{label('product_kind', product.kind)}</span>
                {onRemove ? (
                  <Group gap={4} wrap="nowrap">
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      aria-label={t('project.products.editLabel', { name: product.title })}
                      onClick={() => setEditingId(product.id)}
                    >
                      {t('project.products.edit')}
                    </Button>
                    <RemoveButton label={t('project.products.remove', { name: product.title })} onClick={() => onRemove(product.id, product.title)} />
                  </Group>
                ) : null}
              </Group>
              <Title order={3} fz="md">
                {product.title}
              </Title>
              {product.description ? <Text fz="sm">{product.description}</Text> : null}
              {product.url ? (
                <Anchor href={product.url} target="_blank" rel="noopener noreferrer" fz="sm" underline="always">
                  {t('project.products.open', { title: product.title })}
                </Anchor>
              ) : null}
              <Anchor href={`/p/${product.slug}`} fz="sm" underline="always">
                {t('project.products.publicPage', { title: product.title })}
              </Anchor>
            </Stack>
          </Paper>
        ))}
      </SimpleGrid>
      <Modal opened={editing !== null} onClose={close} title={t('project.products.editTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
        {editing ? (
          <ProductEditor
            projectId={project.id}
            product={editing}
            onCancel={close}
            onSaved={() => {
              close();
              onChanged();
            }}
            onNotice={onChanged}
          />
        ) : null}
      </Modal>
    </>
  );
}
