import { Title } from '@mantine/core';

// Placeholder: the page is being built.
export function ImpactModelPage() {
  return <Title order={1}>ImpactModelPage</Title>;
}
