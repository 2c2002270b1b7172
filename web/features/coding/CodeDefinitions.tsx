import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/useLocale.js';
import { type CodeIndex, codeName } from './codes.js';

/**
 * The definitions of the codes chosen for a segment, next to the choice: what each code means,
 * when to code it and when not, and an example (the code's description, as the codebook keeps it).
 */
export function CodeDefinitions({ index, codeIds }: { index: CodeIndex; codeIds: string[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const codes = [...new Set(codeIds)].flatMap((id) => {
    const code = index.byId.get(id);
    return code ? [code] : [];
  });
  if (!codes.length) return null;
  return (
    <section aria-labelledby="code-definitions-heading" className="coding-definitions">
      <Text fz="sm" fw={600} id="code-definitions-heading">
        {t('coding.panel.definitions')}
      </Text>
      <Text fz="xs" c="dimmed" mb={4}>
        {t('coding.panel.definitionsHint')}
      </Text>
      <Stack gap={4}>
        {codes.map((code) => {
          const description = locale === 'en' ? (code.descriptionEn ?? code.descriptionNl) : (code.descriptionNl ?? code.descriptionEn);
          return (
            <details key={code.id}>
              <summary>
                {code.book.kind === 'typology' ? `${code.key} · ` : ''}
                {codeName(code, locale)}
              </summary>
              <Text fz="xs" style={{ whiteSpace: 'pre-line' }} mt={4} mb={6}>
                {description ?? t('coding.panel.noDefinition')}
              </Text>
            </details>
          );
        })}
      </Stack>
    </section>
  );
}
