import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/client.js';

export type LinkState = 'used' | 'expired' | 'invalid';

/** What went wrong with an e-mailed link, from the server's answer; null for other failures. */
export function linkState(error: unknown): LinkState | null {
  if (!(error instanceof ApiError)) return null;
  if (error.code === 'account.link_used') return 'used';
  if (error.code === 'account.link_expired') return 'expired';
  // a malformed token in the address is refused as bad input on `token`
  const badToken = error.status === 400 && (error.problem.errors ?? []).some((e) => e.path.endsWith('token'));
  if (error.code === 'account.link_invalid' || badToken) return 'invalid';
  return null;
}

/** A page's one message about a link that cannot be used, with the way on. */
export function LinkProblem({ title, text, to, action }: { title: string; text: string; to: string; action: ReactNode }) {
  return (
    <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={480} mt="xl">
      <Stack gap="md">
        <Title order={1}>{title}</Title>
        <Text>{text}</Text>
        <Anchor component={Link} to={to} fw={600} underline="always">
          {action}
        </Anchor>
      </Stack>
    </Paper>
  );
}
