import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/support/database.ts';
import { loadedDemo } from '../../../test/support/demo-load.ts';
import { canonicalClientReference } from '../../domain/client-reference.ts';
import { creditorIdentifierProblem } from '../../domain/sepa.ts';
import { verifyPassword } from '../platform/passwords.ts';
import { demoAccounts, demoPassword, hasDemoData, loadDemoData } from './demo-data.ts';
import { DEMO_RENTAL_BANK, DEMO_TENANT_BALANCE_CENTS } from './rental-ledger.ts';

/** The rental status as the product defines it (see managed_units in schema/rentals.ts). */
const unitStatus = `
  case
    when exists (
      select 1 from leases l
      where l.managed_unit_id = u.id and l.start_date <= current_date and (l.end_date is null or l.end_date >= current_date)
    ) then 'loue'
    when u.is_being_let then 'mise_en_location'
    else 'vacant'
  end`;

describe('demo data', () => {
  const demo = loadedDemo();
  const { query, fileOf } = demo;

  it('opens every advertised demo account with the demo password', async () => {
    expect(demoAccounts.map((account) => account.identifier)).toEqual([
      'CO100452',
      'CO100417',
      'BA200028',
      'LO300115',
      'gestion@immocity.example',
    ]);
    for (const { identifier } of demoAccounts) {
      const rows = identifier.includes('@')
        ? await query<{ password_hash: string }>(
            `select a.password_hash from accounts a
             join staff_members s on s.id = a.staff_member_id
             join agencies g on g.id = s.agency_id
             where lower(a.email) = lower($1) and s.role = 'manager' and g.name = 'ImmoCity Coulon'`,
            [identifier],
          )
        : await query<{ password_hash: string }>(
            `select a.password_hash from client_references r join accounts a on a.person_id = r.person_id
             where r.canonical = $1`,
            [canonicalClientReference(identifier)],
          );
      expect(rows, identifier).toHaveLength(1);
      expect(await verifyPassword(rows[0]?.password_hash, demoPassword), identifier).toBe(true);
    }
  });

  it('gives M. et Mme Allouard exactly 4 lots in the Créteil condominium', async () => {
    const lots = await query<{ number: string; civility: string; condominium: string }>(
      `select l.number, p.civility, c.name as condominium
       from client_references r
       join persons p on p.id = r.person_id
       join ownerships o on o.person_id = p.id and o.end_date is null
       join lots l on l.id = o.lot_id
       join condominiums c on c.id = l.condominium_id
       where r.reference = 'CO100452'`,
    );
    expect(lots).toHaveLength(4);
    expect(new Set(lots.map((lot) => lot.civility))).toEqual(new Set(['M_ET_MME']));
    expect(new Set(lots.map((lot) => lot.condominium))).toEqual(new Set(['Copropriété du 100 avenue Anatole France']));
  });

  it('shares the general key in exactly 10 000 tantièmes over every lot, and the lift over apartments only', async () => {
    const [general] = await query<{ total: number; lots: number; all_lots: number }>(
      `select sum(s.shares)::int as total, count(*)::int as lots,
              (select count(*)::int from lots where condominium_id = k.condominium_id) as all_lots
       from allocation_keys k join lot_shares s on s.allocation_key_id = k.id
       where k.code = 'GEN' and k.is_general
       group by k.condominium_id`,
    );
    expect(general?.total).toBe(10_000);
    expect(general?.lots).toBe(general?.all_lots);

    const liftKinds = await query<{ kind: string; shares: number }>(
      `select l.kind, sum(s.shares)::int as shares
       from allocation_keys k join lot_shares s on s.allocation_key_id = k.id join lots l on l.id = s.lot_id
       where k.code = 'ASC' group by l.kind`,
    );
    expect(liftKinds).toEqual([{ kind: 'appartement', shares: 1_000 }]);
  });

  it('names one representative for the lot held in indivision, and keeps a past owner', async () => {
    const joint = await query<{ representatives: number; owners: number }>(
      `select count(*) filter (where is_representative)::int as representatives, count(*)::int as owners
       from ownerships where kind = 'indivision' and end_date is null group by lot_id`,
    );
    expect(joint).toEqual([{ representatives: 1, owners: 2 }]);
    const [sold] = await query<{ count: number }>('select count(*)::int as count from ownerships where end_date is not null');
    expect(sold?.count).toBeGreaterThan(0);
  });

  it('makes CO100417 a council member of a council that has a president', async () => {
    const roles = await query<{ reference: string | null; role: string }>(
      `select r.reference, m.role from council_memberships m
       left join client_references r on r.person_id = m.person_id
       where m.end_date is null`,
    );
    expect(roles).toContainEqual({ reference: 'CO100417', role: 'member' });
    expect(roles.filter((row) => row.role === 'president')).toHaveLength(1);
  });

  it("manages GERASCO's 28 units, some let, some being let, some vacant", async () => {
    const statuses = await query<{ status: string; units: number }>(
      `select ${unitStatus} as status, count(*)::int as units
       from client_references r
       join management_mandates m on m.landlord_id = r.person_id
       join managed_units u on u.mandate_id = m.id
       where r.reference = 'BA200028'
       group by 1 order by 1`,
    );
    expect(statuses.reduce((total, row) => total + row.units, 0)).toBe(28);
    expect(statuses.map((row) => row.status)).toEqual(['loue', 'mise_en_location', 'vacant']);
    expect(statuses.every((row) => row.units > 0)).toBe(true);

    const [unsigned] = await query<{ count: number }>(
      `select count(*)::int as count from leases l
       where not exists (select 1 from lease_tenants t where t.lease_id = l.id)`,
    );
    expect(unsigned?.count).toBe(0);
  });

  it('lets LO300115 rent a GERASCO unit under a running lease', async () => {
    const leases = await query<{ address: string; landlord: string; rent: number; deposit: number }>(
      `select u.address_line1 as address, landlord.company_name as landlord,
              l.monthly_rent_cents as rent, l.deposit_cents as deposit
       from client_references r
       join lease_tenants t on t.person_id = r.person_id
       join leases l on l.id = t.lease_id
       join managed_units u on u.id = l.managed_unit_id
       join management_mandates m on m.id = u.mandate_id
       join persons landlord on landlord.id = m.landlord_id
       where r.reference = 'LO300115'
         and l.start_date <= current_date and (l.end_date is null or l.end_date >= current_date)`,
    );
    expect(leases).toHaveLength(1);
    expect(leases[0]).toMatchObject({ address: '20 rue de Chambéry', landlord: 'GERASCO' });
    expect(leases[0]?.deposit).toBe(leases[0]?.rent);
  });

  it('stores every client reference in its canonical form, never twice', async () => {
    const references = await query<{ reference: string; canonical: string }>(
      'select reference, canonical from client_references',
    );
    expect(references.length).toBeGreaterThan(50);
    for (const { reference, canonical } of references) expect(canonical).toBe(canonicalClientReference(reference));
    expect(new Set(references.map((row) => row.canonical)).size).toBe(references.length);
  });

  it('gives every client a login, a few of them without email', async () => {
    const [counts] = await query<{ persons: number; accounts: number; without_email: number }>(
      `select (select count(*)::int from persons) as persons,
              (select count(*)::int from accounts where person_id is not null) as accounts,
              (select count(*)::int from accounts where person_id is not null and email is null) as without_email`,
    );
    expect(counts?.accounts).toBe(counts?.persons);
    expect(counts?.without_email).toBeGreaterThan(0);
  });

  it('refuses to load the demo a second time, without storing any file', async () => {
    expect(await hasDemoData(demo.database.db)).toBe(true);
    const [before] = await query<{ count: number }>('select count(*)::int as count from persons');
    const filesBefore = demo.storedObjects();
    await expect(loadDemoData(demo.database.db, demo.storage)).rejects.toMatchObject({ code: 'CONFLICT' });
    const [after] = await query<{ count: number }>('select count(*)::int as count from persons');
    expect(after?.count).toBe(before?.count);
    expect(demo.storedObjects()).toBe(filesBefore);
  });

  it('creates the same people on every load', async () => {
    const other = await createTestDatabase();
    try {
      await loadDemoData(other.db, demo.storage);
      const people = 'select civility, first_name, last_name, company_name, mobile_phone from persons order by 1, 2, 3, 4, 5';
      expect((await other.pool.query(people)).rows).toEqual(await query(people));
    } finally {
      await other.close();
    }
  });

  it('holds the minutes of the last three general meetings as real PDFs, searchable by their text', async () => {
    const minutes = await query<{ id: string; title: string; year: number; body_text: string }>(
      `select id, title, year, body_text from documents
       where folder = 'assemblees' and kind = 'Procès-verbal' and scope = 'condominium' order by year`,
    );
    expect(minutes.map((document) => document.year)).toEqual([2024, 2025, 2026]);
    for (const document of minutes) {
      const file = await fileOf(document.id);
      expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(file.bytes.length).toBe(file.size_bytes);
      expect(createHash('sha256').update(file.bytes).digest('hex')).toBe(file.sha256);
      expect(file.page_count).toBeGreaterThan(1);
      const text = (await file.text()).replace(/\s+/g, ' ');
      expect(text).toContain(document.title);
      expect(text).toContain('Feuille de présence');
      expect(text).toMatch(/Résolution adoptée à la majorité de l'article 24/);
      expect(document.body_text).toContain('Procès-verbal');
    }
    // The search index holds the PDFs' words, French stemming included.
    const found = await query<{ title: string }>(
      `select title from documents where search_vector @@ websearch_to_tsquery('palier_french', 'ravalements façade')`,
    );
    expect(found.map((row) => row.title)).toContain("Procès-verbal de l'assemblée générale du 12 juin 2026");
  });

  it('stores every document as a PDF whose text is the searchable text, for each folder of the legal minimum', async () => {
    const documents = await query<{ id: string; folder: string; scope: string; body_text: string; published_at: Date }>(
      'select id, folder, scope, body_text, published_at from documents',
    );
    expect(new Set(documents.map((document) => document.folder))).toEqual(
      new Set([
        'reglement',
        'carnet_entretien',
        'diagnostics',
        'contrats',
        'assemblees',
        'comptabilite',
        'appels_de_fonds',
        'vie_immeuble',
        'conseil_syndical',
        'bail',
        'gerance',
      ]),
    );
    for (const document of documents) {
      const file = await fileOf(document.id);
      expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(document.body_text.length).toBeGreaterThan(500);
    }
    // The rules' lots table ends with the totals of the three keys stored in lot_shares.
    const rules = documents.find((document) => document.folder === 'reglement');
    expect(await (await fileOf(rules?.id ?? '')).text()).toMatch(/Total\s+10\s000\s+1\s000\s+1\s000/);
    // Archived for years, a few published in the last three days (shown as new), none in the future. The
    // year's supplier invoices (council documents, see ledger-history.test.ts) are this year's by nature.
    const invoices = new Set(
      (await query<{ id: string }>("select id from documents where kind = 'Facture fournisseur'")).map((row) => row.id),
    );
    const ages = documents
      .filter((document) => !invoices.has(document.id))
      .map((document) => (Date.now() - document.published_at.getTime()) / 86_400_000);
    expect(ages.every((days) => days > 0)).toBe(true);
    expect(ages.filter((days) => days < 3).length).toBeGreaterThanOrEqual(3);
    expect(ages.filter((days) => days > 365).length).toBeGreaterThan(ages.length / 3);
  });

  it('publishes the building contracts as documents and as rows of the Contrats tab', async () => {
    const contracts = await query<{
      kind: string;
      supplier_name: string;
      yearly_amount_cents: number;
      folder: string;
      same: boolean;
    }>(
      `select c.kind, c.supplier_name, c.yearly_amount_cents, d.folder, d.condominium_id = c.condominium_id as same
       from building_contracts c join documents d on d.id = c.document_id`,
    );
    expect(contracts.map((contract) => contract.kind).sort()).toEqual([
      'ascenseur',
      'assurance',
      'chauffage',
      'espaces_verts',
      'nettoyage',
    ]);
    for (const contract of contracts) {
      expect(contract).toMatchObject({ folder: 'contrats', same: true });
      expect(contract.yearly_amount_cents).toBeGreaterThan(0);
    }
  });

  it('shows documents to the right audiences: a lot, the council, the tenant and the landlord', async () => {
    const byScope = await query<{ scope: string; folder: string; reference: string | null; lot: string | null }>(
      `select d.scope, d.folder, r.reference, l.number as lot from documents d
       left join client_references r on r.person_id = d.person_id left join lots l on l.id = d.lot_id
       where d.scope in ('lot', 'council', 'person') and d.kind <> 'Facture fournisseur'`,
    );
    expect(byScope).toContainEqual({ scope: 'lot', folder: 'diagnostics', reference: null, lot: '101' });
    expect(byScope.filter((row) => row.scope === 'council').map((row) => row.folder)).toEqual([
      'conseil_syndical',
      'conseil_syndical',
      'conseil_syndical',
    ]);
    const tenant = byScope.filter((row) => row.reference === 'LO300115');
    // Lease, inventory, three quittances and the three avis d'échéance of src/server/demo/rental-ledger.ts.
    expect(tenant.length).toBe(8);
    expect(tenant.every((row) => row.folder === 'bail')).toBe(true);
    expect(byScope).toContainEqual({ scope: 'person', folder: 'gerance', reference: 'BA200028', lot: null });
  });

  it('announces works, a lift visit and a general meeting to come, one of them for building B only', async () => {
    const events = await query<{ kind: string; title: string; building: string | null }>(
      `select e.kind, e.title, b.name as building from scheduled_events e left join buildings b on b.id = e.building_id
       where e.starts_on > current_date order by e.starts_on`,
    );
    expect(events.map((event) => event.kind)).toEqual(expect.arrayContaining(['travaux', 'visite', 'assemblee']));
    expect(events.filter((event) => event.building !== null)).toEqual([
      { kind: 'travaux', title: 'Montage des échafaudages — bâtiment B', building: 'Bâtiment B' },
    ]);
  });

  it('rings the bell of CO100452 three times, each already digested and pointing somewhere real', async () => {
    const unread = await query<{ kind: string; title: string; link: string; document_id: string | null; emailed: boolean }>(
      `select n.kind, n.title, n.link, n.document_id, n.emailed_at is not null as emailed from notifications n
       join client_references r on r.person_id = n.person_id
       where r.reference = 'CO100452' and n.read_at is null order by n.created_at`,
    );
    expect(unread).toHaveLength(3);
    expect(unread.every((notification) => notification.emailed)).toBe(true);
    const [minutes] = unread.filter((notification) => notification.kind === 'document');
    expect(minutes?.title).toBe("Nouveau document : Procès-verbal de l'assemblée générale du 12 juin 2026");
    expect(minutes?.link).toBe(`/documents?document=${minutes?.document_id}`);
    expect(unread.filter((notification) => notification.kind === 'manager_message')).toHaveLength(2);
    const [tenant] = await query<{ count: number }>(
      `select count(*)::int as count from notifications n join client_references r on r.person_id = n.person_id
       where r.reference = 'LO300115' and n.read_at is null and n.emailed_at is not null`,
    );
    expect(tenant?.count).toBe(2);
  });

  it('lets about half the co-owners, CO100452 included, share their contact details with the council', async () => {
    const owners = await query<{ reference: string; consent: boolean }>(
      `select distinct r.reference, p.council_contact_consent_at is not null as consent
       from ownerships o join persons p on p.id = o.person_id join client_references r on r.person_id = p.id
       where o.end_date is null`,
    );
    expect(owners.find((owner) => owner.reference === 'CO100452')?.consent).toBe(true);
    const consenting = owners.filter((owner) => owner.consent).length;
    expect(consenting).toBeGreaterThan(owners.length / 3);
    expect(consenting).toBeLessThan((owners.length * 2) / 3);
  });

  it("keeps ImmoCity Paris Suffren's rental books: every lease called each month, LO300115 owing nothing", async () => {
    const [bank] = await query<{ iban: string; creditor_id: string | null }>(
      `select b.iban, b.creditor_id from bank_accounts b join ledgers l on l.id = b.ledger_id
       join agencies a on a.id = l.agency_id where l.kind = 'rental' and a.name = 'ImmoCity Paris Suffren'`,
    );
    expect(bank?.iban).toBe(DEMO_RENTAL_BANK.iban);
    expect(creditorIdentifierProblem(bank?.creditor_id ?? '')).toBeNull();
    // Every entry balanced; each rent call has its LO entry and the landlord is credited rent and charges apart.
    const unbalanced = await query<{ id: string }>(
      `select e.id from ledger_entries e join ledger_lines x on x.entry_id = e.id join ledgers l on l.id = e.ledger_id
       where l.kind = 'rental' group by e.id having sum(x.debit_cents) <> sum(x.credit_cents)`,
    );
    expect(unbalanced).toEqual([]);
    const [calls] = await query<{ calls: number; entries: number; leases: number }>(
      `select count(*)::int as calls, count(e.id)::int as entries, count(distinct c.lease_id)::int as leases
       from rent_calls c left join ledger_entries e on e.id = c.entry_id and e.journal = 'LO'`,
    );
    expect(calls?.calls).toBeGreaterThan(500);
    expect(calls?.entries).toBe(calls?.calls);
    const [tenant] = await query<{ balance: number }>(
      `select coalesce(sum(x.credit_cents - x.debit_cents), 0)::int as balance from ledger_lines x
       join lease_tenants t on t.lease_id = x.lease_id join client_references r on r.person_id = t.person_id
       where r.reference = 'LO300115' and x.account_code = '411'`,
    );
    expect(tenant?.balance).toBe(DEMO_TENANT_BALANCE_CENTS);
    // A few tenants are behind: the agency has something to chase.
    const behind = await query<{ lease_id: string }>(
      `select x.lease_id from ledger_lines x where x.account_code = '411' group by x.lease_id
       having sum(x.credit_cents - x.debit_cents) < 0`,
    );
    expect(behind.length).toBeGreaterThan(0);
    // LO300115's last three quittances are the demo's PDFs, and their avis d'échéance are real PDFs too.
    const linked = await query<{ kind: string; document_id: string }>(
      `select k.kind, k.document_id from rent_receipts k join rent_calls c on c.id = k.rent_call_id
       join lease_tenants t on t.lease_id = c.lease_id join client_references r on r.person_id = t.person_id
       where r.reference = 'LO300115' and k.document_id is not null`,
    );
    expect(linked.map((row) => row.kind)).toEqual(['quittance', 'quittance', 'quittance']);
    const notices = await query<{ document_id: string }>(
      `select c.document_id from rent_calls c join lease_tenants t on t.lease_id = c.lease_id
       join client_references r on r.person_id = t.person_id where r.reference = 'LO300115' and c.document_id is not null`,
    );
    expect(notices).toHaveLength(3);
    const text = (await (await fileOf(notices[0]?.document_id ?? '')).text()).replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain('Avis d’échéance');
    expect(text).toContain('Provision sur charges');
  });
});
