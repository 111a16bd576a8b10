// What the CLI and the admin call to import and export WXR files (built by compose/wxr.ts).
import type { AuthorTarget } from './import-people.ts';
import type { ImportReport } from './import-types.ts';
import type { ImportProgress } from './import-wxr.ts';

/** How an import is run from the CLI or the admin. */
export interface WxrImportRequest {
  dryRun?: boolean;
  authors?: ReadonlyMap<string, AuthorTarget>;
  /** A copy of wp-content/uploads: attachments are imported through the media module. */
  mediaDir?: string;
  trainSpam?: boolean;
  /** Reads the file through this wrapper (the CLI counts bytes for its progress bar). */
  wrapStream?: (stream: NodeJS.ReadableStream) => AsyncIterable<Uint8Array | string>;
  onProgress?: (done: ImportProgress) => void;
  workers?: number;
}

/** Import and export of WXR files. */
export interface WxrServices {
  importFile(file: string, request?: WxrImportRequest): Promise<ImportReport>;
  exportChunks(): AsyncIterable<string>;
}
