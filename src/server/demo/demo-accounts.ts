/** Every demo account, client or staff, shares this password so a visitor can try each role in turn. */
export const demoPassword = 'Palier-demo-2026';

/** Shown on the login page in demo mode: one identifier per role, in the order a visitor discovers them. */
export const demoAccounts: ReadonlyArray<{ identifier: string; description: string }> = [
  { identifier: 'CO100452', description: 'Copropriétaire (M. et Mme Allouard, 4 lots)' },
  { identifier: 'CO100417', description: 'Copropriétaire et membre du conseil syndical' },
  { identifier: 'BA200028', description: 'Bailleur (GERASCO, 28 biens en gérance)' },
  { identifier: 'LO300115', description: "Locataire d'un bien GERASCO" },
  { identifier: 'gestion@immocity.example', description: "Gestionnaire (personnel de l'agence)" },
];
