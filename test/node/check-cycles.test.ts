/** The import checks of `npm run lint` (scripts/check-cycles.ts): cycles, and the bottom layers looking only down. */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { cycles, layerBreaches } from '../../scripts/check-cycles.ts';

const root = '/repo';
const at = (p: string) => resolve(root, p);

test('a circle of imports is one cycle; a chain is none', () => {
  const graph = new Map([
    ['a', ['b']],
    ['b', ['c']],
    ['c', ['a']],
    ['d', ['a']],
  ]);
  assert.deepEqual(cycles(graph), [['a', 'b', 'c']]);
  assert.deepEqual(
    cycles(
      new Map([
        ['a', ['b']],
        ['b', []],
      ]),
    ),
    [],
  );
});

test('core and contract may not import upward, type-only imports included; the server takes only contract and core', () => {
  const imports: Record<string, string[]> = {
    [at('src/core/events.ts')]: [at('src/store/store.ts'), at('src/core/clock.ts'), at('src/contract/schemas.ts')],
    [at('src/contract/schemas.ts')]: [at('src/core/fold.ts')],
    [at('server/src/attempts.ts')]: [at('src/core/rounds.ts'), at('src/contract/schemas.ts'), at('src/views/exam/exam.ts')],
    [at('src/views/exam/exam.ts')]: [at('src/store/store.ts'), at('src/core/clock.ts')],
  };
  assert.deepEqual(
    layerBreaches(Object.keys(imports), root, (f) => imports[f] ?? []),
    ['src/core/events.ts -> src/store/store.ts', 'src/contract/schemas.ts -> src/core/fold.ts', 'server/src/attempts.ts -> src/views/exam/exam.ts'],
  );
});
