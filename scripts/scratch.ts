/**
 * Where the benches write what they generate: a fresh folder in memory (/dev/shm, a tmpfs) when the machine has one,
 * else under the system's temp dir. On this machine's disk (ext4 mounted with `discard`), creating files stalls for
 * tens of milliseconds whenever a journal commit lands, a few seconds after earlier runs wrote or deleted their
 * output: 118 files took 6 ms or 50 ms depending only on when they were written. A generator writing a hundred
 * files was timed on those stalls, and a peer writing two files hardly ever was.
 */
import { accessSync, constants, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MEMORY = '/dev/shm';

function base(): string {
  try {
    accessSync(MEMORY, constants.W_OK);
    return MEMORY;
  } catch {
    return tmpdir();
  }
}

/** A new empty folder `<base>/burki-<prefix>XXXXXX`. */
export function scratchDir(prefix: string): string {
  return mkdtempSync(join(base(), `burki-${prefix}`));
}
