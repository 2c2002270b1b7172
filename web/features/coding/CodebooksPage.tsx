import { Badge, Box, Button, Group, Menu, Modal, NavLink, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { FullCodebookView } from '../../../shared/coding.js';
import { codebooks as codebooksApi } from '../../api/coding.js';
import { ConfirmModal } from '../../components/ConfirmModal.js';
import { PageHeader } from '../../components/PageHeader.js';
import { StatusNotice } from '../../components/StatusNotice.js';
import { CodebookExport, CodebookImport } from '../coding-analysis/CodebookExchange.js';
import { ErrorAlert, LoadingState } from '../../components/States.js';
import { formatNumber } from '../../lib/format.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useUser } from '../auth/session.js';
import { bookName, type CodeEntry, type CodeIndex, codeName, ink, useCodebooks, useLocale } from './codes.js';
import { CodebookForm, CodeForm, MergeForm } from './CodebookForms.js';
import { Empty } from './ui.js';
import { canCreateCodebook } from '../../../shared/access.js';

type Dialog = { kind: 'createBook' } | { kind: 'addCode' } | { kind: 'editCode' | 'merge' | 'delete'; code: CodeEntry } | null;

/** The codebooks with their codes as a tree: colours, descriptions, usage; custom codebooks and code maintenance. */
export function CodebooksPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const books = useCodebooks();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(undefined);
  useDocumentTitle(t('coding.codebooks'));

  if (books.error && !books.data) return <ErrorAlert error={books.error} onRetry={books.reload} />;
  if (!books.data) return <LoadingState />;
  const list = books.data;
  const current = list.find((b) => b.key === params.get('book')) ?? list[0];
  const replace = (book: FullCodebookView) =>
    books.setData(list.some((b) => b.id === book.id) ? list.map((b) => (b.id === book.id ? book : b)) : [...list, book]);
  const close = () => setDialog(null);
  const done = (message: string) => (book: FullCodebookView) => {
    replace(book);
    setNotice(message);
    close();
  };
  const canCreate = canCreateCodebook(user);

  async function setArchived(code: CodeEntry, archived: boolean) {
    setActionError(undefined);
    try {
      const book = archived ? await codebooksApi.archiveCode(code.id) : await codebooksApi.restoreCode(code.id);
      replace(book);
      setNotice(t(archived ? 'coding.codebooksPage.archivedDone' : 'coding.codebooksPage.restoredDone', { code: codeName(code, locale) }));
    } catch (error) {
      setActionError(error);
    }
  }

  return (
    <>
      <PageHeader
        title={t('coding.codebooks')}
        description={t('coding.codebooksPage.intro')}
        actions={canCreate ? <Button onClick={() => setDialog({ kind: 'createBook' })}>{t('coding.codebooksPage.create')}</Button> : null}
      />
      <StatusNotice notice={notice} onClose={() => setNotice(null)} />
      {actionError ? <ErrorAlert error={actionError} /> : null}

      <Box className="codebooks-layout">
        <Paper withBorder radius="md" p="xs" component="nav" aria-label={t('coding.codebooksPage.list')} className="codebooks-nav">
          {list.map((book) => (
            <NavLink
              key={book.id}
              component={Link}
              to={`?book=${encodeURIComponent(book.key)}`}
              replace
              active={book.id === current?.id}
              aria-current={book.id === current?.id ? 'page' : undefined}
              label={bookName(book, locale)}
              description={`${t(`coding.bookKinds.${bookKind(book)}`)} · ${t('coding.codebooksPage.codes', { count: book.codes.length })}`}
              fw={500}
              onClick={() => setActionError(undefined)}
            />
          ))}
        </Paper>

        {current ? (
          <CodebookSection
            book={current}
            index={books.index}
            onAddCode={() => setDialog({ kind: 'addCode' })}
            onEdit={(code) => setDialog({ kind: 'editCode', code })}
            onMerge={(code) => setDialog({ kind: 'merge', code })}
            onDelete={(code) => setDialog({ kind: 'delete', code })}
            onArchive={(code, archived) => void setArchived(code, archived)}
          />
        ) : null}
      </Box>
      {canCreate ? (
        <Paper withBorder radius="md" p="lg" mt="lg" component="section" aria-label={t('codingAnalysis.exchange.codebookImport')}>
          <CodebookImport
            onImported={(book) => {
              books.reload();
              setParams({ book: book.key }, { replace: true });
            }}
          />
        </Paper>
      ) : null}

      <Modal
        opened={dialog?.kind === 'createBook'}
        onClose={close}
        title={t('coding.codebooksPage.createTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <CodebookForm
          onCancel={close}
          onSaved={(book) => {
            done(t('coding.codebooksPage.created', { name: bookName(book, locale) }))(book);
            setParams({ book: book.key }, { replace: true });
          }}
        />
      </Modal>
      {current ? (
        <>
          <Modal
            opened={dialog?.kind === 'addCode' || dialog?.kind === 'editCode'}
            onClose={close}
            title={
              dialog?.kind === 'editCode' ? t('coding.codebooksPage.editCode') : t('coding.codebooksPage.addCodeTitle', { name: bookName(current, locale) })
            }
            closeButtonProps={{ 'aria-label': t('common.close') }}
          >
            {dialog?.kind === 'addCode' || dialog?.kind === 'editCode' ? (
              <CodeForm
                key={dialog.kind === 'editCode' ? dialog.code.id : 'new'}
                book={current}
                code={dialog.kind === 'editCode' ? dialog.code : undefined}
                onCancel={close}
                onSaved={(book) => {
                  const saved = book.codes.find((c) => (dialog.kind === 'editCode' ? c.id === dialog.code.id : !current.codes.some((o) => o.id === c.id)));
                  done(t('coding.codebooksPage.savedDone', { code: saved ? codeName(saved, locale) : '' }))(book);
                }}
              />
            ) : null}
          </Modal>
          <Modal
            opened={dialog?.kind === 'merge'}
            onClose={close}
            title={dialog?.kind === 'merge' ? t('coding.codebooksPage.mergeTitle', { code: dialog.code.key }) : ''}
            closeButtonProps={{ 'aria-label': t('common.close') }}
          >
            {dialog?.kind === 'merge' ? (
              <MergeForm
                book={current}
                code={dialog.code}
                onCancel={close}
                onSaved={done(t('coding.codebooksPage.mergedDone', { code: codeName(dialog.code, locale) }))}
              />
            ) : null}
          </Modal>
          <ConfirmModal
            opened={dialog?.kind === 'delete'}
            title={t('coding.codebooksPage.deleteTitle')}
            message={dialog?.kind === 'delete' ? t('coding.codebooksPage.deleteConfirm', { code: codeName(dialog.code, locale) }) : ''}
            confirmLabel={t('coding.codebooksPage.delete')}
            onClose={close}
            onConfirm={async () => {
              if (dialog?.kind !== 'delete') return;
              const book = await codebooksApi.removeCode(dialog.code.id);
              replace(book);
              setNotice(t('coding.codebooksPage.deletedDone', { code: codeName(dialog.code, locale) }));
            }}
          />
        </>
      ) : null}
    </>
  );
}

const bookKind = (book: FullCodebookView) => (['typology', 'level', 'factor'].includes(book.kind) ? (book.kind as 'typology' | 'level' | 'factor') : 'custom');

function CodebookSection({
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
