import { Group, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A part of a page with its h2 (linkable by `id`), and an optional action on the right. */
export function Section({ id, title, action, children }: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  const headingId = `section-${id}`;
  return (
    <section aria-labelledby={headingId} className="page-section">
      <Group justify="space-between" align="center" mb="sm" gap="sm">
        <Title order={2} id={headingId}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </section>
  );
}

/** What a list or section says when it has nothing to show yet. */
export function Empty({ children }: { children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" bg="gray.0">
      <Text c="dimmed">{children}</Text>
    </Paper>
  );
}
