/**
 * The label catalogue's legal words: the names of the protection rules and rule sets, and legal
 * grounds in the reader's language. Kept apart from `labels.ts`, which the first page loads, because
 * only the protection, reward and administration pages need them.
 */
type Lang = 'vi' | 'en';

/**
 * The rules of the built-in protection rule sets, named for people: a page says "Quy tắc “Hoàn
 * thành mục tiêu”", not "Quy tắc completed". A rule of a published rule set that is not here keeps
 * its code.
 */
export const PROTECTION_RULE_LABELS: Record<Lang, Record<string, string>> = {
  vi: {
    excluded: 'Có căn cứ loại trừ bảo vệ',
    completed: 'Hoàn thành mục tiêu',
    fell_short_without_good_faith: 'Chưa hoàn thành, không được đánh giá là có động cơ trong sáng',
    fell_short_in_good_faith_no_damage: 'Chưa hoàn thành, động cơ trong sáng, không gây thiệt hại',
    fell_short_in_good_faith_damage: 'Chưa hoàn thành, động cơ trong sáng, có thiệt hại',
    hcmc_foreseen_risk: 'Thiệt hại do rủi ro đã dự liệu (TP. Hồ Chí Minh)',
    hcmc_unforeseen_risk: 'Thiệt hại do rủi ro ngoài dự liệu (TP. Hồ Chí Minh)',
  },
  en: {
    excluded: 'An exclusion ground was found',
    completed: 'Objectives completed',
    fell_short_without_good_faith: 'Fell short, good faith not found',
    fell_short_in_good_faith_no_damage: 'Fell short in good faith, no damage',
    fell_short_in_good_faith_damage: 'Fell short in good faith, with damage',
    hcmc_foreseen_risk: 'Damage from a foreseen risk (Ho Chi Minh City)',
    hcmc_unforeseen_risk: 'Damage from an unforeseen risk (Ho Chi Minh City)',
  },
};

export const protectionRuleLabel = (ruleId: string, lang: Lang): string =>
  PROTECTION_RULE_LABELS[lang][ruleId] ?? ruleId;

/** Citations and phrases of the legal grounds that are not an article of a decree, in English. */
const LEGAL_PHRASES_EN: [RegExp, string][] = [
  [
    /suy luận \[I\], không phải quy định trực tiếp; người quyết định cân nhắc và nêu lý do bằng văn bản/g,
    'inferred [I], not a direct provision; the decider weighs it and gives written reasons',
  ],
  [
    /Kết luận 14-KL\/TW ngày 22\/9\/2021 của Bộ Chính trị, điểm 2\.4/g,
    'Politburo Conclusion 14-KL/TW of 22/9/2021, point 2.4',
  ],
  [/Kết luận 14-KL\/TW/g, 'Politburo Conclusion 14-KL/TW'],
  [
    /Kế hoạch của UBND TP\. Hồ Chí Minh thực hiện chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung/g,
    "Ho Chi Minh City People's Committee plan on encouraging and protecting dynamic, creative officials for the common good",
  ],
  [/Luật Thi đua, khen thưởng/g, 'Law on Emulation and Commendation'],
  [/suy luận \[I\]/g, 'inferred [I]'],
];

const DOCUMENT_NAMES_EN: [RegExp, string][] = [
  [/^Nghị định\s+/, 'Decree '],
  [/^Nghị quyết\s+/, 'Resolution '],
  [/^Quyết định\s+/, 'Decision '],
  [/^Thông tư\s+/, 'Circular '],
  [/^Luật\s+/, 'Law '],
];

/** "khoản 2 và khoản 3 điểm b" → "(2) and (3)(b)". */
function clausesInEnglish(rest: string): string {
  return rest
    .replace(/\s+và\s+khoản\s+(\d+)/g, ' and ($1)')
    .replace(/\s*khoản\s+(\d+)/g, '($1)')
    .replace(/\s*điểm\s+([a-zđ])/g, '($1)')
    .replace(/\s*đoạn\s+(\d+)/g, ', paragraph $1')
    .replace(/,\s*(\d+)/g, ', ($1)')
    .trim();
}

/**
 * A legal ground as stored (Vietnamese: "Điều 11 khoản 2 Nghị định 73/2023/NĐ-CP", several joined by
 * "; ") in the reader's language. In English the document keeps its Vietnamese citation after its
 * English name: "Decree 73/2023/NĐ-CP, Art. 11(2)". Vietnamese is returned as it is; a phrase this
 * does not know stays in Vietnamese rather than being guessed.
 */
export function legalGroundText(ground: string, lang: Lang): string {
  if (lang === 'vi' || !ground) return ground;
  let text = ground;
  for (const [pattern, english] of LEGAL_PHRASES_EN) text = text.replace(pattern, english);
  // "Điều 4, Điều 5, Điều 11 Nghị định …": several articles of one document.
  text = text.replace(
    /((?:Điều\s+\d+,\s*)+)Điều\s+(\d+)\s+Nghị định\s+(\d[^\s;,()]*)/gu,
    (_m, first: string, last: string, decree: string) =>
      `Decree ${decree}, Arts. ${[...first.matchAll(/\d+/g)].map((m) => m[0]).join(', ')}, ${last}`,
  );
  // "Điều X khoản Y điểm z <Document>", the document optional (an article of the decree itself).
  text = text.replace(
    /Điều\s+(\d+)((?:\s+(?:khoản|điểm|đoạn)\s+[\dA-Za-zđ]+|\s+và\s+khoản\s+\d+|,\s*\d+)*)(\s+(?:Nghị định|Nghị quyết|Quyết định|Thông tư|Luật)\s+\d[^\s;,()]*)?/gu,
    (_m, art: string, rest: string, doc: string | undefined) => {
      const citation = `Art. ${art}${clausesInEnglish(rest ?? '')}`;
      if (!doc) return citation;
      let name = doc.trim();
      for (const [pattern, english] of DOCUMENT_NAMES_EN) name = name.replace(pattern, english);
      return `${name}, ${citation}`;
    },
  );
  // "khoản 1 điều về đánh giá … (số điều chưa xác minh) Nghị định 73/2023/NĐ-CP": an article whose number is not known.
  text = text.replace(
    /khoản\s+(\d+)\s+điều về đánh giá kết quả thực hiện đề xuất \(số điều chưa xác minh\)\s+Nghị định\s+(\d[^\s;,()]*)/gu,
    'Decree $2, clause $1 of the article on evaluating results (article number not verified)',
  );
  text = text.replace(/Nghị định\s+(\d+\/\d{4}\/NĐ-CP)/g, 'Decree $1');
  text = text.replace(/\s+ngày\s+(\d{1,2}\/\d{1,2}\/\d{4})/g, ' of $1');
  return text;
}

/**
 * An article as the domain writes it for the Art. 11 table ("Art. 11(1)"), in the reader's
 * language: a Vietnamese page says "Điều 11 khoản 1".
 */
export function articleText(article: string, lang: Lang): string {
  if (lang === 'en') return article;
  return article.replace(/Art\.\s*(\d+)((?:\(\w+\))*)/g, (_m, art: string, parts: string) => {
    const [clause, point] = [...parts.matchAll(/\((\w+)\)/g)].map((m) => m[1]);
    return `Điều ${art}${clause ? ` khoản ${clause}` : ''}${point ? ` điểm ${point}` : ''}`;
  });
}

/**
 * The names of the built-in protection rule sets, as the rule sets themselves give them (a test
 * holds the two equal). Written here rather than imported so that the web app's first page does not
 * carry the rule sets.
 */
export const PROTECTION_RULE_SET_LABELS: Record<string, Record<Lang, string>> = {
  'ND73-PROTECTION': {
    vi: 'Bảo vệ cán bộ theo Nghị định 73/2023/NĐ-CP',
    en: 'Protection of officials under Decree 73/2023/ND-CP',
  },
  'HCM-PROTECTION': {
    vi: 'Bảo vệ cán bộ theo Nghị định 73 và Kế hoạch của TP. Hồ Chí Minh (rủi ro đã/chưa dự liệu)',
    en: 'Protection under Decree 73 and the Ho Chi Minh City plan (foreseen / unforeseen risk)',
  },
};

/** A protection rule set by its name where it is a built-in one; another keeps its code. */
export const protectionRuleSetLabel = (id: string, lang: Lang): string => PROTECTION_RULE_SET_LABELS[id]?.[lang] ?? id;
