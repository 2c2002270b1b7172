import { Title } from '@mantine/core';

// Placeholder: the page is being built.
export function InstrumentsPage() {
  return <Title order={1}>InstrumentsPage</Title>;
}
