import { Checkbox, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ElementView, nextLayer } from '../../../shared/impact-model.js';
import { impactModel as api } from '../../api/impact-model.js';
import { ErrorAlert } from '../../components/States.js';
import { elementsOf, linkBetween, targetsOf, useModel } from './model.js';

/**
 * "Leads to": the elements of the next column as a checkbox group. Ticking one links it, unticking
 * removes the link; the server's refusal is shown beside the group. Read-only: the targets as text.
 */
export function LeadsTo({ element }: { element: ElementView }) {
  const { t } = useTranslation();
  const { projectId, model, canEdit, run, announce } = useModel();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const next = nextLayer(element.layer);
  if (!next) return null;
  const options = elementsOf(model, next);
  const layerName = t(`impactModel.layers.${next}`);
  const label = t('impactModel.element.leadsTo', { layer: layerName });

  if (!canEdit) {
    const targets = targetsOf(model, element);
    return (
      <Text fz="sm">
        <Text span fw={600} fz="sm">
          {label}:
        </Text>{' '}
        {targets.length ? targets.map((e) => e.title).join('; ') : '—'}
      </Text>
    );
  }
  if (!options.length) {
    return (
      <Text fz="sm" c="dimmed">
        {t('impactModel.element.leadsToNone', { layer: t(`impactModel.layerOne.${next}`) })}
      </Text>
    );
  }

  const value = options.filter((o) => linkBetween(model, element.id, o.id)).map((o) => o.id);
  const change = async (ids: string[]) => {
    const added = ids.filter((id) => !value.includes(id));
    const removed = value.filter((id) => !ids.includes(id));
    setBusy(true);
    setError(undefined);
    try {
      for (const toId of added) {
        await run(() => api.addLink(projectId, { fromId: element.id, toId }));
        announce(t('impactModel.announce.linked', { from: element.title, to: options.find((o) => o.id === toId)?.title ?? '' }));
      }
      for (const toId of removed) {
        const link = linkBetween(model, element.id, toId);
        if (!link) continue;
        await run(() => api.removeLink(projectId, link.id));
        announce(t('impactModel.announce.unlinked', { from: element.title, to: options.find((o) => o.id === toId)?.title ?? '' }));
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <Checkbox.Group label={label} value={value} onChange={(ids) => void change(ids)} aria-busy={busy}>
        <Group gap="xs" mt={6} className="im-leads-to">
          {options.map((o) => (
            <Checkbox key={o.id} value={o.id} label={o.title} className="im-leads-to__option" />
          ))}
        </Group>
      </Checkbox.Group>
      {error ? (
        <div className="im-inline-error">
          <ErrorAlert error={error} />
        </div>
      ) : null}
    </div>
  );
}
