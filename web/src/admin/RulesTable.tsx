import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProtectionRule, StoredRuleSet } from '../api/rule-sets';
import { ScrollTable } from '../components/ScrollTable';
import { useLegalText } from '../format/legal-ground';

/** The rules of one version in words, in the order they are tried (the first that matches decides). */
export function RulesTable({ set }: { set: StoredRuleSet }) {
  const { t, i18n } = useTranslation('protection');
  const en = i18n.language === 'en';
  const legal = useLegalText();
  const yesNo = (v: boolean) => (v ? t('common:yes') : t('common:no'));
  const values = (v: string | string[], render: (x: string) => string) =>
    (Array.isArray(v) ? v : [v]).map(render).join(' / ');
  const when = (r: ProtectionRule) => {
    const w = r.when;
    const parts = [
      w.anyExclusionFound !== undefined &&
        `${t('ruleSets.conditions.anyExclusionFound')}: ${yesNo(w.anyExclusionFound)}`,
      w.compliant !== undefined && `${t('ruleSets.conditions.compliant')}: ${yesNo(w.compliant)}`,
      w.outcome !== undefined && `${t('ruleSets.conditions.outcome')}: ${values(w.outcome, (x) => t(`outcomes.${x}`))}`,
      w.goodFaith !== undefined && `${t('ruleSets.conditions.goodFaith')}: ${yesNo(w.goodFaith)}`,
      w.damage !== undefined && `${t('ruleSets.conditions.damage')}: ${yesNo(w.damage)}`,
      w.risk !== undefined &&
        `${t('ruleSets.conditions.risk')}: ${values(w.risk, (x) => t(`ruleSets.riskKinds.${x}`))}`,
    ].filter((x): x is string => !!x);
    return parts.length ? parts : [t('ruleSets.always')];
  };
  const title = t('ruleSets.rulesOf', { id: set.id, version: set.version });
  return (
    <ScrollTable label={title} minWidth={960}>
      <table className="k-table" data-testid="rules">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th>{t('ruleSets.order')}</th>
            <th>{t('ruleSets.when')}</th>
            <th>{t('ruleSets.then')}</th>
            <th>{t('ruleSets.legalGround')}</th>
            <th>{t('ruleSets.explanation')}</th>
          </tr>
        </thead>
        <tbody>
          {set.rules.map((r, i) => (
            <tr key={r.id}>
              <td>
                {i + 1}
                <Text size="xs" className="hash">
                  {r.id}
                </Text>
              </td>
              <td>
                <Stack gap={2}>
                  {when(r).map((p) => (
                    <Text size="sm" key={p}>
                      {p}
                    </Text>
                  ))}
                </Stack>
              </td>
              <td>
                <Text size="sm" fw={600}>
                  {t(`results.${r.then.result}`)}
                </Text>
                {r.then.reportToCompetentAuthority && <Text size="xs">{t('recommendation.report')}</Text>}
                {r.then.referToDiscipline && <Text size="xs">{t('recommendation.discipline')}</Text>}
              </td>
              <td>{legal.ground(r.legalGround)}</td>
              <td>{en ? r.explanation.en : r.explanation.vi}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
