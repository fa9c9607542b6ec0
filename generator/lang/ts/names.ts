/**
 * File names of the TypeScript spelling (the SDK's resource modules, and the docs pages named like them).
 */
import type { Resource } from '../../ir/model.js';

/** `phoneNumbers` → `phone-numbers`. */
export function resourceFileName(resource: Pick<Resource, 'name'>): string {
  return resource.name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}
