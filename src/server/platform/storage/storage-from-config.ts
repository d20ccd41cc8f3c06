import path from 'node:path';
import type { Config } from '../../config.ts';
import type { FileStorage } from './file-storage.ts';
import { localFolderStorage } from './local-folder-storage.ts';
import { s3Storage } from './s3-storage.ts';

/** The storage chosen by `STORAGE_DRIVER`: the folder `DATA_DIR/files` by default, or an S3-compatible bucket. */
export function storageFromConfig(config: Pick<Config, 'storage' | 'dataDir'>): FileStorage {
  if (config.storage.driver === 's3') return s3Storage(config.storage);
  return localFolderStorage(path.join(config.dataDir, 'files'));
}
