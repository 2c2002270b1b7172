import { Title } from '@mantine/core';

// Placeholder: the page is being built.
export function CodebooksPage() {
  return <Title order={1}>CodebooksPage</Title>;
}
