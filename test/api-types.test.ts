import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { apiTypesFile, renderApiTypes } from '../scripts/api-types.ts';

describe('the web client types', () => {
  it('match the OpenAPI document the server publishes (run `npm run api:types` after changing a route)', async () => {
    expect(await readFile(apiTypesFile, 'utf8')).toBe(await renderApiTypes());
  });
});
