import { articleText, legalGroundText, protectionRuleLabel, protectionRuleSetLabel } from '@contract/legal-labels';
import { useTranslation } from 'react-i18next';

/**
 * Legal grounds are stored in Vietnamese, as the law cites them; an English page names the document
 * in English and keeps its Vietnamese citation ("Decree 73/2023/NĐ-CP, Art. 11(2)").
 */
export function useLegalText() {
  const { i18n } = useTranslation();
  const lang: 'vi' | 'en' = i18n.language === 'en' ? 'en' : 'vi';
  return {
    ground: (text: string) => legalGroundText(text, lang),
    rule: (ruleId: string) => protectionRuleLabel(ruleId, lang),
    ruleSet: (id: string) => protectionRuleSetLabel(id, lang),
    article: (article: string) => articleText(article, lang),
    lang,
  };
}

/**
 * A reasoning line whose explanation already opens with its label ("Kết quả đánh giá: Hoàn thành")
 * is shown without the label in front, so that no page says it twice.
 */
export function repeatsLabel(label: string, explanation: string): boolean {
  const head = explanation.split(':')[0]?.toLowerCase() ?? '';
  return explanation.includes(':') && head.includes(label.toLowerCase());
}
