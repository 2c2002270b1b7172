import { Button, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ElementView, IndicatorView } from '../../../shared/impact-model.js';
import { impactModel as api } from '../../api/impact-model.js';
import { ConfirmModal } from '../../components/ConfirmModal.js';
import { useLocale } from '../../lib/useLocale.js';
import { formatNumber } from '../../lib/format.js';
import { useTerms } from '../../lib/reference.js';
import { IndicatorForm } from './forms.js';
import { useCodebook } from './labels.js';
import { focusLater, useModel } from './model.js';
import { OutcomeFigures } from './OutcomeFigures.js';

type Dialog = { kind: 'add' } | { kind: 'edit'; indicator: IndicatorView } | { kind: 'remove'; indicator: IndicatorView } | null;

/** An outcome's indicators: what, at which level, the target, how and when it is measured, and the evidence so far. */
export function Indicators({ element }: { element: ElementView }) {
  const { t } = useTranslation();
  const { projectId, canEdit, run, announce } = useModel();
  const typology = useCodebook('typology');
  const [dialog, setDialog] = useState<Dialog>(null);
  const addId = `add-indicator-${element.id}`;
  const headingId = `indicators-${element.id}`;
  const close = () => setDialog(null);
  const name = (i: IndicatorView) => `${i.typologyCode} ${typology.label(i.typologyCode)}`;

  return (
    <section aria-labelledby={headingId} className="im-indicators">
      <Title order={4} fz="sm" id={headingId} mb={6}>
        {t('impactModel.indicators.heading')}
      </Title>
      {element.indicators.length ? (
        <Stack component="ul" gap="xs" className="plain-list">
          {element.indicators.map((indicator) => (
            <IndicatorItem
              key={indicator.id}
              indicator={indicator}
              name={name(indicator)}
              onEdit={() => setDialog({ kind: 'edit', indicator })}
              onRemove={() => setDialog({ kind: 'remove', indicator })}
            />
          ))}
        </Stack>
      ) : (
        <Text fz="sm" c="dimmed">
          {t('impactModel.indicators.none')}
        </Text>
      )}
      {canEdit ? (
        <Button
          id={addId}
          variant="light"
          size="compact-sm"
          mt="xs"
          aria-label={t('impactModel.indicators.addLabel', { title: element.title })}
          onClick={() => setDialog({ kind: 'add' })}
        >
          {t('impactModel.indicators.add')}
        </Button>
      ) : null}

      <Modal
        className="im-page"
        opened={dialog?.kind === 'add' || dialog?.kind === 'edit'}
        onClose={close}
        title={dialog?.kind === 'edit' ? t('impactModel.indicators.editTitle') : t('impactModel.indicators.addTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog?.kind === 'add' || dialog?.kind === 'edit' ? (
          <IndicatorForm
            element={element}
            indicator={dialog.kind === 'edit' ? dialog.indicator : undefined}
            onCancel={close}
            onSaved={() => {
              announce(t('impactModel.announce.indicatorSaved'));
              close();
            }}
          />
        ) : null}
      </Modal>
      {canEdit ? (
        <ConfirmModal
          opened={dialog?.kind === 'remove'}
          title={t('impactModel.indicators.removeTitle')}
          message={dialog?.kind === 'remove' ? t('impactModel.indicators.removeConfirm', { name: name(dialog.indicator) }) : ''}
          confirmLabel={t('common.remove')}
          onClose={close}
          onConfirm={async () => {
            if (dialog?.kind !== 'remove') return;
            await run(() => api.removeIndicator(projectId, element.id, dialog.indicator.id));
            announce(t('impactModel.announce.indicatorRemoved'));
            focusLater(addId);
          }}
        />
      ) : null}
    </section>
  );
}

function IndicatorItem({ indicator, name, onEdit, onRemove }: { indicator: IndicatorView; name: string; onEdit: () => void; onRemove: () => void }) {
  const { t } = useTranslation();
  const { canEdit } = useModel();
  const { label } = useTerms();
  const typology = useCodebook('typology');
  const locale = useLocale();
  const target = indicator.targetNumber !== null ? `${indicator.targetText} (${formatNumber(indicator.targetNumber, locale)})` : indicator.targetText;
  return (
    <Paper component="li" radius="sm" p="sm" className="im-indicator">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <div style={{ minWidth: 0, flex: 1 }}>
          <Text fz="sm" fw={600}>
            <span className="im-code">{indicator.typologyCode}</span> {typology.label(indicator.typologyCode)}
          </Text>
          <dl className="im-facts">
            <div>
              <dt>{t('impactModel.indicators.level')}</dt>
              <dd>{label('impact_level', indicator.level)}</dd>
            </div>
            <div>
              <dt>{t('impactModel.indicators.target')}</dt>
              <dd>{target}</dd>
            </div>
            <div>
              <dt>{t('impactModel.indicators.measurement')}</dt>
              <dd>
                {t(`impactModel.indicators.measuredByShort.${indicator.measuredBy}`)} · {indicator.moments.join(', ')}
              </dd>
            </div>
            <div>
              <dt>{t('impactModel.indicators.evidence')}</dt>
              <dd>
                <span className="im-evidence">{t('impactModel.indicators.segments', { count: indicator.evidence.segments })}</span>
                {' · '}
                <span className="im-evidence">{t('impactModel.indicators.quotes', { count: indicator.evidence.quotes })}</span>
              </dd>
            </div>
            <OutcomeFigures evidence={indicator.evidence} />
          </dl>
        </div>
        {canEdit ? (
          <Group gap={4} wrap="nowrap">
            <Button variant="subtle" size="compact-sm" aria-label={t('impactModel.indicators.editLabel', { name })} onClick={onEdit}>
              {t('impactModel.indicators.edit')}
            </Button>
            <Button variant="subtle" color="red" c="red.9" size="compact-sm" aria-label={t('impactModel.indicators.removeLabel', { name })} onClick={onRemove}>
              {t('impactModel.indicators.remove')}
            </Button>
          </Group>
        ) : null}
      </Group>
    </Paper>
  );
}
