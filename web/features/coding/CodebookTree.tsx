import { Badge, Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FullCodebookView } from '../../../shared/coding.js';
import { Empty } from '../../components/Section.js';
import { formatNumber } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { useUser } from '../auth/session.js';
import { CodebookExport } from '../coding-analysis/CodebookExchange.js';
import { bookName, type CodeEntry, type CodeIndex, codeName, ink } from './codes.js';

export const bookKind = (book: FullCodebookView) =>
  ['typology', 'level', 'factor'].includes(book.kind) ? (book.kind as 'typology' | 'level' | 'factor') : 'custom';

/** A codebook: what kind and whose it is, how much it is used, and its codes as a tree with their actions. */
export function CodebookSection({
  book,
  index,
  onAddCode,
  onEdit,
  onMerge,
  onDelete,
  onArchive,
}: {
  book: FullCodebookView;
  index: CodeIndex;
  onAddCode: () => void;
  onEdit: (code: CodeEntry) => void;
  onMerge: (code: CodeEntry) => void;
  onDelete: (code: CodeEntry) => void;
  onArchive: (code: CodeEntry, archived: boolean) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useUser();
  const codes = index.ordered(book);
  const owner = book.isSystem
    ? t('coding.codebooksPage.system')
    : book.organisationId === null
      ? t('coding.codebooksPage.shared')
      : book.organisationId === user.organisationId
        ? t('coding.codebooksPage.own')
        : t('coding.codebooksPage.organisation');
  const usage = book.codes.reduce((sum, c) => sum + c.usage, 0);

  const renderLevel = (parentId: string | null) => {
    const level = codes.filter((c) => (parentId === null ? c.depth === 0 : c.parentId === parentId));
    if (!level.length) return null;
    return level.map((code) => {
      const children = renderLevel(code.id);
      return (
        <li key={code.id}>
          <CodeRow code={code} book={book} onEdit={onEdit} onMerge={onMerge} onDelete={onDelete} onArchive={onArchive} />
          {children ? <ul>{children}</ul> : null}
        </li>
      );
    });
  };

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="codebook-heading">
      <Group justify="space-between" align="flex-start" mb="sm" gap="sm">
        <Stack gap={4}>
          <Title order={2} id="codebook-heading">
            {bookName(book, locale)}
          </Title>
          <Group gap="xs">
            <span className="tag">{t(`coding.bookKinds.${bookKind(book)}`)}</span>
            <span className="tag">{owner}</span>
            <Text fz="sm" c="dimmed">
              {t('coding.codebooksPage.codes', { count: book.codes.length })} ·{' '}
              {t('coding.codebooksPage.usage', { count: usage, formatted: formatNumber(usage, locale) })}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs">
          <CodebookExport codebookId={book.id} />
          {book.canEdit ? (
            <Button variant="light" onClick={onAddCode}>
              {t('coding.codebooksPage.addCode')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {book.canEdit && book.isSystem ? (
        <Text fz="sm" c="dimmed" mb="sm">
          {t('coding.codebooksPage.systemFixed')}
        </Text>
      ) : null}
      {!book.canEdit ? (
        <Text fz="sm" c="dimmed" mb="sm">
          {t('coding.codebooksPage.readOnly')}
        </Text>
      ) : null}
      {codes.length ? (
        <ul className="code-tree" aria-label={t('coding.codebooksPage.treeLabel', { name: bookName(book, locale) })}>
          {renderLevel(null)}
        </ul>
      ) : (
        <Empty>{t('coding.codebooksPage.empty')}</Empty>
      )}
    </Paper>
  );
}

function CodeRow({
  code,
  book,
  onEdit,
  onMerge,
  onDelete,
  onArchive,
}: {
  code: CodeEntry;
  book: FullCodebookView;
  onEdit: (code: CodeEntry) => void;
  onMerge: (code: CodeEntry) => void;
  onDelete: (code: CodeEntry) => void;
  onArchive: (code: CodeEntry, archived: boolean) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const description = locale === 'en' ? (code.descriptionEn ?? code.descriptionNl) : (code.descriptionNl ?? code.descriptionEn);
  return (
    <div className="code-row">
      <span className="code-row__swatch" style={{ background: code.color ? ink(code.color) : 'transparent' }} aria-hidden="true" />
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" wrap="wrap">
          <Text fw={book.codes.some((c) => c.parentId === code.id) ? 700 : 500} c={code.archived ? 'dimmed' : undefined}>
            {codeName(code, locale)}
          </Text>
          <span className="code-key">{code.key}</span>
          {code.archived ? (
            <Badge variant="light" color="gray" c="dark.6" size="sm">
              {t('coding.codebooksPage.archived')}
            </Badge>
          ) : null}
        </Group>
        {description ? (
          <Text fz="sm" c="dimmed" maw="70ch">
            {description}
          </Text>
        ) : null}
      </Stack>
      <Text fz="sm" c={code.usage ? undefined : 'dimmed'} style={{ whiteSpace: 'nowrap' }} mt={2}>
        {code.usage ? t('coding.codebooksPage.usage', { count: code.usage, formatted: formatNumber(code.usage, locale) }) : t('coding.codebooksPage.unused')}
      </Text>
      {book.canEdit ? (
        <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
          <Menu.Target>
            <Button variant="subtle" size="compact-sm" aria-label={t('coding.codebooksPage.actions', { code: code.key })}>
              {t('coding.codebooksPage.actionsShort')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => onEdit(code)}>{t('coding.codebooksPage.editCode')}</Menu.Item>
            <Menu.Item onClick={() => onArchive(code, !code.archived)}>
              {code.archived ? t('coding.codebooksPage.restore') : t('coding.codebooksPage.archive')}
            </Menu.Item>
            {!book.isSystem ? (
              <>
                <Menu.Item onClick={() => onMerge(code)}>{t('coding.codebooksPage.merge')}</Menu.Item>
                <Menu.Item c="red.9" onClick={() => onDelete(code)}>
                  {t('coding.codebooksPage.delete')}
                </Menu.Item>
              </>
            ) : null}
          </Menu.Dropdown>
        </Menu>
      ) : null}
    </div>
  );
}
