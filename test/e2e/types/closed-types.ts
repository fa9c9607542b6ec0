/**
 * Closed types: every line after `@ts-expect-error misspelled: <key>` is a mistake the compiler must catch, for
 * exactly that key (test/e2e/closed-types.test.ts compiles this file with and without the directives). Type-checked
 * only, never run.
 */
import { BurkiClient, parseWebhook, type Assistant, type AssistantCreateParams, type Call } from '../../../generated/client/src/index.js';
import { assistantsCreate } from '../../../generated/client/src/funcs.js';

export async function mistakes(client: BurkiClient): Promise<void> {
  // Params: top-level and nested keys of a request body, query parameters, positional-args methods.
  // @ts-expect-error misspelled: llmSetings
  await client.assistants.create({ name: 'a', llmSetings: {} });
  // @ts-expect-error misspelled: systemPromt
  await client.assistants.create({ name: 'a', llmSettings: { systemPromt: 'hi' } });
  // @ts-expect-error misspelled: voice_id
  await client.assistants.update(1, { ttsSettings: { voice_id: 'x' } });
  // @ts-expect-error misspelled: activeOnlyy
  await client.assistants.list({ activeOnlyy: true });
  // @ts-expect-error misspelled: toNumber
  await client.calls.initiate({ toPhoneNumber: '+15550100', toNumber: '+15550100' });
  // @ts-expect-error misspelled: dateFro
  await client.calls.list({ dateFro: '2024-01-01' });
  // @ts-expect-error misspelled: mesage
  await client.sms.send({ fromPhoneNumber: '+15550100', toPhoneNumber: '+15550101', mesage: 'hi' });
  // @ts-expect-error misspelled: assistantID
  await client.phoneNumbers.assign(1, { assistantID: 2 });
  // A params object built ahead of the call is checked where it is typed.
  // @ts-expect-error misspelled: descripton
  const params: AssistantCreateParams = { name: 'a', descripton: 'b' };
  await assistantsCreate(client, params);

  // Results: top-level and nested keys, list items, stream events, webhook payloads.
  const assistant: Assistant = await client.assistants.get(1);
  // @ts-expect-error misspelled: nmae
  void assistant.nmae;
  // @ts-expect-error misspelled: system_prompt
  void assistant.llmSettings?.system_prompt;
  for await (const call of client.calls.list()) {
    // @ts-expect-error misspelled: callSID
    void call.callSID;
  }
  const call: Call = await client.calls.get(1);
  // @ts-expect-error misspelled: durationSeconds
  void call.durationSeconds;
  const stream = client.realtime.liveTranscript('CA1');
  for await (const event of stream) {
    // @ts-expect-error misspelled: transcript
    if (event.type === 'call_status') void event.transcript;
  }
  const webhook = parseWebhook('{}');
  // @ts-expect-error misspelled: callSid
  if (webhook.type === 'sms_received') void webhook.payload.callSid;
}

/** The escape hatch: what the types do not declare goes through `extraBody` / `extraQuery` as wire names. */
export async function extras(client: BurkiClient): Promise<void> {
  await client.assistants.create({ name: 'a' }, { extraBody: { beta_feature: { any_key: 1 } } });
  await client.assistants.list({ limit: 5 }, { extraQuery: { undocumented_filter: 'x' } });
}
