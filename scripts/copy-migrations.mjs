// The compiled server reads its SQL migrations beside it, as the sources do.
import { cpSync, rmSync } from 'node:fs';

rmSync('dist/server/db/migrations', { recursive: true, force: true });
cpSync('src/server/db/migrations', 'dist/server/db/migrations', { recursive: true });
