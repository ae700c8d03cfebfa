/**
 * `qingyue`: the same pipeline as the extension, over saved HTML files and standard input.
 *
 *   qingyue clean [--url URL] [--json] FILE...   one JSON Report per file (NDJSON) or a summary
 *   qingyue convert --to cn|tw|twp|hk|t          standard input to standard output
 *   qingyue figures [--json]                     figures of plain text on standard input
 *
 * Errors are one line on stderr and a non-zero exit: 2 for usage, 1 for bad input.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../pipeline';
import { loadHtml } from '../node/html-file';
import { findFigures } from '../figures';
import { isConvertTarget, loadConverter, TARGETS } from '../convert/converter';
import { formatSummary } from './summary';
import { parseArgs, UsageError } from './args';

export class InputError extends Error {
  override name = 'InputError';
}

const SPEC = {
  clean: { valued: ['url'], boolean: ['json'] },
  convert: { valued: ['to'], boolean: [] },
  figures: { valued: [], boolean: ['json'] },
};

export const HELP = `qingyue — readable Chinese government and news pages

Usage:
  qingyue clean [--url URL] [--json] FILE...   analyse saved pages (GBK/Big5 decoded from <meta>)
  qingyue convert --to cn|tw|twp|hk|t          convert standard input between scripts (each line by its own
                                               script; naively converted Traditional repaired)
  qingyue figures [--json]                     list the figures in plain text from standard input

Options:
  --json      machine-readable output (clean: one JSON report per line; figures: one JSON array)
  --url URL   the page's address (for dates in URLs and link checks); default: the page's canonical URL
  --to T      cn (Simplified), t (Traditional), tw (Taiwan characters), twp (Taiwan vocabulary), hk
  -h, --help  this help
`;

const HTML_SIGN = /<(?:!doctype\s+html|html|head|body|meta|title|div|p|table|article|section|span|a|br)[\s>/]/i;

/** Reads and checks one input file before anything is printed. */
function readPage(file: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    if (fs.statSync(file).isDirectory()) throw new InputError(`${file}: is a directory, not an HTML file`);
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'cannot read'}`);
  }
  const head = Buffer.from(bytes.subarray(0, 65536));
  if (head.includes(0) && !(head[0] === 0xff || head[0] === 0xfe)) throw new InputError(`${file}: not an HTML file (binary data)`);
  if (!HTML_SIGN.test(head.toString('latin1'))) throw new InputError(`${file}: not an HTML file (no HTML tags found)`);
  return bytes;
}

function pageUrl(doc: Document, file: string): string {
  const canonical = doc.querySelector('link[rel="canonical" i][href]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"][content]')?.getAttribute('content');
  if (canonical && /^https?:\/\//i.test(canonical)) return canonical;
  return pathToFileURL(path.resolve(file)).href;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function clean(flags: Map<string, string | true>, files: string[], out: (s: string) => void): void {
  if (!files.length) throw new UsageError('clean needs at least one FILE');
  const url = flags.get('url') as string | undefined;
  if (url !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(url)) throw new UsageError(`--url must be an absolute URL, got '${url}'`);
  const pages = files.map((file) => ({ file, bytes: readPage(file) }));
  for (const { file, bytes } of pages) {
    const page = loadHtml(bytes, url);
    try {
      const report = analyze(page.document, { url: url ?? pageUrl(page.document, file), window: page.window });
      out(flags.has('json') ? JSON.stringify(report) : `${formatSummary(report, file)}\n`);
    } finally {
      page.close();
    }
  }
}

async function convert(flags: Map<string, string | true>, positional: string[], out: (s: string) => void): Promise<void> {
  if (positional.length) throw new UsageError('convert reads standard input and takes no FILE');
  const to = flags.get('to');
  if (typeof to !== 'string') throw new UsageError(`convert needs --to (one of ${Object.keys(TARGETS).join(', ')})`);
  if (!isConvertTarget(to)) throw new UsageError(`unknown target '${to}' (expected one of ${Object.keys(TARGETS).join(', ')})`);
  const [converter, text] = await Promise.all([loadConverter(to), readStdin()]);
  // The same converter as the extension's: block by block (a line is a block), with the repair of
  // naively converted text and the protection list.
  process.stdout.write(converter.convert(text));
  void out;
}

async function figures(flags: Map<string, string | true>, positional: string[], out: (s: string) => void): Promise<void> {
  if (positional.length) throw new UsageError('figures reads standard input and takes no FILE');
  const list = findFigures(await readStdin());
  if (flags.has('json')) out(JSON.stringify(list));
  else for (const f of list) out(`${f.key ? '*' : ' '} ${f.raw}\t${f.value}${f.value_high !== null ? `–${f.value_high}` : ''}\t${f.unit}\t${f.role}${f.subject ? `\t${f.subject}` : ''}`);
}

/** Runs the CLI; returns the exit code. */
export async function main(argv: readonly string[], out: (s: string) => void = (s) => process.stdout.write(`${s}\n`)): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    (argv.length === 0 ? process.stderr : process.stdout).write(HELP);
    return argv.length === 0 ? 2 : 0;
  }
  try {
    const { command, flags, positional } = parseArgs(argv, SPEC);
    if (command === 'clean') clean(flags, positional, out);
    else if (command === 'convert') await convert(flags, positional, out);
    else await figures(flags, positional, out);
    return 0;
  } catch (error) {
    const usage = error instanceof UsageError;
    const msg = error instanceof Error ? error.message : String(error);
    process.stderr.write(`qingyue: ${usage ? '' : 'error: '}${msg}\n`);
    return usage ? 2 : 1;
  }
}
