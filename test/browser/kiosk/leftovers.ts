// What a wipe must leave behind: nothing of the patient. Shared by the kiosk tests that search for a patient's words.
import { allElements } from './helpers.js';

/** Every place on this page a patient's words could survive, as text; the outbox included (it was never submitted). */
export async function everythingLeft(): Promise<string> {
  const parts: string[] = [location.href, JSON.stringify(history.state), document.title];
  for (const el of allElements(document)) {
    if (el.shadowRoot) parts.push(el.shadowRoot.innerHTML);
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) parts.push(el.value);
  }
  parts.push(document.documentElement.outerHTML);
  for (const storage of [sessionStorage, localStorage]) {
    for (let i = 0; i < storage.length; i++) parts.push(`${storage.key(i)}=${storage.getItem(storage.key(i)!)}`);
  }
  for (const { name } of await indexedDB.databases()) {
    if (!name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
    });
    for (const store of db.objectStoreNames) {
      const all = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
      });
      parts.push(`${name}/${store}: ${JSON.stringify(all)}`);
    }
    db.close();
  }
  return parts.join('\n');
}
