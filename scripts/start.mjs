// `npm start`: install and build what is missing, then run the server in this very process, so that signals
// (Ctrl-C, SIGTERM) reach it directly and it shuts down gracefully.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuilt, ensureInstalled } from './prepare.mjs';

ensureInstalled();
ensureBuilt();
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
await import(pathToFileURL(path.join(root, 'dist', 'server', 'main.js')).href);
