import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { factories } from '../../../../test/support/factories.ts';
import {
  multipartForm,
  type ProofUpload,
  requestFields,
  TINY_PNG,
  tinyPdf,
  VALID_PROOFS,
} from '../../../../test/support/proof-files.ts';
import { activationRequestFiles, activationRequests, auditEvents, outboxMessages, storedFiles } from '../../db/schema/index.ts';

describe('activation requests: the public form and its tracking link', () => {
  let t: TestApp;
  let agencyId: string;
  let address = 0;

  beforeAll(async () => {
    t = await createTestApp();
    agencyId = (await factories(t.database.db).agency({ name: 'ImmoCity Test', city: 'Créteil' })).id;
  });
  afterAll(() => t.close());

  // Each submission from its own address, so the per-address limit only shows where a test is about it.
  const submit = (fields: Record<string, string>, files: ProofUpload[], remoteAddress = `198.51.100.${++address}`) =>
    t.app.inject({ method: 'POST', url: '/api/activation-requests', payload: multipartForm(fields, files), remoteAddress });

  const storedObjects = async () => {
    const root = path.join(t.config.dataDir, 'files', 'activation-proofs');
    return readdir(root).catch(() => [] as string[]);
  };
  const countRows = async () => ({
    requests: (await t.database.db.select().from(activationRequests)).length,
    files: (await t.database.db.select().from(storedFiles)).length,
  });

  /** Every refusal leaves exactly what was there before: no row, no byte. */
  const expectNothingKept = async (before: { requests: number; files: number }, objectsBefore: string[]) => {
    expect(await countRows()).toEqual(before);
    expect(await storedObjects()).toEqual(objectsBefore);
    const incoming = await readdir(path.join(t.config.dataDir, 'files', '.incoming')).catch(() => []);
    expect(incoming).toEqual([]);
  };

  it('lists the agencies to choose from, with nothing but their name and city', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/agencies' });
    expect(response.statusCode).toBe(200);
    expect(response.json().agencies).toContainEqual({ id: agencyId, name: 'ImmoCity Test', city: 'Créteil' });
  });

  it('takes a request with a PDF and a PNG, stores them checked, and emails the tracking link', async () => {
    const response = await submit(requestFields(agencyId), VALID_PROOFS);
    expect(response.statusCode).toBe(201);
    const receipt = response.json();
    expect(receipt.status).toBe('pending');
    expect(receipt.trackingUrl).toBe(`${t.config.publicUrl}/demande-acces/suivi?jeton=${receipt.trackingToken}`);

    const [request] = await t.database.db
      .select()
      .from(activationRequests)
      .where(eq(activationRequests.email, 'gerard.lemoine@example.fr'));
    expect(request).toMatchObject({
      agencyId,
      status: 'pending',
      lastName: 'Lemoine',
      lotNumberHint: '203',
      clientReferenceHint: null,
    });
    // Only a hash of the token is kept.
    expect(request?.trackingTokenHash).not.toContain(receipt.trackingToken);

    const proofs = await t.database.db
      .select({ kind: activationRequestFiles.kind, file: storedFiles })
      .from(activationRequestFiles)
      .innerJoin(storedFiles, eq(storedFiles.id, activationRequestFiles.fileId))
      .where(eq(activationRequestFiles.activationRequestId, request?.id ?? ''));
    expect(proofs.map((proof) => [proof.kind, proof.file.contentType, proof.file.originalName]).sort()).toEqual([
      ['identity', 'application/pdf', "carte d'identité.pdf"],
      ['property', 'image/png', 'acte.png'],
    ]);
    for (const { file } of proofs) {
      const bytes = await readFile(path.join(t.config.dataDir, 'files', ...file.storageKey.split('/')));
      expect(file.sizeBytes).toBe(bytes.length);
      expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      // The key is Palier's own random id, never the name the person gave.
      expect(file.storageKey).toMatch(/^activation-proofs\/[0-9a-f-]{36}$/);
    }

    const [email] = await t.database.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.recipient, 'gerard.lemoine@example.fr'));
    expect(email?.subject).toBe("Nous avons bien reçu votre demande d'accès");
    expect(email?.textBody).toContain('sous 24 à 72 heures');
    expect(email?.textBody).toContain(receipt.trackingUrl);
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, request?.id ?? ''));
    expect(audit?.action).toBe('activation_request.submitted');
  });

  it('shows where the request stands, and nothing personal beyond the first name', async () => {
    const { trackingToken } = (await submit(requestFields(agencyId, { email: 'suivi@example.fr' }), VALID_PROOFS)).json();
    const response = await t.app.inject({ method: 'GET', url: `/api/activation-requests/status?token=${trackingToken}` });
    expect(response.statusCode).toBe(200);
    const status = response.json();
    expect(Object.keys(status).sort()).toEqual([
      'agencyName',
      'decidedAt',
      'firstName',
      'rejectionReason',
      'status',
      'submittedAt',
    ]);
    expect(status).toMatchObject({ status: 'pending', firstName: 'Gérard', agencyName: 'ImmoCity Test', decidedAt: null });

    const unknown = await t.app.inject({ method: 'GET', url: `/api/activation-requests/status?token=${'x'.repeat(43)}` });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe("Ce lien de suivi n'est pas valide. Vérifiez qu'il est complet.");
  });

  it('refuses a text file named .pdf, from its content, keeping nothing', async () => {
    const before = await countRows();
    const objects = await storedObjects();
    const response = await submit(requestFields(agencyId), [
      VALID_PROOFS[0] as ProofUpload,
      { field: 'propertyProof', name: 'bail.pdf', bytes: Buffer.from('Ceci est un bail, promis.'), type: 'application/pdf' },
    ]);
    expect(response.statusCode).toBe(415);
    expect(response.json()).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: "Le fichier « bail.pdf » n'est pas un PDF, JPEG ou PNG.",
    });
    await expectNothingKept(before, objects);
  });

  it('refuses a file over 10 MB, naming it, keeping nothing', async () => {
    const before = await countRows();
    const objects = await storedObjects();
    const big = Buffer.concat([tinyPdf(), Buffer.alloc(10 * 1024 * 1024)]);
    const response = await submit(requestFields(agencyId), [
      { field: 'identityDocument', name: 'passeport.png', bytes: TINY_PNG },
      { field: 'propertyProof', name: 'acte-scanné.pdf', bytes: big },
    ]);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: 'Le fichier « acte-scanné.pdf » dépasse la taille maximale de 10 Mo.',
    });
    await expectNothingKept(before, objects);
  });

  it('requires both proofs, naming the one missing', async () => {
    const before = await countRows();
    const objects = await storedObjects();
    const response = await submit(requestFields(agencyId), [VALID_PROOFS[0] as ProofUpload]);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('VALIDATION_FAILED');
    expect(response.json().details.fields).toEqual([
      { field: 'propertyProof', message: 'Joignez un justificatif du lien avec le bien : bail, acte de propriété ou mandat.' },
    ]);
    await expectNothingKept(before, objects);
  });

  it('names each wrong field in French, keeping none of the files sent with them', async () => {
    const before = await countRows();
    const objects = await storedObjects();
    const response = await submit(requestFields(agencyId, { email: 'pas-une-adresse', lastName: '' }), VALID_PROOFS);
    expect(response.statusCode).toBe(400);
    const fields = response
      .json()
      .details.fields.map((problem: { field: string }) => problem.field)
      .sort();
    expect(fields).toEqual(['email', 'lastName']);
    await expectNothingKept(before, objects);
  });

  it('deletes the stored files when the transaction fails (an agency that does not exist)', async () => {
    const before = await countRows();
    const objects = await storedObjects();
    const response = await submit(requestFields('00000000-0000-4000-8000-000000000000'), VALID_PROOFS);
    expect(response.statusCode).toBe(400);
    expect(response.json().details.fields).toEqual([{ field: 'agencyId', message: "L'agence choisie n'existe pas." }]);
    await expectNothingKept(before, objects);
  });

  it('refuses a form that is not multipart', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/activation-requests',
      payload: requestFields(agencyId),
      remoteAddress: '198.51.100.250',
    });
    expect(response.statusCode).toBe(415);
  });

  it('limits requests per address', async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      statuses.push(
        (await submit(requestFields(agencyId, { email: `limite${attempt}@example.fr` }), VALID_PROOFS, '203.0.113.9')).statusCode,
      );
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });
});
