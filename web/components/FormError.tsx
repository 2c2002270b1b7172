import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../lib/errors.js';
import { useLocale } from '../lib/useLocale.js';

/** The error above a form: what the server said, or that the marked fields need attention. */
export function FormError({ error, hasFieldErrors }: { error: unknown; hasFieldErrors: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!error && !hasFieldErrors) return null;
  return (
    <Alert color="red" variant="light" role="alert" title={t('common.errorTitle')}>
      <Text fz="sm" c="dark.9">
        {hasFieldErrors ? t('common.formErrors') : errorMessage(error, locale)}
      </Text>
    </Alert>
  );
}
