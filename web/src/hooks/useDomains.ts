import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchDomains } from '../api/org';

export function useDomains() {
  return useQuery({ queryKey: ['domains'], queryFn: fetchDomains, staleTime: Infinity });
}

/** The domain's name in the interface language. */
export function useDomainName(): (code: string | undefined) => string {
  const { i18n } = useTranslation();
  const domains = useDomains();
  return (code) => {
    const d = domains.data?.items.find((x) => x.code === code);
    return d ? (i18n.language === 'en' ? d.nameEn : d.nameVi) : (code ?? '—');
  };
}
