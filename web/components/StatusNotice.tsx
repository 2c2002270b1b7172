import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The page's announcement of what just happened ("Segment coded."): always in the DOM, so a
 * screen reader announces each new message (role="status" is polite).
 */
export function StatusNotice({ notice, onClose }: { notice: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite">
      {notice ? (
        <Alert color="green" variant="light" withCloseButton onClose={onClose} closeButtonLabel={t('common.close')} mb="sm">
          <Text fz="sm" c="dark.9">
            {notice}
          </Text>
        </Alert>
      ) : null}
    </div>
  );
}
