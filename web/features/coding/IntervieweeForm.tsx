import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intervieweeInput } from '../../../shared/coding.js';
import type { IntervieweeView } from '../../../shared/schemas.js';
import { ApiError } from '../../api/client.js';
import { ErrorAlert } from '../../components/States.js';
import { translatedFieldErrors } from '../../lib/errors.js';
import { useTerms } from '../../lib/reference.js';
import { useLocale } from '../../lib/useLocale.js';
import { validate } from '../../lib/validation.js';
import { useAddInterviewee } from './queries.js';

/**
 * A small form for a new interviewee: role and label (a pseudonym). Not a <form> element, as it
 * also sits inside the source form; Enter in the label field adds the person.
 */
export function IntervieweeForm({ projectId, onAdded, onCancel }: { projectId: string; onAdded: (person: IntervieweeView) => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const { options } = useTerms();
  const locale = useLocale();
  const addPerson = useAddInterviewee(projectId);
  const [role, setRole] = useState('teacher');
  const [label, setLabel] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(undefined);
  const labelRef = useRef<HTMLInputElement>(null);
  const errors = translatedFieldErrors(fieldErrors, locale);

  async function add() {
    setError(undefined);
    const checked = validate(intervieweeInput, { role, label });
    if (!checked.ok) {
      setFieldErrors(checked.errors);
      labelRef.current?.focus();
      return;
    }
    setFieldErrors({});
    let person: IntervieweeView;
    try {
      person = await addPerson.mutateAsync(checked.value);
    } catch (err) {
      if (err instanceof ApiError && Object.keys(err.fieldErrors).length) setFieldErrors(err.fieldErrors);
      else setError(err);
      return;
    }
    setLabel('');
    onAdded(person);
  }

  return (
    <Stack gap="sm" role="group" aria-label={t('coding.people.addNew')}>
      {error ? <ErrorAlert error={error} /> : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('coding.people.role')}
          value={role}
          onChange={(e) => setRole(e.currentTarget.value)}
          data={options('interviewee_role')}
          error={errors.role}
        />
        <TextInput
          ref={labelRef}
          label={t('coding.people.label')}
          description={t('coding.people.labelDescription')}
          required
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void add();
            }
          }}
          error={errors.label}
        />
      </SimpleGrid>
      <Group justify="flex-end" gap="sm">
        {onCancel ? (
          <Button variant="default" size="sm" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
        <Button variant="light" size="sm" loading={addPerson.isPending} onClick={() => void add()}>
          {t('coding.people.add')}
        </Button>
      </Group>
    </Stack>
  );
}
