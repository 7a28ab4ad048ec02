import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchIdentities, linkIdentity, unlinkIdentity } from '../api/identities';
import type { Person } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { notifySuccess } from '../components/notify';
import { ScrollTable } from '../components/ScrollTable';
import { useReturnFocus } from '../hooks/useReturnFocus';

/**
 * The identity provider's accounts that sign in as this person (single sign-on). An administrator
 * links one by its subject (the provider's id for the account) and unlinks it; links made by a
 * verified e-mail at a first sign-in are listed too.
 */
export function PersonIdentitiesModal({ person, onClose }: { person: Person; onClose(): void }) {
  useReturnFocus();
  const { t, i18n } = useTranslation(['identities', 'org']);
  const client = useQueryClient();
  const key = ['people', 'identities', person.id];
  const q = useQuery({ queryKey: key, queryFn: ({ signal }) => fetchIdentities(person.id, signal), staleTime: 0 });
  const [subject, setSubject] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const title = t('title', { name: person.fullName });

  async function run(id: string, work: () => Promise<unknown>, done: string) {
    setBusy(id);
    setError(null);
    try {
      await work();
      notifySuccess(done);
      await client.invalidateQueries({ queryKey: key });
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(null);
    }
  }
  async function onLink(e: FormEvent) {
    e.preventDefault();
    const ok = await run('new', () => linkIdentity(person.id, { subject: subject.trim() }), t('linked'));
    if (ok) setSubject('');
  }

  const items = q.data?.items ?? [];
  return (
    <Modal opened closeButtonProps={{ 'aria-label': t('common:close') }} onClose={onClose} size="lg" title={title}>
      <Stack>
        <Text size="sm">{t('intro')}</Text>
        <ErrorAlert error={error ?? q.error} />
        {q.isPending && <LoadingBlock />}
        {q.data && items.length === 0 && <Text size="sm">{t('none')}</Text>}
        {items.length > 0 && (
          <ScrollTable label={title} minWidth={520}>
            <table className="k-table" data-testid="person-identities">
              <thead>
                <tr>
                  <th>{t('subject')}</th>
                  <th>{t('issuer')}</th>
                  <th>{t('via')}</th>
                  <th>{t('org:people.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((i) => (
                  <tr key={i.id}>
                    <td>{i.subject}</td>
                    <td>{i.issuer}</td>
                    <td>
                      {t(`via_${i.linkedVia}`)}
                      <Text size="xs">{new Date(i.linkedAt).toLocaleDateString(i18n.language)}</Text>
                    </td>
                    <td>
                      <Button
                        size="compact-sm"
                        variant="outline"
                        color="red.9"
                        loading={busy === i.id}
                        onClick={() => void run(i.id, () => unlinkIdentity(person.id, i.id), t('unlinked'))}
                        aria-label={`${t('unlink')}: ${i.subject}`}
                      >
                        {t('unlink')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
        <form onSubmit={onLink} noValidate>
          <Group align="flex-end">
            <TextInput
              style={{ flex: 1 }}
              label={t('subject')}
              description={t('subjectHelp')}
              required
              maxLength={255}
              value={subject}
              onChange={(e) => setSubject(e.currentTarget.value)}
            />
            <Button type="submit" loading={busy === 'new'} disabled={!subject.trim()}>
              {t('link')}
            </Button>
          </Group>
        </form>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
