/**
 * Real, tiny documents for the upload tests: a one-page PDF (with a correct cross-reference table, so a
 * browser renders it) and a 1×1 PNG. Built here rather than committed as binaries.
 */
export function tinyPdf(text = 'Justificatif'): Buffer {
  const content = `BT /F1 24 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A red pixel. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8AARgEAAAP/AQIQX4kAAAAASUVORK5CYII=',
  'base64',
);

export interface ProofUpload {
  field: 'identityDocument' | 'propertyProof' | string;
  name: string;
  bytes: Buffer;
  /** What the browser claims; the server ignores it and reads the content. */
  type?: string;
}

/** The fields a person types in the activation request form, all valid; override what a test is about. */
export function requestFields(agencyId: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    agencyId,
    civility: 'M',
    firstName: 'Gérard',
    lastName: 'Lemoine',
    email: 'gerard.lemoine@example.fr',
    phone: '01 43 77 12 34',
    clientReference: '',
    lotNumber: '203',
    propertyAddress: '100 avenue Anatole France, 94000 Créteil',
    message: "Je n'ai jamais reçu d'identifiant.",
    ...overrides,
  };
}

export const VALID_PROOFS: ProofUpload[] = [
  { field: 'identityDocument', name: "carte d'identité.pdf", bytes: tinyPdf('Carte'), type: 'application/pdf' },
  { field: 'propertyProof', name: 'acte.png', bytes: TINY_PNG, type: 'image/png' },
];

export function multipartForm(fields: Record<string, string>, files: ProofUpload[]): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files) {
    form.append(file.field, new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }), file.name);
  }
  return form;
}
