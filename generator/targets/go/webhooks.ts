/**
 * webhooks.go: `ParseWebhook(body)` and one event type per webhook the model can recognise (a payload with a
 * single-valued field, `message.type` = `status-update`). Each event embeds its payload type, so its fields read as
 * the payload's; the runtime (templates/go/runtime/webhook.go) matches and decodes.
 */
import type { ApiModel } from '../../ir/model.js';
import { goComment, goString } from '../../lang/go/literal.js';
import { exportedName } from '../../lang/go/naming.js';
import type { GoTypes } from '../../lang/go/types.js';
import type { Namer } from '../../lang/naming.js';

export function webhooksFile(model: ApiModel, types: GoTypes, names: Namer): { imports: string[]; declarations: string[]; events: string[] } | undefined {
  const webhooks = model.webhooks.filter((webhook) => webhook.discriminator);
  if (webhooks.length === 0) return undefined;
  const events = webhooks.map((webhook) => {
    const name = names.allocate(`${exportedName(webhook.name, 'Webhook')}Event`);
    const payload = types.typeOf(webhook.payload, `${name}Payload`);
    return { webhook, name, payload: payload.expr };
  });
  const declarations = events.map(({ webhook, name, payload }) => {
    const doc = goComment('', `${name} is the ${goString(webhook.name)} webhook (${webhook.method}, ${goString(webhook.contentType).slice(1, -1)}).`, webhook.summary, webhook.description);
    const embedded = /^[A-Z]\w*$/.test(payload) ? `\t${payload}\n` : `\tPayload ${payload}\n`;
    return `${doc}type ${name} struct {\n${embedded}}\n\n// WebhookName is ${goString(webhook.name)}.\nfunc (*${name}) WebhookName() string { return ${goString(webhook.name)} }\n`;
  });
  const kinds = events.map(({ webhook, name }) => `\t\t{path: ${goString(webhook.discriminator!.path)}, value: ${goString(webhook.discriminator!.value)}, decode: decodeWebhook[${name}]},\n`).join('');
  declarations.push(
    `${goComment('', `ParseWebhook reads the body of a webhook request the API sent: ${events.map(({ name }) => `*${name}`).join(', ')}, or *UnknownWebhookEvent for valid JSON no webhook matches.`, model.sdk.webhookNotes)}func ParseWebhook(body []byte) (WebhookEvent, error) {\n\treturn parseWebhook(body, []webhookKind{\n${kinds}\t})\n}\n`,
  );
  return { imports: [], declarations, events: events.map(({ name }) => name) };
}
