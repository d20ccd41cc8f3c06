import { writeFile } from 'node:fs/promises';
import { apiTypesFile, renderApiTypes } from './api-types.ts';

await writeFile(apiTypesFile, await renderApiTypes());
process.stdout.write(`${apiTypesFile} régénéré.\n`);
