import { ActionIcon, Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ElementView, LAYERS, type Layer } from '../../../shared/impact-model.js';
import { impactModel as api } from '../../api/impact-model.js';
import { ConfirmModal } from '../../components/ConfirmModal.js';
import { Empty } from '../../components/Section.js';
import { ErrorAlert } from '../../components/States.js';
import { ElementForm } from './forms.js';
import { Indicators } from './Indicators.js';
import { LeadsTo } from './LeadsTo.js';
import { addedElement, elementDomId, elementsOf, focusLater, layerHeadingId, sourcesOf, useModel } from './model.js';

type Dialog = { kind: 'add'; layer: Layer } | { kind: 'edit'; element: ElementView } | { kind: 'remove'; element: ElementView } | null;

/**
 * The model as lists, one per column, each element with its actions and its links: the accessible
 * equivalent of the diagram (keyboard and screen reader), and the place to edit.
 */
export function ListView() {
  const { t } = useTranslation();
  const { projectId, model, canEdit, run, announce } = useModel();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  // where the keyboard focus goes once a dialog has closed (Mantine returns it to the trigger first)
  const focusAfterClose = useRef<string | null>(null);
  const closeAndFocus = () => {
    close();
    if (focusAfterClose.current) focusLater(focusAfterClose.current);
    focusAfterClose.current = null;
  };

  return (
    <Stack gap="xl">
      {LAYERS.map((layer) => (
        <LayerList
          key={layer}
          layer={layer}
          onAdd={() => setDialog({ kind: 'add', layer })}
          onEdit={(element) => setDialog({ kind: 'edit', element })}
          onRemove={(element) => setDialog({ kind: 'remove', element })}
        />
      ))}

      <Modal
        className="im-page"
        opened={dialog?.kind === 'add' || dialog?.kind === 'edit'}
        onClose={closeAndFocus}
        title={dialog?.kind === 'add' ? t(`impactModel.add.${dialog.layer}`) : t('impactModel.element.editTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog?.kind === 'add' ? (
          <ElementForm
            layer={dialog.layer}
            onCancel={close}
            onSaved={(after, title) => {
              const added = addedElement(model, after, dialog.layer);
              announce(t('impactModel.announce.added', { title }));
              focusAfterClose.current = added ? elementDomId(added.id) : null;
              closeAndFocus();
            }}
          />
        ) : dialog?.kind === 'edit' ? (
          <ElementForm
            layer={dialog.element.layer}
            element={dialog.element}
            onCancel={close}
            onSaved={(_after, title) => {
              announce(t('impactModel.announce.saved', { title }));
              close();
            }}
          />
        ) : null}
      </Modal>
      {canEdit ? (
        <ConfirmModal
          opened={dialog?.kind === 'remove'}
          title={t('impactModel.element.removeTitle')}
          message={dialog?.kind === 'remove' ? t('impactModel.element.removeConfirm', { title: dialog.element.title }) : ''}
          confirmLabel={t('common.remove')}
          onClose={closeAndFocus}
          onConfirm={async () => {
            if (dialog?.kind !== 'remove') return;
            const { element } = dialog;
            // the focus goes to the element before it in its column, or after it, or to the column's heading
            const siblings = elementsOf(model, element.layer);
            const index = siblings.findIndex((e) => e.id === element.id);
            const neighbour = siblings[index - 1] ?? siblings[index + 1];
            await run(() => api.removeElement(projectId, element.id));
            announce(t('impactModel.announce.removed', { title: element.title }));
            focusAfterClose.current = neighbour ? elementDomId(neighbour.id) : layerHeadingId(element.layer);
          }}
        />
      ) : null}
    </Stack>
  );
}

function LayerList({
  layer,
  onAdd,
  onEdit,
  onRemove,
}: {
  layer: Layer;
  onAdd: () => void;
  onEdit: (e: ElementView) => void;
  onRemove: (e: ElementView) => void;
}) {
  const { t } = useTranslation();
  const { model, canEdit } = useModel();
  const elements = elementsOf(model, layer);
  const headingId = layerHeadingId(layer);
  return (
    <section aria-labelledby={headingId} className={`im-layer im-layer--${layer}`}>
      <Group justify="space-between" align="flex-end" mb="xs" wrap="wrap" gap="sm">
        <div>
          <Title order={2} id={headingId} tabIndex={-1} className="im-layer__title">
            {t(`impactModel.layers.${layer}`)}
            <Text span fz="sm" fw={500} c="dimmed" ml="sm">
              {t('impactModel.element.count', { count: elements.length })}
            </Text>
          </Title>
          <Text fz="sm" c="dimmed" maw="70ch">
            {t(`impactModel.layerHint.${layer}`)}
          </Text>
        </div>
        {canEdit ? (
          <Button variant="light" size="sm" onClick={onAdd}>
            {t(`impactModel.add.${layer}`)}
          </Button>
        ) : null}
      </Group>
      {elements.length ? (
        <Stack component="ul" gap="sm" className="plain-list">
          {elements.map((element, index) => (
            <ElementCard
              key={element.id}
              element={element}
              index={index}
              total={elements.length}
              onEdit={() => onEdit(element)}
              onRemove={() => onRemove(element)}
            />
          ))}
        </Stack>
      ) : (
        <Empty>{t('impactModel.element.empty')}</Empty>
      )}
    </section>
  );
}

function ElementCard({
  element,
  index,
  total,
  onEdit,
  onRemove,
}: {
  element: ElementView;
  index: number;
  total: number;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const { projectId, model, canEdit, run, announce } = useModel();
  const [error, setError] = useState<unknown>(undefined);
  const titleId = `element-title-${element.id}`;
  const upId = `move-up-${element.id}`;
  const downId = `move-down-${element.id}`;
  const sources = sourcesOf(model, element);

  const move = async (by: -1 | 1) => {
    const ids = elementsOf(model, element.layer).map((e) => e.id);
    const to = index + by;
    ids.splice(index, 1);
    ids.splice(to, 0, element.id);
    setError(undefined);
    try {
      await run(() => api.reorder(projectId, element.layer, ids));
      announce(t('impactModel.announce.moved', { title: element.title, position: to + 1, total }));
      // keep the focus on the button pressed, or on its partner once the element reaches an end
      const stillThere = by === -1 ? to > 0 : to < total - 1;
      focusLater(stillThere ? (by === -1 ? upId : downId) : by === -1 ? downId : upId);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <Paper
      component="li"
      withBorder
      radius="md"
      p="md"
      id={elementDomId(element.id)}
      tabIndex={-1}
      aria-labelledby={titleId}
      className={`im-card im-card--${element.layer}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <div style={{ minWidth: 0, flex: '1 1 18rem' }}>
            <Title order={3} fz="md" id={titleId} className="im-card__title">
              {element.title}
            </Title>
            {element.description ? (
              <Text fz="sm" mt={4} style={{ whiteSpace: 'pre-line', maxWidth: '75ch' }}>
                {element.description}
              </Text>
            ) : null}
          </div>
          {canEdit ? (
            <Group gap={4} wrap="nowrap" role="group" aria-label={t('impactModel.element.actions', { title: element.title })}>
              <ActionIcon
                id={upId}
                variant="default"
                size="md"
                aria-label={t('impactModel.element.moveUp', { title: element.title })}
                title={t('impactModel.element.moveUp', { title: element.title })}
                disabled={index === 0}
                onClick={() => void move(-1)}
              >
                <span aria-hidden="true">↑</span>
              </ActionIcon>
              <ActionIcon
                id={downId}
                variant="default"
                size="md"
                aria-label={t('impactModel.element.moveDown', { title: element.title })}
                title={t('impactModel.element.moveDown', { title: element.title })}
                disabled={index === total - 1}
                onClick={() => void move(1)}
              >
                <span aria-hidden="true">↓</span>
              </ActionIcon>
              <Button variant="subtle" size="compact-sm" aria-label={t('impactModel.element.editLabel', { title: element.title })} onClick={onEdit}>
                {t('impactModel.element.edit')}
              </Button>
              <Button
                variant="subtle"
                color="red"
                c="red.9"
                size="compact-sm"
                aria-label={t('impactModel.element.removeLabel', { title: element.title })}
                onClick={onRemove}
              >
                {t('impactModel.element.remove')}
              </Button>
            </Group>
          ) : null}
        </Group>
        {element.layer !== 'activity' ? (
          <Text fz="sm">
            <Text span fw={600} fz="sm">
              {t('impactModel.element.fedBy')}:
            </Text>{' '}
            {sources.length ? sources.map((s) => s.title).join('; ') : '—'}
          </Text>
        ) : null}
        <LeadsTo element={element} />
        {element.layer === 'outcome' ? <Indicators element={element} /> : null}
        {error ? <ErrorAlert error={error} /> : null}
      </Stack>
    </Paper>
  );
}
