/**
 * Reading a password for the command line: from a terminal, asked for without echo (nothing shown, not even stars,
 * so a shoulder or a screen share learns nothing, not even its length); from a pipe (a script, a password manager's
 * CLI), the first line of standard input.
 */
import type { Readable, Writable } from 'node:stream';

export class PasswordInputError extends Error {
  override name = 'PasswordInputError';
}

/** The first line of a non-terminal stdin, without its line ending. */
export async function readPasswordLine(input: Readable): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  const line = text.split('\n')[0]?.replace(/\r$/, '') ?? '';
  if (line === '') throw new PasswordInputError('No password on standard input: give it as one line.');
  return line;
}

interface Terminal extends Readable {
  isTTY?: boolean;
  setRawMode?: (raw: boolean) => unknown;
}

/** One password typed at the terminal, without echo. Ctrl+C stops the command; Ctrl+D on nothing cancels. */
export function askPassword(prompt: string, input: Terminal, output: Writable): Promise<string> {
  return new Promise((resolve, reject) => {
    let typed = '';
    // Echo off before the prompt shows: a person (or a test) answering the moment it appears is never echoed.
    input.setRawMode?.(true);
    output.write(prompt);
    input.setEncoding('utf8');
    input.resume();

    const finish = (error?: Error) => {
      input.setRawMode?.(false);
      input.pause();
      input.off('data', onData);
      output.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };

    function onData(chunk: string) {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') return finish();
        if (char === '\u0003') {
          finish(new PasswordInputError('Stopped.'));
          return;
        }
        if (char === '\u0004' && typed === '') return finish(new PasswordInputError('No password given.'));
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else if (char >= ' ') typed += char;
      }
    }

    input.on('data', onData);
  });
}
