#!/usr/bin/env node
/**
 * The package's command line.
 *
 *   npx cai-cach-quiz check <endpoint-url> [--origin https://portal.example] [--participant '<json>']
 *
 * `check` runs the endpoint conformance checker: the bundled dist/cli/check-endpoint.js in
 * the published package (built by `npm run build`), or scripts/check-endpoint.ts through
 * tsx in a checkout.
 */
import { existsSync } from 'node:fs';

const USAGE = `Usage: cai-cach-quiz check <endpoint-url> [--origin https://portal.example] [--participant '<json>'] [--timeout SECONDS]

Commands:
  check   check a running endpoint against the <cai-cach-quiz> endpoint contract (cai-cach-quiz check --help)`;

const [command, ...args] = process.argv.slice(2);
if (command === 'check') {
  const bundled = new URL('../dist/cli/check-endpoint.js', import.meta.url);
  const checker = existsSync(bundled) ? await import(bundled.href) : await (await import('tsx/esm/api')).tsImport('./check-endpoint.ts', import.meta.url);
  process.exitCode = await checker.main(args);
} else if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
  console.log(USAGE);
} else {
  console.error(`Unknown command: ${command}\n\n${USAGE}`);
  process.exitCode = 2;
}
