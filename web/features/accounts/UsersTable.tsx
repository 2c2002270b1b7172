import { Button, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountView } from '../../../shared/accounts.js';
import { useUser } from '../auth/session.js';
import { dateTime, shortDate, useLocale } from '../questionnaires/ui.js';
import './accounts.css';

export type UserAction = 'role' | 'deactivate' | 'reactivate' | 'resend';

/** The accounts as a table that scrolls inside its own labelled region on a phone; actions per row in a menu. */
export function UsersTable({ accounts, onAction }: { accounts: AccountView[]; onAction: (action: UserAction, account: AccountView) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const me = useUser();
  const isAdmin = me.role === 'na_admin';
  const label = t('accounts.users.tableLabel');
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
    <section className="table-wrap" aria-label={label} tabIndex={0}>
      <Table aria-label={label} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('accounts.users.name')}</Table.Th>
            <Table.Th scope="col">{t('accounts.users.role')}</Table.Th>
            {isAdmin ? <Table.Th scope="col">{t('accounts.users.organisation')}</Table.Th> : null}
            <Table.Th scope="col">{t('accounts.users.status')}</Table.Th>
            <Table.Th scope="col">{t('accounts.users.lastSignIn')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('accounts.users.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((a) => {
            const self = a.id === me.id;
            const actions: UserAction[] = self
              ? []
              : [
                  ...(isAdmin ? (['role'] as const) : []),
                  ...(a.status === 'invited' ? (['resend'] as const) : []),
                  a.status === 'inactive' ? ('reactivate' as const) : ('deactivate' as const),
                ];
            return (
              <Table.Tr key={a.id}>
                <Table.Th scope="row" fw={400}>
                  <Text fw={600} fz="sm">
                    {a.name}
                    {self ? ` (${t('accounts.users.you')})` : ''}
                  </Text>
                  <Text fz="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {a.email}
                  </Text>
                </Table.Th>
                <Table.Td fz="sm">{t(`roles.${a.role}`)}</Table.Td>
                {isAdmin ? <Table.Td fz="sm">{a.organisationName ?? '—'}</Table.Td> : null}
                <Table.Td fz="sm">
                  <span className="status-badge" data-status={a.status}>
                    {t(`accounts.statuses.${a.status}`)}
                  </span>
                  {a.status === 'invited' ? (
                    <Text fz="xs" c="dimmed" mt={4}>
                      {a.invitationExpiresAt
                        ? t('accounts.users.invitedUntil', { date: dateTime(a.invitationExpiresAt, locale) })
                        : t('accounts.users.invitationExpired')}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td fz="sm">{a.lastSignInAt ? shortDate(a.lastSignInAt, locale) : t('accounts.users.never')}</Table.Td>
                <Table.Td>
                  {actions.length ? (
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <Button variant="default" size="compact-sm" aria-label={t('accounts.users.actionsFor', { name: a.name })}>
                          {t('accounts.users.actions')}
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        {actions.map((action) => (
                          <Menu.Item key={action} onClick={() => onAction(action, a)} color={action === 'deactivate' ? 'red.9' : undefined}>
                            {t(
                              `accounts.users.${action === 'role' ? 'changeRole' : action === 'resend' ? 'resend' : action === 'deactivate' ? 'deactivate' : 'reactivate'}`,
                            )}
                          </Menu.Item>
                        ))}
                      </Menu.Dropdown>
                    </Menu>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </section>
  );
}
