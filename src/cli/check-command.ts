// `civil-post check`: reads each input, checks every post with the core, reports in the chosen format.

import { checkPost } from '../core/index.ts';
import { UsageError, type CheckOptions, type Format, type InputKind } from './args.ts';
import { readCalendar } from './calendar.ts';
import { colours, wantsColour } from './colour.ts';
import { readConfig } from './config.ts';
import type { Defaults, Item, Result } from './items.ts';
import { jsonlItems } from './jsonl-input.ts';
import type { Output } from './output.ts';
import { startProgress } from './progress.ts';
import { readSource, sourceOf, type Source } from './read-input.ts';
import { Tally, type Reporter } from './report/common.ts';
import { csvReporter } from './report/csv.ts';
import { jsonlReporter, jsonReporter } from './report/json.ts';
import { sarifReporter } from './report/sarif.ts';
import { textReporter } from './report/text.ts';
import { textItem } from './text-input.ts';

export interface Io {
  stdin: AsyncIterable<Uint8Array> & { isTTY?: boolean };
  out: Output;
  stdoutIsTTY: boolean;
  stderr: NodeJS.WritableStream & { isTTY?: boolean; hasColors?: () => boolean };
  stdoutStream: { isTTY?: boolean; hasColors?: () => boolean };
  env: Record<string, string | undefined>;
  cwd: string;
  version: string;
  /** Told the exit status so far, so a closed pipe can end with it. */
  onStatus?: (code: 0 | 1 | 2) => void;
}

/** Messages about single bad rows or lines on standard error, per file, before the rest are only counted. */
const MAX_MESSAGES_PER_FILE = 20;

export async function runCheck(options: CheckOptions, io: Io): Promise<0 | 1 | 2> {
  const sources = options.files.map((spec) => ({ source: sourceOf(spec), kind: kindOf(spec, options) }));
  validatePlan(sources, options);
  const warn = (line: string) => io.stderr.write(`civil-post: ${line}\n`);
  const tally = new Tally();
  const defaults: Defaults = { account: options.account, platform: options.platform };
  if (options.account) tally.accountGiven = true;
  if (options.config) {
    const config = await readConfig(options.config);
    if ('error' in config) throw new UsageError(config.error);
    defaults.settings = config.settings;
    for (const problem of config.problems) warn(problem);
    tally.settingsProblems = config.problems.length;
    if ('account' in config.settings) tally.accountGiven = true;
  }
  const reporter = reporterFor(options.format, io, warn);

  for (const { source, kind } of sources) {
    if (source.path === undefined && io.stdin.isTTY) {
      io.stderr.write('Type or paste the post, then press Ctrl-D on a new line to check it.\n');
    }
    const read = await readSource(source, io.stdin);
    if (!read.ok) {
      fileError(read.error, source);
      continue;
    }
    let items: Item[];
    if (kind === 'csv') {
      const calendar = readCalendar(read.input, options, defaults);
      if ('error' in calendar) {
        fileError(calendar.error, source);
        continue;
      }
      reporter.calendar?.(calendar.calendar);
      items = calendar.calendar.items;
    } else {
      items = kind === 'jsonl' ? jsonlItems(read.input, defaults) : [textItem(read.input, defaults)];
    }
    await checkItems(items, source, options, io, reporter, tally, options.format === 'text' ? undefined : warn);
  }
  io.onStatus?.(tally.exitCode());
  reporter.end(tally);
  io.out.flush();
  return tally.exitCode();

  function fileError(message: string, source: Source) {
    tally.fileErrors++;
    if (options.format !== 'text') warn(message);
    reporter.fileError(source, message);
  }
}

async function checkItems(items: Item[], source: Source, options: CheckOptions, io: Io, reporter: Reporter, tally: Tally, warn?: (line: string) => void) {
  const progress = startProgress(source.name, items.length, options.progress, { stderr: io.stderr, stdoutIsTTY: io.stdoutIsTTY, output: io.out });
  let messages = 0;
  let lastYield = Date.now();
  try {
    for (const item of items) {
      const { findings, failures } = item.post ? checkPost(item.post) : { findings: [], failures: [] };
      const result: Result = { ...item, findings, failures };
      tally.add(result);
      reporter.result(result);
      if (warn && (result.error !== undefined || failures.length) && messages++ < MAX_MESSAGES_PER_FILE) {
        const place = `${source.name} ${result.row !== undefined ? `row ${result.row}` : result.kind === 'jsonl' ? `line ${result.line}` : ''}`.trim();
        if (result.error !== undefined) warn(`${place}: ${result.error}`);
        for (const f of failures) warn(`${place}: the "${f.rule}" check crashed (${f.error}); its findings are missing.`);
      }
      progress.tick();
      // Let the terminal, a closed pipe or Ctrl-C be noticed during a long calendar.
      if (Date.now() - lastYield > 25) {
        io.onStatus?.(tally.exitCode());
        io.out.flush();
        await new Promise((resolve) => setImmediate(resolve));
        lastYield = Date.now();
      }
    }
  } finally {
    progress.stop();
  }
  if (warn && messages > MAX_MESSAGES_PER_FILE) {
    warn(`${source.name}: ${messages - MAX_MESSAGES_PER_FILE} more could not be checked; each is marked in the output.`);
  }
}

function kindOf(spec: string, options: CheckOptions): InputKind {
  if (options.input) return options.input;
  if (spec === '-') return calendarFlag(options) ? 'csv' : 'text';
  if (/\.(csv|tsv)$/i.test(spec)) return 'csv';
  if (/\.(jsonl|ndjson)$/i.test(spec)) return 'jsonl';
  if (/\.json$/i.test(spec)) {
    throw new UsageError(
      `${spec} looks like a JSON file. Civil Post reads JSON lines (.jsonl: one post per line); to give settings, use --config ${spec}; to check it as plain text, add --input text.`,
    );
  }
  return 'text';
}

function validatePlan(sources: { source: Source; kind: InputKind }[], options: CheckOptions) {
  const calendars = sources.filter((s) => s.kind === 'csv').length;
  const flag = calendarFlag(options);
  if (flag && calendars === 0) {
    throw new UsageError(`${flag} is for content calendars (CSV files), and none of the files given is one. To read them as CSV, add --input csv.`);
  }
  if (options.format === 'csv' && calendars > 0 && sources.length > 1) {
    throw new UsageError('--format csv writes one calendar back with the findings added, so give one CSV file at a time (or use --format jsonl for several).');
  }
}

/** The first calendar-only flag given, if any: standard input given one is read as a calendar. */
function calendarFlag(options: CheckOptions): string | undefined {
  if (options.column) return '--column';
  if (options.platformColumn) return '--platform-column';
  if (options.accountColumn) return '--account-column';
  if (options.idColumn) return '--id-column';
  if (!options.header) return '--no-header';
  if (options.delimiter) return '--delimiter';
  return undefined;
}

function reporterFor(format: Format, io: Io, warn: (line: string) => void): Reporter {
  switch (format) {
    case 'text':
      return textReporter(io.out, colours(wantsColour(io.stdoutStream, io.env)), warn);
    case 'json':
      return jsonReporter(io.out, io.version);
    case 'jsonl':
      return jsonlReporter(io.out);
    case 'csv':
      return csvReporter(io.out);
    case 'sarif':
      return sarifReporter(io.out, io.version, io.cwd);
  }
}
