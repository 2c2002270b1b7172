import { Title } from '@mantine/core';

// Placeholder: the page is being built.
export function SurveyPage() {
  return <Title order={1}>SurveyPage</Title>;
}
