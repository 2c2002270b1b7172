import { Button, Menu, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { canChangeRoles, canChangeStandingOf, isAgency } from '../../../shared/access.js';
import type { AccountView } from '../../../shared/accounts.js';
import { TableRegion } from '../../components/TableRegion.js';
import { dateTime, shortDate } from '../../lib/format.js';
import { useLocale } from '../../lib/useLocale.js';
import { useUser } from '../auth/session.js';
import './accounts.css';

export type UserAction = 'role' | 'deactivate' | 'reactivate' | 'resend';

/** The accounts as a table that scrolls inside its own labelled region on a phone; actions per row in a menu. */
export function UsersTable({ accounts, onAction }: { accounts: AccountView[]; onAction: (action: UserAction, account: AccountView) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const me = useUser();
  // the agency sees accounts of every organisation: which one is a column of its own
  const showOrganisation = isAgency(me);
  const label = t('accounts.users.tableLabel');
  return (
    <TableRegion label={label}>
      <Table aria-label={label} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('accounts.users.name')}</Table.Th>
            <Table.Th scope="col">{t('accounts.users.role')}</Table.Th>
            {showOrganisation ? <Table.Th scope="col">{t('accounts.users.organisation')}</Table.Th> : null}
            <Table.Th scope="col">{t('accounts.users.status')}</Table.Th>
            <Table.Th scope="col">{t('accounts.users.lastSignIn')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('accounts.users.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((a) => {
            const self = !canChangeStandingOf(me, a.id);
            const actions: UserAction[] = self
              ? []
              : [
                  ...(canChangeRoles(me) ? (['role'] as const) : []),
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
                {showOrganisation ? <Table.Td fz="sm">{a.organisationName ?? '—'}</Table.Td> : null}
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
    </TableRegion>
  );
}
