import { Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRODUCT_FILE_MAX_BYTES, PRODUCT_FILE_TYPES } from '../../../shared/after-project.js';
import type { ProductView } from '../../../shared/schemas.js';
import { ErrorAlert } from '../../components/States.js';
import { fileSize } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { useRemoveProductFile, useSetProductFile } from './queries.js';

const ACCEPT = Object.keys(PRODUCT_FILE_TYPES)
  .map((extension) => `.${extension}`)
  .join(',');

/**
 * A product's file for its public page: what is there, and (for whoever may change the project)
 * choosing one, which replaces it, or removing it. Saved at once, apart from the product's form.
 */
export function ProductFileField({
  projectId,
  product,
  canEdit,
  onNotice,
}: {
  projectId: string;
  product: ProductView;
  canEdit: boolean;
  onNotice: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const setFile = useSetProductFile(projectId, product.id);
  const removeFile = useRemoveProductFile(projectId, product.id);
  const [tooLarge, setTooLarge] = useState(false);
  const file = product.file;
  const error = setFile.error ?? removeFile.error;

  function upload(chosen: File | null) {
    if (!chosen) return;
    setFile.reset();
    removeFile.reset();
    // said at once, before minutes of uploading end in a refusal
    setTooLarge(chosen.size > PRODUCT_FILE_MAX_BYTES);
    if (chosen.size > PRODUCT_FILE_MAX_BYTES) return;
    setFile.mutate(chosen, { onSuccess: () => onNotice(t('project.products.fileSaved', { title: product.title })) });
  }

  function remove() {
    setFile.reset();
    removeFile.mutate(undefined, { onSuccess: () => onNotice(t('project.products.fileRemoved', { title: product.title })) });
  }

  return (
    <Stack gap={6}>
      <Text fz="sm">
        {t('project.products.file')}: {file ? `${file.name} (${fileSize(file.size, locale)})` : t('project.products.noFile')}
      </Text>
      {error ? <ErrorAlert error={error} /> : null}
      {tooLarge ? (
        <Text fz="sm" c="red.9" role="alert">
          {t('project.products.fileTooLarge')}
        </Text>
      ) : null}
      {canEdit ? (
        <>
          <Group gap="xs">
            <FileButton onChange={upload} accept={ACCEPT}>
              {(props) => (
                <Button
                  {...props}
                  size="compact-sm"
                  variant="default"
                  loading={setFile.isPending}
                  aria-label={t(file ? 'project.products.replaceFileLabel' : 'project.products.chooseFileLabel', { title: product.title })}
                >
                  {file ? t('project.products.replaceFile') : t('project.products.chooseFile')}
                </Button>
              )}
            </FileButton>
            {file ? (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                loading={removeFile.isPending}
                onClick={remove}
                aria-label={t('project.products.removeFileLabel', { title: product.title })}
              >
                {t('project.products.removeFile')}
              </Button>
            ) : null}
          </Group>
          <Text fz="xs" c="dimmed">
            {t('project.products.fileHint')}
          </Text>
        </>
      ) : null}
    </Stack>
  );
}
