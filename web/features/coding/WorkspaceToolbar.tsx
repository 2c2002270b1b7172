import { Group, Paper, Switch } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface WorkspaceOptions {
  mine: boolean;
  sentenceMode: boolean;
  suggesting: boolean;
  bars: boolean;
}

/** The workspace's switches (blind coding, selecting by sentence, suggestions, code bars) and its undo. */
export function WorkspaceToolbar({
  options,
  canEdit,
  onChange,
  undo,
}: {
  options: WorkspaceOptions;
  canEdit: boolean;
  onChange: (changes: Partial<WorkspaceOptions>) => void;
  undo: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" px="md" py="sm">
      <Group gap="xl" role="group" aria-label={t('coding.toolbar')} justify="space-between">
        <Group gap="xl">
          <Switch
            label={t('coding.coding.blind')}
            description={t('coding.coding.blindDescription')}
            checked={options.mine}
            onChange={(e) => onChange({ mine: e.currentTarget.checked })}
          />
          {canEdit ? (
            <Switch
              label={t('coding.coding.sentenceMode')}
              checked={options.sentenceMode}
              onChange={(e) => onChange({ sentenceMode: e.currentTarget.checked })}
            />
          ) : null}
          <Switch
            label={t('codingAnalysis.suggestions.show')}
            checked={options.suggesting}
            onChange={(e) => onChange({ suggesting: e.currentTarget.checked })}
          />
          <Switch label={t('coding.bars.show')} checked={options.bars} onChange={(e) => onChange({ bars: e.currentTarget.checked })} />
        </Group>
        {canEdit ? undo : null}
      </Group>
    </Paper>
  );
}
