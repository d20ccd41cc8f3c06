/**
 * GERASCO's 28 units managed by ImmoCity Paris Suffren, as the agency's software would list them: 22 let,
 * 3 being let after their tenant left, 3 vacant (one awaiting works, one never let through the agency).
 */

export type Status = 'loue' | 'mise_en_location' | 'vacant';
export type UnitKind = 'appartement' | 'commerce' | 'parking';

export interface UnitPlan {
  street: string;
  postalCode: string;
  floor: string;
  kind: UnitKind;
  surface: number;
  status: Status;
  /** Start of the running lease (status "loué"). */
  since?: string;
  /** A lease that has ended: why a unit is back on the market, or the history of a re-let one. */
  previous?: { start: string; end: string };
  /** Co-tenancy: two people sign the same lease. */
  coTenancy?: boolean;
  /** Shops are let to companies, not to people. */
  company?: string;
  /** Where the tenant lives when the unit is not a home (a parking space): a street nearby. */
  tenantHome?: string;
  /** The tenant demo account must keep its published identifier. */
  tenantReference?: string;
}

const unit = (
  street: string,
  postalCode: string,
  floor: string,
  kind: UnitKind,
  surface: number,
  status: Status,
  details: Partial<UnitPlan> = {},
): UnitPlan => ({ street, postalCode, floor, kind, surface, status, ...details });

export const units: UnitPlan[] = [
  unit('20 rue de Chambéry', '75015', '3', 'appartement', 42, 'loue', { since: '2021-09-01', tenantReference: 'LO300115' }),
  unit('20 rue de Chambéry', '75015', '1', 'appartement', 58, 'loue', { since: '2020-02-01', coTenancy: true }),
  unit('20 rue de Chambéry', '75015', '2', 'appartement', 35, 'loue', { since: '2023-10-01' }),
  unit('20 rue de Chambéry', '75015', '4', 'appartement', 64, 'mise_en_location', {
    previous: { start: '2019-06-01', end: '2026-09-30' },
  }),
  unit('20 rue de Chambéry', '75015', 'RDC', 'commerce', 70, 'loue', {
    since: '2018-04-01',
    company: 'SARL Le Fournil de Chambéry',
  }),
  unit('20 rue de Chambéry', '75015', '-1', 'parking', 12, 'loue', { since: '2022-01-01', tenantHome: '11 rue Brancion' }),
  unit('8 rue de Vouillé', '75015', '2', 'appartement', 47, 'loue', {
    since: '2022-08-01',
    previous: { start: '2019-04-01', end: '2022-06-30' },
  }),
  unit('114 rue Lecourbe', '75015', '5', 'appartement', 28, 'loue', { since: '2024-09-01' }),
  unit('52 rue de la Convention', '75015', '3', 'appartement', 73, 'loue', { since: '2019-11-01' }),
  unit('31 rue Cambronne', '75015', '1', 'appartement', 39, 'vacant', { previous: { start: '2016-03-01', end: '2026-04-30' } }),
  unit('77 rue du Commerce', '75015', '4', 'appartement', 55, 'loue', { since: '2021-03-01' }),
  unit('9 rue Cler', '75007', '2', 'appartement', 61, 'loue', { since: '2020-07-01' }),
  unit('146 rue Saint-Dominique', '75007', '6', 'appartement', 24, 'loue', { since: '2025-09-01' }),
  unit('18 avenue de La Motte-Picquet', '75007', '-2', 'parking', 12, 'loue', {
    since: '2019-05-01',
    tenantHome: '7 rue Augereau',
  }),
  unit('41 rue Oberkampf', '75011', '3', 'appartement', 44, 'loue', { since: '2023-01-01' }),
  unit('12 rue de Charonne', '75011', '5', 'appartement', 33, 'mise_en_location', {
    previous: { start: '2022-10-01', end: '2026-10-31' },
  }),
  unit('95 boulevard Voltaire', '75011', '2', 'appartement', 68, 'loue', { since: '2024-02-01', coTenancy: true }),
  unit('23 rue Caulaincourt', '75018', '4', 'appartement', 52, 'loue', { since: '2020-10-01' }),
  unit('60 rue Lepic', '75018', '1', 'appartement', 30, 'loue', { since: '2025-03-01' }),
  unit('140 rue des Pyrénées', '75020', '3', 'appartement', 46, 'loue', { since: '2022-05-01' }),
  unit('210 avenue Daumesnil', '75012', '2', 'appartement', 57, 'loue', { since: '2021-12-01' }),
  unit('88 rue de Tolbiac', '75013', '7', 'appartement', 63, 'loue', { since: '2019-09-01' }),
  unit('45 rue Daguerre', '75014', '1', 'appartement', 38, 'loue', { since: '2023-06-01' }),
  unit("172 rue d'Alésia", '75014', '-1', 'parking', 12, 'vacant'),
  unit('66 rue Mouffetard', '75005', 'RDC', 'commerce', 45, 'loue', {
    since: '2017-01-01',
    company: 'SAS Fromagerie Mouffetard',
  }),
  unit('5 rue Olivier de Serres', '75015', '4', 'appartement', 49, 'vacant'),
  unit('130 avenue Félix Faure', '75015', '6', 'appartement', 26, 'mise_en_location', {
    previous: { start: '2021-09-01', end: '2026-08-31' },
  }),
  unit('17 boulevard de Grenelle', '75015', '3', 'appartement', 54, 'loue', { since: '2022-11-01' }),
];
