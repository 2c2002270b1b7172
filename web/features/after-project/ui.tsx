import { Button, Group, Modal, Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal.js';

/** What a panel needs: the project, whether the user may change it, and where to say what happened. */
export interface PanelProps {
  projectId: string;
  canEdit: boolean;
  onNotice: (notice: string) => void;
}

export function FormButtons({ busy, onCancel, submitLabel }: { busy: boolean; onCancel: () => void; submitLabel?: string }) {
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

/** A form in a dialog, with the close button named. */
export function FormModal({ opened, title, onClose, children }: { opened: boolean; title: string; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened ? children : null}
    </Modal>
  );
}

/** Change and remove, each named after the record for screen readers. */
export function RecordActions({ name, onEdit, onRemove }: { name: string; onEdit: () => void; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Button size="compact-sm" variant="default" onClick={onEdit} aria-label={t('after.page.editLabel', { name })}>
        {t('after.page.edit')}
      </Button>
      <Button size="compact-sm" variant="subtle" color="red" onClick={onRemove} aria-label={t('after.page.removeLabel', { name })}>
        {t('after.page.remove')}
      </Button>
    </Group>
  );
}

export function RemoveConfirm({ name, onConfirm, onClose }: { name: string | null; onConfirm: () => Promise<unknown>; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmModal
      opened={name !== null}
      title={t('after.page.removeConfirm', { name: name ?? '' })}
      message={t('after.page.removeConfirm', { name: name ?? '' })}
      confirmLabel={t('after.page.remove')}
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}

/** One record as a card: cards rather than wide tables, so that a phone shows them whole. */
export function RecordCard({ children }: { children: ReactNode }) {
  return (
    <Paper component="li" withBorder radius="md" p="md">
      {children}
    </Paper>
  );
}

export function Muted({ children }: { children: ReactNode }) {
  return (
    <Text fz="sm" c="dimmed" span>
      {children}
    </Text>
  );
}
