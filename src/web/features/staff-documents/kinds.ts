import type { DocumentFolder } from '../documents/documents.queries.ts';

/**
 * The usual kinds of document in each folder, offered as suggestions while typing. A kind is a label stored
 * with the document and shown to people as written, in French whatever the staff's interface language, so
 * these are data rather than interface text. Any other kind may be typed.
 */
export const KIND_SUGGESTIONS: Record<DocumentFolder, string[]> = {
  reglement: ['Règlement de copropriété', 'État descriptif de division', 'Modificatif du règlement'],
  carnet_entretien: ["Carnet d'entretien", 'Rapport de visite', 'Fiche synthétique'],
  diagnostics: ['Diagnostic technique global', 'Diagnostic amiante', 'Diagnostic de performance énergétique', 'Plomb'],
  contrats: [
    'Contrat d’assurance',
    'Contrat d’entretien ascenseur',
    'Contrat de nettoyage',
    'Contrat de chauffage',
    'Contrat d’espaces verts',
  ],
  assemblees: ['Procès-verbal', 'Convocation', 'Feuille de présence', 'Résolutions'],
  comptabilite: ['Comptes annuels', 'Annexes comptables', 'Relevé général des dépenses', 'Budget prévisionnel'],
  appels_de_fonds: ['Appel de fonds', 'Appel de fonds travaux', 'Régularisation de charges'],
  vie_immeuble: ['Information', 'Avis de travaux', 'Coupure programmée', 'Règlement intérieur'],
  bail: ['Bail', 'Quittance', 'État des lieux', 'Avis d’échéance', 'Régularisation de charges'],
  gerance: ['Compte rendu de gérance', 'Mandat de gestion', 'Déclaration de revenus fonciers'],
  conseil_syndical: ['Relevé bancaire', 'Liste des copropriétaires', 'Carte professionnelle du syndic', 'Factures'],
  personnel: ['Courrier', 'Attestation', 'Relevé de compte'],
};
