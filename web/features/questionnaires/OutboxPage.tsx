import { Title } from '@mantine/core';

// Placeholder: the page is being built.
export function OutboxPage() {
  return <Title order={1}>OutboxPage</Title>;
}
