import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FindingView } from '../../../shared/impact-model.js';
import { useModel } from './model.js';

/** What the model still lacks (the server's findings), each leading to the element to fix; or that it is complete. */
export function CheckPanel() {
  const { t } = useTranslation();
  const { model, showInList } = useModel();
  const findings = model.findings;
  const complete = findings.length === 0;
  return (
    <Paper
      component="section"
      aria-labelledby="model-check-heading"
      withBorder
      radius="md"
      p="md"
      className={complete ? 'im-check im-check--complete' : 'im-check'}
    >
      <Group justify="space-between" align="baseline" mb={complete ? 0 : 'xs'} gap="sm">
        <Title order={2} fz="lg" id="model-check-heading" tabIndex={-1} className="im-focus-target">
          {t('impactModel.check.heading')}
        </Title>
        {!complete ? (
          <Text fz="sm" fw={600} c="dark.6">
            {t('impactModel.check.count', { count: findings.length })}
          </Text>
        ) : null}
      </Group>
      {/* a status region: screen readers hear the check change after each edit */}
      <div role="status" className="im-check__status">
        {complete ? (
          <Text fz="sm" c="dark.9" mt={4} className="im-check__complete">
            <span aria-hidden="true" className="im-check__mark">
              ✓
            </span>{' '}
            {t('impactModel.check.complete')}
          </Text>
        ) : null}
      </div>
      {!complete ? (
        <ul className={findings.length > 2 ? 'im-findings im-findings--columns' : 'im-findings'}>
          {findings.map((finding) => (
            <Finding key={`${finding.kind}-${finding.elementId ?? ''}`} finding={finding} onGo={showInList} />
          ))}
        </ul>
      ) : null}
    </Paper>
  );
}

function Finding({ finding, onGo }: { finding: FindingView; onGo: (elementId: string) => void }) {
  const { t } = useTranslation();
  const text = t(`impactModel.check.findings.${finding.kind}`);
  return (
    <li className={`im-finding im-finding--${finding.kind}`}>
      <Text fz="sm" span>
        {text}
        {finding.elementId && finding.title ? ': ' : ''}
      </Text>
      {finding.elementId && finding.title ? (
        <Anchor
          component="button"
          type="button"
          fz="sm"
          fw={600}
          underline="always"
          onClick={() => onGo(finding.elementId!)}
          aria-label={`${text}: ${t('impactModel.check.goTo', { title: finding.title })}`}
        >
          {finding.title}
        </Anchor>
      ) : null}
    </li>
  );
}
