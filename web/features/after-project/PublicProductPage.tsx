import { Anchor, Button, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import type { PublicProductView } from '../../../shared/after-project.js';
import { LOCALES, type Locale } from '../../../shared/reference.js';
import { publicProducts } from '../../api/after-project.js';
import { Fact } from '../../components/Fact.js';
import { QueryState } from '../../components/QueryState.js';
import { MAIN_ID } from '../../components/SkipLink.js';
import { i18next, isLocale, storedLocale } from '../../i18n/index.js';
import { isNotFound } from '../../lib/errors.js';
import { countryName, fileSize } from '../../lib/format.js';
import { useTerms } from '../../lib/reference.js';
import { useDocumentTitle } from '../../lib/useDocumentTitle.js';
import { usePublicProduct } from './queries.js';
import { UseForm } from './UseForm.js';
import './after-project.css';

// A product's public page (/p/<slug>): no account, no application menu, Dutch or English by the
// reader's choice, phone first. Anyone who used the product tells its makers here.

const LANGUAGE_NAMES: Record<Locale, string> = { nl: 'Nederlands', en: 'English' };

function fallbackLocale(): Locale {
  const stored = storedLocale();
  if (stored) return stored;
  return typeof navigator !== 'undefined' && /^en\b/i.test(navigator.language) ? 'en' : 'nl';
}

export function PublicProductPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('lang');
  const locale: Locale = isLocale(asked) ? asked : fallbackLocale();
  const product = usePublicProduct(slug);
  const missing = isNotFound(product.error);

  useEffect(() => {
    // this page's language only: not stored as the browser's choice for the application
    if (i18next.resolvedLanguage !== locale) void i18next.changeLanguage(locale);
  }, [locale]);
  useDocumentTitle(product.data?.title ?? (missing ? t('after.public.notFoundTitle') : null));

  const chooseLanguage = (next: Locale) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        copy.set('lang', next);
        return copy;
      },
      { replace: true },
    );

  const notFound = (
    <div className="public-card">
      <Stack gap="md">
        <Title order={1}>{t('after.public.notFoundTitle')}</Title>
        <Text>{t('after.public.notFoundText')}</Text>
      </Stack>
    </div>
  );

  return (
    <div className="public-shell">
      <a
        className="skip-link"
        href={`#${MAIN_ID}`}
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(MAIN_ID)?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="public-header">
        <div className="public-header-inner">
          <span className="public-brand">
            <span className="product-mark" aria-hidden="true" />
            {t('after.public.brand')}
          </span>
          <Group role="group" aria-label={t('after.public.language')} gap={4} wrap="nowrap">
            {LOCALES.map((l) => (
              <Button
                key={l}
                size="compact-sm"
                variant={l === locale ? 'filled' : 'default'}
                aria-pressed={l === locale}
                lang={l}
                onClick={() => chooseLanguage(l)}
              >
                {LANGUAGE_NAMES[l]}
              </Button>
            ))}
          </Group>
        </div>
      </header>
      <main id={MAIN_ID} tabIndex={-1} className="public-main">
        <QueryState query={product} notFound={notFound}>
          {(data) => (
            <Stack gap="lg">
              <ProductDetails product={data} locale={locale} />
              <UseForm slug={slug} productTitle={data.title} locale={locale} />
            </Stack>
          )}
        </QueryState>
      </main>
    </div>
  );
}

function ProductDetails({ product, locale }: { product: PublicProductView; locale: Locale }) {
  const { t } = useTranslation();
  const { label } = useTerms();
  const other: Locale = locale === 'nl' ? 'en' : 'nl';
  // the description in the reader's language; else the other one, marked as such (and for screen readers)
  const own = product.description[locale];
  const shown = own ?? product.description[other];
  const project = product.project.acronym ? `${product.project.acronym} – ${product.project.title}` : product.project.title;
  return (
    <article className="public-card" aria-labelledby="product-title">
      <Stack gap="md">
        <div>
          <span className="tag">{label('product_kind', product.kind)}</span>
        </div>
        <Title order={1} id="product-title">
          {product.title}
        </Title>
        <Text fw={600} c="impact.9">
          {t('after.public.madeBy', { project })}
        </Text>
        {shown ? (
          <Stack gap={4}>
            <Text className="after-text" lang={own ? locale : other}>
              {shown}
            </Text>
            {own ? null : (
              <Text fz="sm" c="dimmed">
                {other === 'nl' ? t('after.public.onlyIn') : t('after.public.onlyInOther')}
              </Text>
            )}
          </Stack>
        ) : null}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" component="dl" className="facts" m={0}>
          <Fact label={t('after.public.coordinator')}>{product.project.organisation}</Fact>
          {product.project.partners.length ? (
            <Fact label={t('after.public.partners')}>
              <List size="sm" spacing={2} component="ul">
                {product.project.partners.map((p) => (
                  <List.Item key={`${p.name}|${p.country}`}>
                    {p.name} ({countryName(p.country, locale)})
                  </List.Item>
                ))}
              </List>
            </Fact>
          ) : null}
        </SimpleGrid>
        {product.url || product.file ? (
          <Group gap="sm">
            {product.url ? (
              <Button component="a" href={product.url} target="_blank" rel="noopener noreferrer">
                {t('after.public.openLink')}
              </Button>
            ) : null}
            {product.file ? (
              <Anchor href={publicProducts.fileUrl(product.slug)} download={product.file.name} fw={600} underline="always">
                {t('after.public.download', { name: product.file.name, size: fileSize(product.file.size, locale) })}
              </Anchor>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </article>
  );
}
