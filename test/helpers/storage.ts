/** IndexedDB made slow on purpose: what the element does while its storage has not answered yet. */

/**
 * Hold the element's records store in a readwrite transaction of another connection until
 * `finish()`: the element's reads and writes asked for meanwhile wait behind it, as on a slow
 * disk. `finish()` resolves once they are done too, and whatever the element does right after
 * them has run. The connection lets a delete or an upgrade through as soon as one is asked for
 * (and stops holding: `finish()` then resolves when the hold ends; the caller awaits the
 * element's work itself).
 */
export async function holdStore(): Promise<{ finish(): Promise<void> }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('cai-cach-quiz');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
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
