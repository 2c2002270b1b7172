import { ActionIcon, Button, Group, NativeSelect, Paper, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { POLARITIES, type Polarity } from '../../../shared/reference.js';

export interface FactorRow {
  key: number;
  codeId: string;
  polarity: Polarity | '';
}

/** The factors of a coding, each with its polarity (promoting or hindering); rows are added and removed as needed. */
export function FactorsField({
  rows,
  onChange,
  options,
  missingPolarity,
}: {
  rows: FactorRow[];
  onChange: (rows: FactorRow[]) => void;
  options: { value: string; label: string }[];
  /** The rows whose polarity the user still has to choose. */
  missingPolarity: number[];
}) {
  const { t } = useTranslation();
  const setRow = (key: number, patch: Partial<FactorRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <fieldset className="plain-fieldset">
      <Text component="legend" fz="sm" fw="var(--mantine-font-weight-medium)" mb={6}>
        {t('coding.panel.factors')}
      </Text>
      <Stack gap="sm">
        {rows.map((row, i) => (
          <Paper key={row.key} withBorder radius="sm" p="sm" bg="gray.0" data-factor-row={row.key}>
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <NativeSelect
                style={{ flex: 1, minWidth: 0 }}
                label={t('coding.panel.factor', { n: i + 1 })}
                value={row.codeId}
                onChange={(e) => setRow(row.key, { codeId: e.currentTarget.value })}
                data={[{ value: '', label: t('common.choose') }, ...options]}
              />
              {rows.length > 1 ? (
                <ActionIcon
                  variant="subtle"
                  color="gray.8"
                  size="lg"
                  mb={2}
                  aria-label={t('coding.panel.removeFactor', { n: i + 1 })}
                  onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                >
                  <span aria-hidden="true">×</span>
                </ActionIcon>
              ) : null}
            </Group>
            {row.codeId ? (
              <Radio.Group
                mt="xs"
                label={t('coding.panel.direction', { n: i + 1 })}
                required
                value={row.polarity}
                onChange={(value) => setRow(row.key, { polarity: value as Polarity })}
                error={missingPolarity.includes(row.key) && !row.polarity ? t('coding.panel.polarityRequired') : undefined}
              >
                <Group gap="lg" mt={4}>
                  {POLARITIES.map((p) => (
                    <Radio key={p} value={p} label={t(`coding.polarity.${p}`)} />
                  ))}
                </Group>
              </Radio.Group>
            ) : null}
          </Paper>
        ))}
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={() => onChange([...rows, { key: Math.max(0, ...rows.map((r) => r.key)) + 1, codeId: '', polarity: '' }])}
          >
            {t('coding.panel.addFactor')}
          </Button>
        </Group>
      </Stack>
    </fieldset>
  );
}
