import { Title } from '@mantine/core';

// Placeholder: the page is being built.
export function SourcesPage() {
  return <Title order={1}>SourcesPage</Title>;
}
