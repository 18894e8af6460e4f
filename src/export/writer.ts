import type { Submission } from '../core/definition.js';

/**
 * A file written piece by piece — its start, one piece per submission, its end — so the collector can stream an
 * export of any number of submissions in constant memory, and the kiosk can still build a small one in one go.
 */
export interface ExportWriter {
  start(): string;
  item(submission: Submission): string;
  end(): string;
}

/** The whole file, for a list already in memory (the kiosk's local record). */
export function writeAll(writer: ExportWriter, submissions: Iterable<Submission>): string {
  let text = writer.start();
  for (const s of submissions) text += writer.item(s);
  return text + writer.end();
}

/**
 * The file as chunks of about `chunkChars` characters, for a stream of submissions read from a database: few enough
 * writes to be fast, small enough that memory stays flat.
 */
export async function* writeChunks(
  writer: ExportWriter,
  submissions: AsyncIterable<Submission> | Iterable<Submission>,
  chunkChars = 64 * 1024,
): AsyncGenerator<string> {
  let chunk = writer.start();
  for await (const s of submissions) {
    chunk += writer.item(s);
    if (chunk.length >= chunkChars) {
      yield chunk;
      chunk = '';
    }
  }
  yield chunk + writer.end();
}
