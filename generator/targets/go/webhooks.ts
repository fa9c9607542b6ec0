import type { ApiModel } from '../../ir/model.js';
import type { Namer } from '../../lang/naming.js';
import type { GoTypes } from '../../lang/go/types.js';

export function webhooksFile(_model: ApiModel, _types: GoTypes, _names: Namer): { imports: string[]; declarations: string[] } | undefined {
  return undefined;
}
