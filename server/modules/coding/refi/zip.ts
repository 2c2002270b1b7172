import JSZip from 'jszip';
import { RefiFormatError } from './errors.js';

export interface ZipLimits {
  /** Most entries (files and folders) an archive may list. */
  maxEntries: number;
  /** Most bytes we decompress from one archive, over all entries read. */
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 10_000, maxTotalBytes: 200 * 1024 * 1024 };

function tooLarge(limits: ZipLimits): RefiFormatError {
  const mb = Math.round(limits.maxTotalBytes / (1024 * 1024));
  return new RefiFormatError('archive_too_large', `The archive unpacks to more than ${mb} MB, more than an import may hold.`, { limitMb: mb });
}

/**
 * Reads entries of an untrusted ZIP without trusting its declared sizes: only the entries asked
 * for are decompressed, as a stream, and reading stops as soon as the byte budget is spent (a
 * "zip bomb" can claim a small size and inflate to gigabytes).
 */
export class SafeZip {
  private used = 0;
  private readonly byLowerName: Map<string, string>;

  private constructor(
    private readonly zip: JSZip,
    private readonly limits: ZipLimits,
  ) {
    this.byLowerName = new Map(this.fileNames().map((n) => [n.toLowerCase(), n]));
  }

  static async open(data: Uint8Array | ArrayBuffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<SafeZip> {
    let zip: JSZip;
    try {
      // checkCRC32 stays off here: it would inflate every entry while loading.
      zip = await new JSZip().loadAsync(data, { checkCRC32: false, createFolders: false });
    } catch {
      throw new RefiFormatError('invalid_zip', 'The file is not a valid REFI-QDA project archive (.qdpx): it cannot be opened as a ZIP file.');
    }
    const count = Object.keys(zip.files).length;
    if (count > limits.maxEntries) {
      throw new RefiFormatError('archive_too_large', `The archive holds ${count} files, more than the ${limits.maxEntries} an import may hold.`, {
        count,
        limit: limits.maxEntries,
      });
    }
    return new SafeZip(zip, limits);
  }

  /** Names of the files (not folders) in the archive, as stored. */
  fileNames(): string[] {
    return Object.values(this.zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.name);
  }

  /** The stored name matching `name` case-insensitively, if any. */
  find(name: string): string | undefined {
    return this.zip.files[name] !== undefined && !this.zip.files[name].dir ? name : this.byLowerName.get(name.toLowerCase());
  }

  async read(name: string): Promise<Uint8Array> {
    const file = this.zip.files[name];
    if (file === undefined || file.dir) throw new Error(`no entry ${name}`);
    const remaining = this.limits.maxTotalBytes - this.used;
    // The declared size is read from JSZip's private data: a cheap early refusal when it is honest.
    const declared = (file as unknown as { _data?: { uncompressedSize?: unknown } })._data?.uncompressedSize;
    if (typeof declared === 'number' && declared > remaining) throw tooLarge(this.limits);

    // JSZip's stream (readable-stream 2) is not async-iterable, so listen to its events.
    const stream = file.nodeStream('nodebuffer');
    const { chunks, size } = await new Promise<{ chunks: Buffer[]; size: number }>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let done = false;
      const fail = (error: RefiFormatError) => {
        if (done) return;
        done = true;
        stream.removeAllListeners('data');
        stream.pause();
        // Unpiped and paused, JSZip stops inflating; the rest is garbage.
        (stream as unknown as { destroy?: () => void }).destroy?.();
        reject(error);
      };
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > remaining) fail(tooLarge(this.limits));
        else chunks.push(chunk);
      });
      stream.on('error', () => fail(new RefiFormatError('invalid_zip', `The file ${name} in the archive is damaged and cannot be unpacked.`, { entry: name })));
      stream.on('end', () => {
        if (done) return;
        done = true;
        resolve({ chunks, size });
      });
    });
    this.used += size;
    return Buffer.concat(chunks, size);
  }
}
