import { Title } from '@mantine/core';

// Placeholder: the page is being built.
export function ParticipantsPage() {
  return <Title order={1}>ParticipantsPage</Title>;
}
