import { NumberInput } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  label: string;
  value: number | undefined;
  onChange(value: number | undefined): void;
  error?: ReactNode;
  name?: string;
}

/** An amount in đồng, grouped the Vietnamese way (1.234.567 ₫). */
export function MoneyInput({ label, value, onChange, error, name }: Props) {
  return (
    <NumberInput
      label={label}
      name={name}
      value={value ?? ''}
      onChange={(v) =>
        onChange(typeof v === 'number' ? v : v === '' ? undefined : Number(String(v).replace(/\D/g, '')) || undefined)
      }
      thousandSeparator="."
      decimalSeparator=","
      allowDecimal={false}
      allowNegative={false}
      suffix=" ₫"
      hideControls
      error={error}
      inputMode="numeric"
    />
  );
}
