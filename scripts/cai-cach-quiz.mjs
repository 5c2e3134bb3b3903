#!/usr/bin/env node
/**
 * The package's command line.
 *
 *   npx cai-cach-quiz check <endpoint-url> [--origin https://portal.example] [--participant '<json>']
 *
 * `check` runs the endpoint conformance checker (scripts/check-endpoint.ts) through tsx.
 */
import { tsImport } from 'tsx/esm/api';

const USAGE = `Usage: cai-cach-quiz check <endpoint-url> [--origin https://portal.example] [--participant '<json>'] [--timeout SECONDS]

Commands:
  check   check a running endpoint against the <cai-cach-quiz> endpoint contract (cai-cach-quiz check --help)`;

const [command, ...args] = process.argv.slice(2);
if (command === 'check') {
  const checker = await tsImport('./check-endpoint.ts', import.meta.url);
  process.exitCode = await checker.main(args);
} else if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
  console.log(USAGE);
} else {
  console.error(`Unknown command: ${command}\n\n${USAGE}`);
  process.exitCode = 2;
}
