import { Code, Modal, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProfileVersion } from '../api/types';
import { Fact } from '../components/Fact';
import { useLegalText } from '../format/legal-ground';
import { useReturnFocus } from '../hooks/useReturnFocus';

type Limits = Record<string, number | null>;

/** The main parameters of a profile version in words, and the whole definition as JSON. */
export function ProfileDetails({ profile, onClose }: { profile: ProfileVersion; onClose(): void }) {
  useReturnFocus();
  const { t, i18n } = useTranslation(['org', 'protection']);
  const legal = useLegalText();
  const d = profile.definition as ProfileVersion['definition'] & {
    limits: Limits;
    voteRule: Record<string, unknown>;
    protectionRuleSet?: { id: string; version: number };
  };
  const yesNo = (v: unknown) => (v ? t('common:yes') : t('common:no'));
  return (
    <Modal
      opened
      closeButtonProps={{ 'aria-label': t('common:close') }}
      onClose={onClose}
      size="xl"
      title={t('profiles.details', { code: profile.code, version: profile.version })}
    >
      <Stack>
        <Text fw={600}>{i18n.language === 'en' ? d.name.en : d.name.vi}</Text>
        <Fact label={t('profiles.fields.legalBasis')}>{legal.ground(d.legalBasis)}</Fact>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {Object.entries(d.limits).map(([k, v]) => (
            <Fact key={k} label={`${t('profiles.fields.limits')}: ${t(`profiles.fields.${k}`, { defaultValue: k })}`}>
              {v ?? t('profiles.fields.noLimit')}
            </Fact>
          ))}
          <Fact label={t('profiles.fields.partyOpinionBeforeApproval')}>{yesNo(d.partyOpinionBeforeApproval)}</Fact>
          <Fact label={t('profiles.fields.partyOpinionBeforeEvaluation')}>{yesNo(d.partyOpinionBeforeEvaluation)}</Fact>
          <Fact label={t('profiles.fields.headOverrideAllowed')}>{yesNo(d.headOverrideAllowed)}</Fact>
          <Fact label={t('profiles.fields.coveredPositionsOnly')}>{yesNo(d.coveredPositionsOnly)}</Fact>
          <Fact label={t('profiles.fields.appraisal')}>{String(d.appraisal)}</Fact>
          <Fact label={t('profiles.fields.clockOnReturn')}>{String(d.clockOnReturn)}</Fact>
          <Fact label={t('profiles.fields.decidingBody')}>{String(d.decidingBody)}</Fact>
          <Fact label={t('profiles.fields.voteRule')}>{JSON.stringify(d.voteRule)}</Fact>
          <Fact label={t('protection:ruleSets.profileRuleSet')}>
            {d.protectionRuleSet
              ? `${d.protectionRuleSet.id} v${d.protectionRuleSet.version}`
              : t('protection:ruleSets.profileRuleSetDefault')}
          </Fact>
        </SimpleGrid>
        <Code block>{JSON.stringify(d, null, 2)}</Code>
      </Stack>
    </Modal>
  );
}
