import { Anchor, Group, MultiSelect, NativeSelect, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ProjectView } from '../../../shared/schemas.js';
import { Fact } from '../../components/Fact.js';
import { PageHeader } from '../../components/PageHeader.js';
import { ProjectGate } from '../../components/ProjectGate.js';
import { Empty, Section } from '../../components/Section.js';
import { QueryState } from '../../components/QueryState.js';
import { TableRegion } from '../../components/TableRegion.js';
import { formatNumber } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { bookName } from '../coding/codes.js';
import { useCodebooks } from '../coding/queries.js';
import { CodeChip } from '../coding/ui.js';
import { ExchangeSection } from './ExchangeSection.js';
import { useAgreement } from './queries.js';

/** Agreement between coders of one project, per code and overall, with the differing sentences side by side. */
export function AgreementPage() {
  const { t } = useTranslation();
  return <ProjectGate pageTitle={() => t('codingAnalysis.agreement.title')}>{(project) => <Agreement project={project} />}</ProjectGate>;
}

function Agreement({ project }: { project: ProjectView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = project.id;
  const [coders, setCoders] = useState<string[]>([]);
  const [codebook, setCodebook] = useState('typology');
  const codebooks = useCodebooks();
  const report = useAgreement(id, { coders: coders.length ? coders : undefined, codebook });
  // every coder seen so far stays selectable, also after narrowing the selection
  const [knownCoders, setKnownCoders] = useState<{ value: string; label: string }[]>([]);
  if (report.data?.coders.some((c) => !knownCoders.find((k) => k.value === c.id))) {
    setKnownCoders([
      ...knownCoders,
      ...report.data.coders.filter((c) => !knownCoders.find((k) => k.value === c.id)).map((c) => ({ value: c.id, label: c.name })),
    ]);
  }

  const fmt = (n: number | null) =>
    n === null ? t('codingAnalysis.agreement.undefined') : formatNumber(n, locale, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const pct = (n: number | null) =>
    n === null ? t('codingAnalysis.agreement.undefined') : formatNumber(n, locale, { style: 'percent', maximumFractionDigits: 0 });
  const code = (key: string) => codebooks.index.byKey.get(`${codebook}:${key}`);
  const coderName = (coderId: string) => report.data?.coders.find((c) => c.id === coderId)?.name ?? coderId;

  return (
    <Stack gap="xl">
      <PageHeader
        above={
          <Anchor component={Link} to={`/projects/${id}/sources`} fz="sm">
            {t('coding.sources')} · {project.title}
          </Anchor>
        }
        title={t('codingAnalysis.agreement.title')}
        description={t('codingAnalysis.agreement.intro')}
      />
      <Paper withBorder radius="md" p="md">
        <Group align="flex-end" grow>
          <MultiSelect
            label={t('codingAnalysis.agreement.coders')}
            description={t('codingAnalysis.agreement.codersHelp')}
            data={knownCoders}
            value={coders}
            onChange={setCoders}
            clearable
          />
          <NativeSelect
            label={t('codingAnalysis.agreement.codebook')}
            value={codebook}
            onChange={(e) => setCodebook(e.currentTarget.value)}
            data={codebooks.index.books.map((b) => ({ value: b.key, label: bookName(b, locale) }))}
          />
        </Group>
      </Paper>

      <QueryState query={report}>
        {(r) =>
          r.method === null ? (
            <Empty>{t('codingAnalysis.agreement.tooFew')}</Empty>
          ) : (
            <>
              <Section id="overall" title={t('codingAnalysis.agreement.overall')}>
                <Paper withBorder radius="md" p="lg">
                  <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} component="dl" className="facts" m={0}>
                    <Fact label={t('codingAnalysis.agreement.method')}>{t(`codingAnalysis.agreement.${r.method}`)}</Fact>
                    <Fact label={t('codingAnalysis.agreement.units')}>{r.units}</Fact>
                    <Fact label={t('codingAnalysis.agreement.percent')}>{pct(r.percentAgreement)}</Fact>
                    <Fact label={t('codingAnalysis.agreement.mean')}>{fmt(r.overall)}</Fact>
                  </SimpleGrid>
                  <Text fz="sm" mt="md">
                    {t('codingAnalysis.agreement.interpretation')}
                  </Text>
                </Paper>
              </Section>

              <Section id="by-code" title={t('codingAnalysis.agreement.byCode')}>
                <TableRegion className="table-scroll" label={t('codingAnalysis.agreement.byCode')}>
                  <Table striped withTableBorder miw={520}>
                    <Table.Caption>{t('codingAnalysis.agreement.byCode')}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('codingAnalysis.agreement.code')}</Table.Th>
                        <Table.Th scope="col">{t('codingAnalysis.agreement.percent')}</Table.Th>
                        <Table.Th scope="col">{t(`codingAnalysis.agreement.${r.method}`)}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {r.byCode.map((b) => (
                        <Table.Tr key={b.code}>
                          <Table.Th scope="row" fw={400}>
                            <CodeChip code={code(b.code)} fallbackKey={b.code} />
                          </Table.Th>
                          <Table.Td>{pct(b.percentAgreement)}</Table.Td>
                          <Table.Td>{fmt(b.value)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </TableRegion>
              </Section>

              <Section id="differences" title={t('codingAnalysis.agreement.differences')}>
                <Text mb="sm">{t('codingAnalysis.agreement.differencesIntro')}</Text>
                {r.differences.length === 0 ? (
                  <Empty>{t('codingAnalysis.agreement.noDifferences')}</Empty>
                ) : (
                  <TableRegion className="table-scroll" label={t('codingAnalysis.agreement.differences')}>
                    <Table withTableBorder verticalSpacing="sm" miw={640}>
                      <Table.Caption>{t('codingAnalysis.agreement.differences')}</Table.Caption>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">{t('codingAnalysis.agreement.sentence')}</Table.Th>
                          {r.coders.map((c) => (
                            <Table.Th scope="col" key={c.id}>
                              {c.name}
                            </Table.Th>
                          ))}
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {r.differences.map((d) => (
                          <Table.Tr key={`${d.sourceId}:${d.start}`}>
                            <Table.Th scope="row" fw={400} maw={420}>
                              <Text fz="sm">{d.text}</Text>
                              <Anchor component={Link} to={`/sources/${d.sourceId}`} fz="xs">
                                {t('codingAnalysis.agreement.openSource')}: {d.sourceTitle}
                              </Anchor>
                            </Table.Th>
                            {d.byCoder.map((b) => (
                              <Table.Td key={b.coderId} aria-label={coderName(b.coderId)}>
                                {b.codes.length ? (
                                  <Group gap={4}>
                                    {b.codes.map((k) => (
                                      <CodeChip key={k} code={code(k)} fallbackKey={k} />
                                    ))}
                                  </Group>
                                ) : (
                                  <Text fz="sm" fs="italic">
                                    {t('codingAnalysis.agreement.none')}
                                  </Text>
                                )}
                              </Table.Td>
                            ))}
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </TableRegion>
                )}
              </Section>
            </>
          )
        }
      </QueryState>
      <ExchangeSection projectId={id} canImport={project.canEdit} />
    </Stack>
  );
}
