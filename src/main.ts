import { parseCli, USAGE, type CliOptions } from './cli/options.js';
import { QariError } from './errors.js';
import { ignoreBrokenPipe, writeOut } from './cli/output.js';
import { chooseRendering, detectTerminal } from './terminal/capabilities.js';
import { printLines } from './layout/print.js';
import { openLocalSource } from './article/open-local.js';
import type { Article } from './article/model.js';
import { openStore } from './store/positions.js';
import { extractEntities } from './entities/extract.js';

declare const QARI_VERSION: string | undefined;
const version = typeof QARI_VERSION === 'string' ? QARI_VERSION : 'dev';

async function run(argv: string[]): Promise<number> {
  const options = parseCli(argv, process.env);
  if (options.help) {
    await writeOut(USAGE + '\n');
    return 0;
  }
  if (options.version) {
    await writeOut(`qari ${version}\n`);
    return 0;
  }
  const opened = await openLocalSource(options.source, process.stdin);
  for (const warning of opened.warnings) process.stderr.write(warning + '\n');
  if (options.json) {
    const article = { ...opened.article, entities: extractEntities(opened.article.blocks) };
    await writeOut(JSON.stringify(article, null, 2) + '\n');
    return 0;
  }
  if (options.print || !process.stdout.isTTY) {
    await printArticle(opened.article, options);
    return 0;
  }
  const rendering = chooseRendering(options.bidi, options.shape, detectTerminal(process.env));
  const store = openStore({ configDir: options.configDir });
  const shownWarnings = store.warnings.length;
  for (const warning of store.warnings) process.stderr.write(warning + '\n');
  const { runReader } = await import('./ui/run.js');
  await runReader(opened.article, {
    layout: { reorder: rendering.reorder, shape: rendering.shape },
    explicitBidi: rendering.bdsm,
    color: options.color,
    store,
  });
  for (const warning of store.warnings.slice(shownWarnings)) process.stderr.write(warning + '\n');
  return 0;
}

async function printArticle(article: Article, options: CliOptions): Promise<void> {
  const width = options.width ?? (process.stdout.isTTY ? process.stdout.columns : undefined) ?? 80;
  const profile = detectTerminal(process.env);
  // Piped output is for scripts: visual order, and no presentation forms unless asked for.
  const rendering = chooseRendering(options.bidi, process.stdout.isTTY ? options.shape : options.shape === 'auto' ? 'off' : options.shape, profile);
  let chunk = '';
  for (const line of printLines(article, width, { reorder: rendering.reorder, shape: rendering.shape })) {
    chunk += line + '\n';
    if (chunk.length > 65536) {
      await writeOut(chunk);
      chunk = '';
    }
  }
  await writeOut(chunk);
}

export async function main(argv: string[]): Promise<void> {
  ignoreBrokenPipe();
  try {
    process.exitCode = await run(argv);
  } catch (error) {
    if (error instanceof QariError) {
      process.stderr.write(error.message + '\n');
      process.exitCode = error.exitCode;
    } else {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`qari: unexpected error: ${message.split('\n')[0]}\n`);
      process.exitCode = 1;
    }
  }
}
