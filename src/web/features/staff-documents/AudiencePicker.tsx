import { NativeSelect, Radio, SimpleGrid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type ChosenPerson, PersonPicker } from './PersonPicker.tsx';
import { documentTargetsQuery } from './staffDocuments.queries.ts';

export const SCOPES = ['condominium', 'building', 'lot', 'person', 'council'] as const;
export type Scope = (typeof SCOPES)[number];

export interface Audience {
  scope: Scope;
  condominiumId: string;
  buildingId: string;
  lotId: string;
  person: ChosenPerson | null;
  /** For a personal document: the rented or entrusted unit it is about (lease, receipt, statement). */
  managedUnitId: string;
}

export const EMPTY_AUDIENCE: Audience = {
  scope: 'condominium',
  condominiumId: '',
  buildingId: '',
  lotId: '',
  person: null,
  managedUnitId: '',
};

export type AudienceErrors = Partial<Record<'scope' | 'condominiumId' | 'buildingId' | 'lotId' | 'personId', string>>;

interface AudiencePickerProps {
  value: Audience;
  errors: AudienceErrors;
  onChange: (audience: Audience) => void;
}

/**
 * "Visibilité": who the documents are for, and the picker that scope needs — the condominium, then one of
 * its buildings or lots; a client of the agency; or the condominium's council. A personal document may also
 * name the condominium and lot it is about, so that it shows under that lot's Documents tab.
 */
export function AudiencePicker({ value, errors, onChange }: AudiencePickerProps) {
  const { t } = useTranslation();
  const isPerson = value.scope === 'person';
  const targets = useQuery(documentTargetsQuery(value.condominiumId || undefined, isPerson ? value.person?.personId : undefined));
  const data = targets.data;
  const sameCondominium = data && value.condominiumId !== '';
  const set = (change: Partial<Audience>) => onChange({ ...value, ...change });
  const units = isPerson && value.person ? (data?.units ?? []) : [];

  return (
    <Stack gap="sm">
      <Radio.Group
        label={t('staffDocuments.audience.label')}
        value={value.scope}
        onChange={(scope) => set({ scope: scope as Scope, buildingId: '', lotId: '' })}
        error={errors.scope}
        required
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" mt="xs">
          {SCOPES.map((scope) => (
            <Radio key={scope} value={scope} label={t(`staffDocuments.audience.scopes.${scope}`)} />
          ))}
        </SimpleGrid>
      </Radio.Group>
      {isPerson && (
        <PersonPicker chosen={value.person} error={errors.personId} onChoose={(person) => set({ person, managedUnitId: '' })} />
      )}
      {units.length > 0 && (
        <NativeSelect
          id="managedUnitId"
          label={t('staffDocuments.audience.aboutUnit')}
          value={value.managedUnitId}
          onChange={(event) => set({ managedUnitId: event.currentTarget.value })}
          data={[
            { value: '', label: t('staffDocuments.audience.none') },
            ...units.map((unit) => ({
              value: unit.id,
              label: [unit.reference, unit.address, t(`staffDocuments.audience.unitRelation.${unit.relation}`)]
                .filter(Boolean)
                .join(' · '),
            })),
          ]}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          id="condominiumId"
          label={t(isPerson ? 'staffDocuments.audience.aboutCondominium' : 'staffDocuments.audience.condominium')}
          required={!isPerson}
          value={value.condominiumId}
          error={errors.condominiumId}
          onChange={(event) => set({ condominiumId: event.currentTarget.value, buildingId: '', lotId: '' })}
          data={[
            { value: '', label: t(isPerson ? 'staffDocuments.audience.none' : 'staffDocuments.audience.chooseCondominium') },
            ...(data?.condominiums ?? []).map((condominium) => ({
              value: condominium.id,
              label: condominium.reference ? `${condominium.name} (${condominium.reference})` : condominium.name,
            })),
          ]}
        />
        {value.scope === 'building' && (
          <NativeSelect
            id="buildingId"
            label={t('staffDocuments.audience.building')}
            required
            disabled={!sameCondominium}
            value={value.buildingId}
            error={errors.buildingId}
            onChange={(event) => set({ buildingId: event.currentTarget.value })}
            data={[
              { value: '', label: t('staffDocuments.audience.chooseBuilding') },
              ...(sameCondominium ? data.buildings : []).map((building) => ({ value: building.id, label: building.name })),
            ]}
          />
        )}
        {(value.scope === 'lot' || (isPerson && value.condominiumId)) && (
          <NativeSelect
            id="lotId"
            label={t(isPerson ? 'staffDocuments.audience.aboutLot' : 'staffDocuments.audience.lot')}
            required={!isPerson}
            disabled={!sameCondominium}
            value={value.lotId}
            error={errors.lotId}
            onChange={(event) => set({ lotId: event.currentTarget.value })}
            data={[
              { value: '', label: t(isPerson ? 'staffDocuments.audience.none' : 'staffDocuments.audience.chooseLot') },
              ...(sameCondominium ? data.lots : []).map((lot) => ({
                value: lot.id,
                label: [t('staffDocuments.audience.lotNumber', { number: lot.number }), lot.kind, lot.buildingName]
                  .filter(Boolean)
                  .join(' · '),
              })),
            ]}
          />
        )}
      </SimpleGrid>
    </Stack>
  );
}

/** The audience as the form fields the server expects. */
export function appendAudience(form: FormData, audience: Audience) {
  form.append('scope', audience.scope);
  if (audience.condominiumId) form.append('condominiumId', audience.condominiumId);
  if (audience.scope === 'building' && audience.buildingId) form.append('buildingId', audience.buildingId);
  if ((audience.scope === 'lot' || audience.scope === 'person') && audience.lotId) form.append('lotId', audience.lotId);
  if (audience.scope === 'person' && audience.person) form.append('personId', audience.person.personId);
  if (audience.scope === 'person' && audience.managedUnitId) form.append('managedUnitId', audience.managedUnitId);
}

/** What is missing before sending, in the words of the form. */
export function audienceProblems(audience: Audience, t: TFunction): AudienceErrors {
  const errors: AudienceErrors = {};
  if (audience.scope === 'person') {
    if (!audience.person) errors.personId = t('staffDocuments.errors.person');
    return errors;
  }
  if (!audience.condominiumId) errors.condominiumId = t('staffDocuments.errors.condominium');
  if (audience.scope === 'building' && !audience.buildingId) errors.buildingId = t('staffDocuments.errors.building');
  if (audience.scope === 'lot' && !audience.lotId) errors.lotId = t('staffDocuments.errors.lot');
  return errors;
}
