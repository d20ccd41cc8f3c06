import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { agencyCondominiumsQuery } from './contracts.queries.ts';

/**
 * The staff's choice of one of their agency's condominiums ("name — city"), shared by the contracts, funds calls
 * and invoices pages. The query is the page's own (cached), so the page still shows its error above its filters.
 */
export function CondominiumSelect({
  label,
  placeholder,
  value,
  onChange,
  w,
  maw,
}: {
  label: string;
  placeholder: string;
  value: string | null;
  onChange: (value: string | null) => void;
} & Pick<SelectProps, 'w' | 'maw'>) {
  const condominiums = useQuery(agencyCondominiumsQuery);
  const options = (condominiums.data?.condominiums ?? []).map((condominium) => ({
    value: condominium.id,
    label: `${condominium.name}${condominium.city ? ` — ${condominium.city}` : ''}`,
  }));
  return (
    <Select
      label={label}
      placeholder={placeholder}
      data={options}
      value={value}
      onChange={onChange}
      searchable
      allowDeselect={false}
      w={w}
      maw={maw}
    />
  );
}
