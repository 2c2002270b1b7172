import { Box, Button, Modal, NavLink, Paper } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import type { FullCodebookView } from '../../../shared/coding.js';
import { ConfirmModal } from '../../components/ConfirmModal.js';
import { PageHeader } from '../../components/PageHeader.js';
import { QueryState } from '../../components/QueryState.js';
import { ErrorAlert } from '../../components/States.js';
import { StatusNotice } from '../../components/StatusNotice.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { useLocale } from '../../lib/useLocale.js';
import { useUser } from '../auth/session.js';
import { CodebookImport } from '../coding-analysis/CodebookExchange.js';
import { bookKind, CodebookSection } from './CodebookTree.js';
import { bookName, type CodeEntry, type CodeIndex, codeName } from './codes.js';
import { CodebookForm, CodeForm, MergeForm } from './CodebookForms.js';
import { useArchiveCode, useCodebooks, useRemoveCode } from './queries.js';
import { canCreateCodebook } from '../../../shared/access.js';

type Dialog = { kind: 'createBook' } | { kind: 'addCode' } | { kind: 'editCode' | 'merge' | 'delete'; code: CodeEntry } | null;

/** The codebooks with their codes as a tree: colours, descriptions, usage; custom codebooks and code maintenance. */
export function CodebooksPage() {
  const { t } = useTranslation();
  const books = useCodebooks();
  useDocumentTitle(t('coding.codebooks'));
  return <QueryState query={books.query}>{(list) => <Codebooks list={list} index={books.index} />}</QueryState>;
}

function Codebooks({ list, index }: { list: FullCodebookView[]; index: CodeIndex }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const archive = useArchiveCode();
  const removeCode = useRemoveCode();
  const current = list.find((b) => b.key === params.get('book')) ?? list[0];
  const close = () => setDialog(null);
  const done = (message: string) => () => {
    setNotice(message);
    close();
  };
  const canCreate = canCreateCodebook(user);

  const setArchived = (code: CodeEntry, archived: boolean) =>
    archive.mutate(
      { codeId: code.id, archived },
      { onSuccess: () => setNotice(t(archived ? 'coding.codebooksPage.archivedDone' : 'coding.codebooksPage.restoredDone', { code: codeName(code, locale) })) },
    );

  return (
    <>
      <PageHeader
        title={t('coding.codebooks')}
        description={t('coding.codebooksPage.intro')}
        actions={canCreate ? <Button onClick={() => setDialog({ kind: 'createBook' })}>{t('coding.codebooksPage.create')}</Button> : null}
      />
      <StatusNotice notice={notice} onClose={() => setNotice(null)} />
      {archive.error ? <ErrorAlert error={archive.error} /> : null}

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
              onClick={() => archive.reset()}
            />
          ))}
        </Paper>

        {current ? (
          <CodebookSection
            book={current}
            index={index}
            onAddCode={() => setDialog({ kind: 'addCode' })}
            onEdit={(code) => setDialog({ kind: 'editCode', code })}
            onMerge={(code) => setDialog({ kind: 'merge', code })}
            onDelete={(code) => setDialog({ kind: 'delete', code })}
            onArchive={setArchived}
          />
        ) : null}
      </Box>
      {canCreate ? (
        <Paper withBorder radius="md" p="lg" mt="lg" component="section" aria-label={t('codingAnalysis.exchange.codebookImport')}>
          <CodebookImport onImported={(book) => setParams({ book: book.key }, { replace: true })} />
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
            done(t('coding.codebooksPage.created', { name: bookName(book, locale) }))();
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
                  done(t('coding.codebooksPage.savedDone', { code: saved ? codeName(saved, locale) : '' }))();
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
              await removeCode.mutateAsync(dialog.code.id);
              setNotice(t('coding.codebooksPage.deletedDone', { code: codeName(dialog.code, locale) }));
            }}
          />
        </>
      ) : null}
    </>
  );
}
