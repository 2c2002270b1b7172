import { Title } from '@mantine/core';

// Placeholder: the page is being built.
export function RetrievalPage() {
  return <Title order={1}>RetrievalPage</Title>;
}
