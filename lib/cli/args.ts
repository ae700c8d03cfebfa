/** Command-line parsing for `qingyue`: small, strict, with one-line errors. */

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface ParsedArgs {
  command: string;
  flags: Map<string, string | true>;
  positional: string[];
}

/**
 * Parses `argv` against the flags a command accepts. `valued` flags take the next argument (or
 * `--flag=value`); any other `--flag` is boolean. Unknown flags are a `UsageError`.
 */
export function parseArgs(argv: readonly string[], spec: Record<string, { valued: string[]; boolean: string[] }>): ParsedArgs {
  const [command, ...rest] = argv;
  if (!command) throw new UsageError('missing command (clean, convert or figures); see --help');
  const allowed = spec[command];
  if (!allowed) throw new UsageError(`unknown command '${command}' (expected clean, convert or figures)`);
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--') {
      positional.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}'`);
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    if (allowed.valued.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
      if (value === undefined || value === '') throw new UsageError(`option --${name} needs a value`);
      flags.set(name, value);
    } else if (allowed.boolean.includes(name) && eq < 0) {
      flags.set(name, true);
    } else {
      throw new UsageError(`unknown option '--${name}' for '${command}'`);
    }
  }
  return { command, flags, positional };
}
