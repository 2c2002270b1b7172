import { Title } from '@mantine/core';

// Placeholder: the page is being built.
export function CodingPage() {
  return <Title order={1}>CodingPage</Title>;
}
