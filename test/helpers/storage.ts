/** The element's IndexedDB from the test's side: what it holds, and made slow on purpose (what the element does while its storage has not answered yet). */
import { openDB } from 'idb';

/** A connection of the test's own to the element's database. */
export function openElementDb(): Promise<IDBDatabase> {
  return new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('cai-cach-quiz');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('indexedDB.open failed'));
  });
}

/** Every record in the element's IndexedDB, one array per object store: to look for what must not be kept on the device. */
export async function storedRecords(): Promise<unknown[]> {
  const db = await openElementDb();
  const out: unknown[] = [];
  for (const name of db.objectStoreNames) {
    out.push(
      await new Promise((resolve) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result);
      }),
    );
  }
  db.close();
  return out;
}

/**
 * Hold the element's records store in a readwrite transaction of another connection until
 * `finish()`: the element's reads and writes asked for meanwhile wait behind it, as on a slow
 * disk. `finish()` resolves once they are done too, and whatever the element does right after
 * them has run. The connection lets a delete or an upgrade through as soon as one is asked for
 * (and stops holding: `finish()` then resolves when the hold ends; the caller awaits the
 * element's work itself).
 */
export async function holdStore(): Promise<{ finish(): Promise<void> }> {
  const db = await openElementDb();
  let held = true;
  let closed = false;
  db.onversionchange = () => {
    held = false;
    closed = true;
    db.close();
  };
  const tx = db.transaction('records', 'readwrite');
  const store = tx.objectStore('records');
  const spin = () => {
    if (held) store.get('hold').onsuccess = spin;
  };
  spin();
  const done = new Promise<void>((resolve) => (tx.oncomplete = tx.onabort = () => resolve()));
  return {
    async finish() {
      held = false;
      await done;
      if (closed) return;
      // A transaction created now starts only after those the element created before it on the
      // same store: once it is done, so are they, and so is what the element ran when they were.
      await new Promise<void>((resolve) => {
        const after = db.transaction('records', 'readonly');
        after.objectStore('records').get('hold');
        after.oncomplete = after.onabort = () => resolve();
      });
      db.close();
    },
  };
}

/**
 * Put `open` in place of `indexedDB.open` until the undo. idb's openDB wraps what open() returns:
 * a value it cannot wrap (here a promise that takes listeners and ignores them) is used as the
 * opening promise itself.
 */
function replaceOpen(open: (name: string, version?: number) => Promise<unknown>): () => void {
  Object.defineProperty(indexedDB, 'open', {
    configurable: true,
    value: (name: string, version?: number) => Object.assign(open(name, version), { addEventListener() {} }),
  });
  return () => void delete (indexedDB as { open?: unknown }).open;
}

/**
 * Make `indexedDB.open` hang, neither succeeding nor failing, as it does on a loaded machine or a
 * phone whose IndexedDB is stuck: the element then gives up on it after its time limit and goes
 * on in memory. Returns the undo, and how many opens were asked for meanwhile.
 */
export function hangIndexedDbOpen(): { undo(): void; calls(): number } {
  let calls = 0;
  const undo = replaceOpen(() => (calls++, new Promise<never>(() => undefined)));
  return { undo, calls: () => calls };
}

/**
 * Make `indexedDB.open` take `ms` before it opens the database (a loaded machine, a phone's slow
 * disk). The first open after this call is the slow one; later ones are as usual. Returns the undo.
 */
export function slowIndexedDbOpen(ms: number): () => void {
  const undo = replaceOpen(
    (name, version) =>
      new Promise((resolve, reject) =>
        setTimeout(() => {
          undo();
          openDB(name, version).then(resolve, reject);
        }, ms),
      ),
  );
  return undo;
}
