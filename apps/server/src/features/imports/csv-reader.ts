import { Transform, type Readable, type TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '@gatehouse/contracts';

/** Why a file as a whole cannot be imported; `status` is the HTTP answer for it. */
export class ImportFileError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

export function tooLarge(): ImportFileError {
  return new ImportFileError(413, `The file is larger than ${IMPORT_MAX_BYTES / (1024 * 1024)} MiB. Split it into several files.`);
}

/**
 * Bytes in, text out: refuses anything that is not UTF-8 (a byte-order mark is allowed and
 * dropped), names UTF-16 when its byte-order mark shows, refuses NUL characters (binary files)
 * and counts bytes against the size limit, so a lying Content-Length changes nothing.
 */
class Utf8Decoder extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private bytes = 0;

  constructor() {
    super({ readableObjectMode: false, decodeStrings: true });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.bytes === 0 && chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))) {
      done(new ImportFileError(415, 'The file is UTF-16. Save it as "CSV UTF-8" and upload it again.'));
      return;
    }
    const offset = this.bytes;
    this.bytes += chunk.length;
    if (this.bytes > IMPORT_MAX_BYTES) {
      done(tooLarge());
      return;
    }
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      done(notUtf8(offset));
      return;
    }
    if (text.includes('\u0000')) {
      done(new ImportFileError(415, 'The file holds binary data (NUL characters); upload a CSV text file.'));
      return;
    }
    done(null, text);
  }

  override _flush(done: TransformCallback): void {
    try {
      done(null, this.decoder.decode());
    } catch {
      done(notUtf8(this.bytes));
    }
  }
}

function notUtf8(near: number): ImportFileError {
  return new ImportFileError(415, `The file is not UTF-8 (an invalid byte near byte ${near}). Save it as "CSV UTF-8" and upload it again.`);
}

/** One record of the file with its row number as a spreadsheet shows it (the header is row 1). */
export interface CsvRecord {
  readonly rowNumber: number;
  readonly cells: string[];
}

/**
 * The records of a CSV byte stream, one at a time: memory holds one record, whatever the
 * file's size. Empty lines are skipped; malformed quoting and rows beyond IMPORT_MAX_ROWS end
 * the file with an ImportFileError.
 */
export async function* readCsv(bytes: Readable): AsyncGenerator<CsvRecord> {
  const parser = parse({ relax_column_count: true, skip_empty_lines: true, max_record_size: 64 * 1024, info: true });
  const decoder = new Utf8Decoder();
  bytes.on('error', (error) => decoder.destroy(error));
  decoder.on('error', (error) => parser.destroy(error));
  bytes.pipe(decoder).pipe(parser);
  let count = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      count += 1;
      if (count > IMPORT_MAX_ROWS + 1) throw new ImportFileError(413, `The file has more than ${IMPORT_MAX_ROWS.toLocaleString('en')} rows. Split it into several files.`);
      yield { rowNumber: count, cells: item.record };
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    if (code.startsWith('CSV_')) throw new ImportFileError(400, `The file is not valid CSV near row ${count + 1}: ${error instanceof Error ? error.message : code}.`);
    throw error;
  } finally {
    bytes.unpipe(decoder);
    decoder.destroy();
    parser.destroy();
  }
}
