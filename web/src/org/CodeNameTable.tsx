import { useTranslation } from 'react-i18next';
import type { CodeName } from '../api/types';
import { ScrollTable } from '../components/ScrollTable';

interface Props<R extends CodeName> {
  caption: string;
  rows: R[];
  extra?: { header: string; cell(row: R): string };
}

export function CodeNameTable<R extends CodeName>({ caption, rows, extra }: Props<R>) {
  const { t } = useTranslation('org');
  return (
    <ScrollTable label={caption} minWidth={480}>
      <table className="k-table">
        <caption style={{ fontWeight: 700, textAlign: 'left' }}>{caption}</caption>
        <thead>
          <tr>
            <th>{t('reference.code')}</th>
            <th>{t('reference.nameVi')}</th>
            <th>{t('reference.nameEn')}</th>
            {extra && <th>{extra.header}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <td className="hash">{r.code}</td>
              <td lang="vi">{r.nameVi}</td>
              <td lang="en">{r.nameEn}</td>
              {extra && <td>{extra.cell(r)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
