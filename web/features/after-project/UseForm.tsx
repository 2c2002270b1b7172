import { Button, Group, NativeSelect, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECOMMEND_ANSWERS, USE_LIMITS, USE_SECTORS, USER_ORGANISATION_TYPES, useInput } from '../../../shared/after-project.js';
import { COUNTRY_CODES } from '../../../shared/countries.js';
import type { Locale } from '../../../shared/reference.js';
import { FormError } from '../../components/FormError.js';
import { countryName } from '../../lib/format.js';
import { useSubmit } from '../../lib/useSubmit.js';
import { orNull } from '../../lib/validation.js';
import { useRegisterUse } from './queries.js';

const EMPTY = { organisationType: '', country: '', sector: '', howUsed: '', recommend: '', feedback: '', email: '', website: '' };

/** "Have you used this product?": the third party's report, with the same checks as the server's. */
export function UseForm({ slug, productTitle, locale }: { slug: string; productTitle: string; locale: Locale }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(EMPTY);
  const [done, setDone] = useState(false);
  const thanksRef = useRef<HTMLHeadingElement>(null);
  const set = (field: keyof typeof EMPTY) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  const form = useSubmit(useInput, useRegisterUse(slug), () => {
    setValues(EMPTY);
    setDone(true);
  });
  const { errors } = form;
  useEffect(() => {
    if (done) thanksRef.current?.focus();
  }, [done]);

  const countries = useMemo(
    () => COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) ?? code })).sort((a, b) => a.label.localeCompare(b.label, locale)),
    [locale],
  );
  const choose = { value: '', label: t('common.choose') };

  if (done)
    return (
      <section className="public-card" aria-labelledby="use-thanks" role="status">
        <Stack gap="sm" align="flex-start">
          <Title order={2} id="use-thanks" ref={thanksRef} tabIndex={-1}>
            {t('after.public.thanksTitle')}
          </Title>
          <Text>{t('after.public.thanksText', { title: productTitle })}</Text>
          <Button variant="default" onClick={() => setDone(false)}>
            {t('after.public.another')}
          </Button>
        </Stack>
      </section>
    );

  const input = {
    ...values,
    feedback: orNull(values.feedback),
    email: orNull(values.email),
    website: orNull(values.website),
    locale,
  };
  return (
    <section className="public-card" aria-labelledby="use-form">
      <form ref={form.formRef} onSubmit={(e) => form.submit(e, input)} noValidate>
        <Stack gap="md">
          <div>
            <Title order={2} id="use-form" mb={6}>
              {t('after.public.formHeading')}
            </Title>
            <Text>{t('after.public.formIntro')}</Text>
          </div>
          <FormError error={form.error} hasFieldErrors={form.hasFieldErrors} />
          <NativeSelect
            label={t('after.public.organisationType')}
            required
            value={values.organisationType}
            onChange={(e) => set('organisationType')(e.currentTarget.value)}
            data={[choose, ...USER_ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`after.use.organisationTypes.${v}`) }))]}
            error={errors.organisationType}
          />
          <NativeSelect
            label={t('after.public.country')}
            required
            value={values.country}
            onChange={(e) => set('country')(e.currentTarget.value)}
            data={[choose, ...countries]}
            error={errors.country}
          />
          <NativeSelect
            label={t('after.public.sector')}
            required
            value={values.sector}
            onChange={(e) => set('sector')(e.currentTarget.value)}
            data={[choose, ...USE_SECTORS.map((v) => ({ value: v, label: t(`after.use.sectors.${v}`) }))]}
            error={errors.sector}
          />
          <Textarea
            label={t('after.public.howUsed')}
            description={t('after.public.howUsedHint', { max: USE_LIMITS.howUsed })}
            required
            autosize
            minRows={3}
            maxRows={10}
            maxLength={USE_LIMITS.howUsed}
            value={values.howUsed}
            onChange={(e) => set('howUsed')(e.currentTarget.value)}
            error={errors.howUsed}
          />
          <Radio.Group label={t('after.public.recommend')} required value={values.recommend} onChange={set('recommend')} error={errors.recommend}>
            <Group gap="lg" mt={6}>
              {RECOMMEND_ANSWERS.map((v) => (
                <Radio key={v} value={v} label={t(`after.use.recommend.${v}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={t('after.public.feedback')}
            description={t('after.public.feedbackHint', { max: USE_LIMITS.feedback })}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={USE_LIMITS.feedback}
            value={values.feedback}
            onChange={(e) => set('feedback')(e.currentTarget.value)}
            error={errors.feedback}
          />
          <TextInput
            label={t('after.public.email')}
            description={t('after.public.emailHint')}
            type="email"
            autoComplete="email"
            maxLength={USE_LIMITS.email}
            value={values.email}
            onChange={(e) => set('email')(e.currentTarget.value)}
            error={errors.email}
          />
          <div className="honeypot" aria-hidden="true">
            <label>
              {t('after.public.honeypot')}
              <input
                type="text"
                name="website"
                tabIndex={-1}
                autoComplete="off"
                value={values.website}
                onChange={(e) => set('website')(e.currentTarget.value)}
              />
            </label>
          </div>
          <Group>
            <Button type="submit" loading={form.busy}>
              {t('after.public.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}
