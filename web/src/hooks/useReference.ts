import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchPositions, fetchUnitTypes } from '../api/org';

export const usePositions = () => useQuery({ queryKey: ['positions'], queryFn: fetchPositions, staleTime: Infinity });
export const useUnitTypes = () => useQuery({ queryKey: ['unit-types'], queryFn: fetchUnitTypes, staleTime: Infinity });

export function useUnitTypeName(): (code: string) => string {
  const { i18n } = useTranslation();
  const types = useUnitTypes();
  return (code) => {
    const x = types.data?.items.find((u) => u.code === code);
    return x ? (i18n.language === 'en' ? x.nameEn : x.nameVi) : code;
  };
}

export function usePositionName(): (code: string | null) => string {
  const { i18n } = useTranslation();
  const positions = usePositions();
  return (code) => {
    const x = positions.data?.items.find((p) => p.code === code);
    return x ? (i18n.language === 'en' ? x.nameEn : x.nameVi) : (code ?? '—');
  };
}
