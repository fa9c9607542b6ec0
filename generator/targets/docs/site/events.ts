/** The webhooks page (requests the API sends) and the WebSocket streams page, one section each. */
import type { ApiModel } from '../../../ir/model.js';
import { githubSlug as slug } from '../slug.js';
import type { Block, Page } from './blocks.js';
import { FIELD_HEAD, type TypePages } from './fields.js';

export const WEBHOOKS_PAGE = 'events/webhooks.html';
export const STREAMS_PAGE = 'events/streams.html';

function exampleBlock(example: unknown, title: string): Block[] {
  return example === undefined ? [] : [{ kind: 'code', language: 'json', code: JSON.stringify(example, null, 2), title }];
}

export function webhooksPage(model: ApiModel, types: TypePages): Page {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: ['Webhooks'] },
    { kind: 'paragraph', text: ['Requests the API sends to URLs you configure. Answer with a ', { code: '2xx' }, ' status. Payload keys are shown as they arrive on the wire; the TypeScript SDK\'s ', { code: 'parseWebhook()' }, ' narrows a payload by the field given for each.'] },
    { kind: 'list', items: model.webhooks.map((webhook) => [{ href: `${WEBHOOKS_PAGE}#${slug(webhook.name)}`, text: [webhook.name] }, ...(webhook.summary ? [': ', { prose: webhook.summary }] : [])]) },
  ];
  for (const webhook of model.webhooks) {
    const main: Block[] = [{ kind: 'heading', level: 2, text: [webhook.name] }];
    if (webhook.summary) main.push({ kind: 'paragraph', text: [{ prose: webhook.summary }] });
    if (webhook.description) main.push({ kind: 'prose', markdown: webhook.description });
    main.push({
      kind: 'list',
      items: [
        ['Request: ', { code: webhook.method }, ' ', { code: webhook.contentType }],
        ['Payload: ', ...types.label(webhook.payload)],
        ['Recognise it by: ', ...(webhook.discriminator ? [{ code: webhook.discriminator.path }, ' is ', { code: JSON.stringify(webhook.discriminator.value) }] : ['no single-valued field; route it by URL'])],
      ],
    });
    const object = types.lookup.objectOf(webhook.payload);
    if (object && object.properties.length > 0) main.push({ kind: 'table', head: FIELD_HEAD, rows: types.rows(object.properties) });
    blocks.push({ kind: 'section', blocks: main, aside: exampleBlock(webhook.example, 'Example payload') });
  }
  return { path: WEBHOOKS_PAGE, title: 'Webhooks', summary: `The ${model.webhooks.length} kinds of request the API sends to your URLs, with their payloads.`, blocks, nav: WEBHOOKS_PAGE };
}

export function streamsPage(model: ApiModel, types: TypePages): Page {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: ['WebSocket streams'] },
    { kind: 'paragraph', text: ['JSON messages over WebSocket, on the same host as the REST API (', { code: 'wss:' }, ' for ', { code: 'https:' }, '). Every message has a ', { code: 'type' }, '; pass through types you do not know, the server may add some.'] },
    { kind: 'list', items: model.streams.map((stream) => [{ href: `${STREAMS_PAGE}#${slug(stream.name)}`, text: [stream.name] }, ...(stream.summary ? [': ', { prose: stream.summary }] : [])]) },
  ];
  for (const stream of model.streams) {
    const main: Block[] = [{ kind: 'heading', level: 2, text: [stream.name] }];
    if (stream.summary) main.push({ kind: 'paragraph', text: [{ prose: stream.summary }] });
    if (stream.description) main.push({ kind: 'prose', markdown: stream.description });
    const pathParams = stream.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.identifier);
    main.push({
      kind: 'list',
      items: [
        ['URL: ', { code: stream.path }],
        ['TypeScript SDK: ', ...(stream.sdk ? [{ code: `client.${stream.sdk.resource}.${stream.sdk.method}(${pathParams.join(', ')})` }, ' → ', { code: `RealtimeStream<${stream.sdk.eventTypeName}>` }] : ['not in the SDK'])],
      ],
    });
    if (stream.auth.length > 0) {
      main.push({ kind: 'heading', level: 3, text: ['Credentials'] });
      main.push({ kind: 'table', head: ['In', 'Name', 'Description'], rows: stream.auth.map((entry) => [[entry.in], [{ code: entry.name }], entry.description ? [{ prose: entry.description }] : []]) });
    }
    if (stream.parameters.length > 0) {
      main.push({ kind: 'heading', level: 3, text: ['Parameters'] });
      main.push({
        kind: 'table',
        head: ['Name', 'In', 'Type', 'Required', 'Description'],
        rows: stream.parameters.map((parameter) => [[{ code: parameter.wireName }], [parameter.in], types.label(parameter.schema), [parameter.required ? 'yes' : 'no'], parameter.description ? [{ prose: parameter.description }] : []]),
      });
    }
    main.push({ kind: 'heading', level: 3, text: ['Messages'] });
    main.push({
      kind: 'table',
      head: ['Direction', 'Type', 'Payload', 'Description'],
      rows: [
        ...stream.clientMessages.map((message) => ({ direction: 'client → server', message })),
        ...stream.serverMessages.map((message) => ({ direction: 'server → client', message })),
      ].map(({ direction, message }) => [[direction], [{ code: message.type }], types.label(message.schema), message.description ? [{ prose: message.description }] : []]),
    });
    if (stream.closeCodes.length > 0) {
      main.push({ kind: 'heading', level: 3, text: ['Close codes'] });
      main.push({ kind: 'table', head: ['Code', 'Meaning'], rows: stream.closeCodes.map((entry) => [[String(entry.code)], entry.description ? [{ prose: entry.description }] : []]) });
    }
    const examples = stream.serverMessages.flatMap((message) => exampleBlock(message.example, `Server message ${message.type}`)).slice(0, 3);
    blocks.push({ kind: 'section', blocks: main, aside: examples });
  }
  return { path: STREAMS_PAGE, title: 'WebSocket streams', summary: `The ${model.streams.length} WebSocket streams: URLs, credentials, messages and close codes.`, blocks, nav: STREAMS_PAGE };
}
