import { Anchor, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { SearchHitView } from '../../../shared/coding.js';
import type { WordSearch as WordSearchParams } from '../../api/coding.js';
import { QueryState } from '../../components/QueryState.js';
import { Empty } from '../../components/Section.js';
import { useMomentLabel } from '../../lib/reference.js';
import { useWordSearch } from './queries.js';
import { usePersonLabel } from './ui.js';

/**
 * Words across the full text of sources, coded or not: one project's when the retrieval filters name
 * a project, else every project the user may see (narrowed by sector and key action). Each place
 * found opens the coding page with the words selected, ready to code.
 */
export function WordSearch({ scope }: { scope: Omit<WordSearchParams, 'q'> }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const search = useWordSearch({ ...scope, q });
  function submit(event: FormEvent) {
    event.preventDefault();
    const next = typed.trim();
    setTooShort(next.length < 2);
    if (next.length >= 2) setQ(next);
  }
  return (
    <section aria-labelledby="word-search-heading">
      <Title order={2} id="word-search-heading" fz="h3">
        {t('coding.search.heading')}
      </Title>
      <Text fz="sm" c="dimmed" maw="75ch" mb="sm">
        {scope.projectId ? t('coding.search.intro') : t('coding.search.introAll')}
      </Text>
      <form onSubmit={submit} aria-labelledby="word-search-heading">
        <Group align="flex-end" gap="sm" mb="md">
          <TextInput
            label={t('coding.search.label')}
            type="search"
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            error={tooShort ? t('coding.search.tooShort') : undefined}
            maxLength={100}
            w={{ base: '100%', xs: 320 }}
          />
          <Button type="submit">{t('coding.search.submit')}</Button>
        </Group>
      </form>
      <Text fw={600} role="status" aria-live="polite" mb="sm" mih={24}>
        {q && search.data
          ? `${t('coding.search.count', { count: search.data.hits.length, sources: search.data.sources })}${search.data.truncated ? ` ${t('coding.search.truncated')}` : ''}`
          : ''}
      </Text>
      {q ? (
        <QueryState query={search}>
          {(found) =>
            found.hits.length ? (
              <Stack component="ol" className="plain-list" gap="sm" aria-label={t('coding.search.results')} aria-busy={search.isPlaceholderData}>
                {found.hits.map((hit) => (
                  <SearchHit key={`${hit.source.id}:${hit.start}`} hit={hit} />
                ))}
              </Stack>
            ) : (
              <Empty>{t('coding.search.none')}</Empty>
            )
          }
        </QueryState>
      ) : null}
    </section>
  );
}

function SearchHit({ hit }: { hit: SearchHitView }) {
  const { t } = useTranslation();
  const personLabel = usePersonLabel();
  const momentLabel = useMomentLabel();
  const facts = [momentLabel(hit.source.moment), ...hit.interviewees.map(personLabel)].filter(Boolean);
  return (
    <Paper component="li" withBorder radius="md" p="md">
      <Stack gap="xs">
        <div>
          <Anchor component={Link} to={`/projects/${hit.project.id}`} fw={600} fz="sm" underline="always">
            {hit.project.title}
          </Anchor>
          <Text fz="sm">
            {t('coding.retrievalPage.source')}: {hit.source.title}
          </Text>
          {facts.length ? (
            <Text fz="xs" c="dimmed">
              {facts.join(' · ')}
            </Text>
          ) : null}
        </div>
        <Text className="retrieved-text" lang={hit.source.language}>
          {hit.before ? <span className="context">…{hit.before.trimStart()}</span> : null}
          <mark>{hit.match}</mark>
          {hit.after ? <span className="context">{hit.after.trimEnd()}…</span> : null}
        </Text>
        <Group>
          <Button
            component={Link}
            to={`/sources/${hit.source.id}?select=${hit.start}-${hit.end}`}
            variant="default"
            size="compact-sm"
            aria-label={t('coding.search.openLabel', { match: hit.match, source: hit.source.title })}
          >
            {t('coding.search.open')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
