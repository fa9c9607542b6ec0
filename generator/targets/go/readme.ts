import type { ApiModel } from '../../ir/model.js';

export function readmeView(model: ApiModel, methods: readonly { resource: string; method: string; signature: string }[]) {
  return { title: model.title, methods };
}
