import path from 'node:path';
import { expect, it } from 'vitest';
import { createTestApp, sessionCookieFrom } from '../../../test/support/app.ts';
import { localFolderStorage } from '../platform/storage/local-folder-storage.ts';
import { loadDemoData } from './demo-data.ts';

it('demo through the API', async () => {
  const t = await createTestApp();
  await loadDemoData(t.database.db, localFolderStorage(path.join(t.config.dataDir, 'files')));
  const login = async (identifier: string) => {
    const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { identifier, password: 'Palier-demo-2026' } });
    return sessionCookieFrom(r.headers['set-cookie']);
  };
  for (const who of ['CO100452', 'CO100417', 'LO300115', 'BA200028']) {
    const cookie = await login(who);
    const list = await t.app.inject({ method: 'GET', url: '/api/documents', headers: { cookie } });
    const body = list.json();
    console.info(who, list.statusCode, 'total', body.total, 'new', body.newCount, JSON.stringify(body.facets?.folders?.map((f: { folder: string; count: number }) => `${f.folder}:${f.count}`)));
    for (const item of body.items ?? []) console.info('   ', item.isNew ? 'NEW' : '   ', item.folder, '|', item.title, '|', item.scopeLabel);
    const notes = await t.app.inject({ method: 'GET', url: '/api/notifications', headers: { cookie } });
    console.info('  notifications', notes.statusCode, JSON.stringify(notes.json()).slice(0, 600));
    const agenda = await t.app.inject({ method: 'GET', url: '/api/agenda', headers: { cookie } });
    console.info('  agenda', agenda.statusCode, JSON.stringify(agenda.json()).slice(0, 900));
    const pv = (body.items ?? []).find((item: { kind: string }) => item.kind === 'Procès-verbal');
    if (pv) {
      const file = await t.app.inject({ method: 'GET', url: pv.downloadUrl, headers: { cookie } });
      console.info('  pv download', file.statusCode, file.headers['content-type'], file.headers['content-disposition'], file.rawPayload.subarray(0, 5).toString());
    }
    const search = await t.app.inject({ method: 'GET', url: '/api/documents?q=ravalement', headers: { cookie } });
    console.info('  search', search.statusCode, JSON.stringify(search.json().items?.slice(0, 2).map((i: { title: string; snippet: string }) => [i.title, i.snippet])));
  }
  await t.close();
  expect(true).toBe(true);
}, 120_000);
