import { useTranslation } from 'react-i18next';
import { NotFoundState } from '../../components/States.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return <NotFoundState title={t('notFound.title')} text={t('notFound.text')} backTo="/projects" backLabel={t('notFound.home')} />;
}
