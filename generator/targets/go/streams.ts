/**
 * Realtime streams in Go: a method per WebSocket stream on its resource's service (`client.Realtime.LiveTranscript(ctx,
 * callSID)`), a decoder from message `type` to event type, and an `EventType()` method on each event struct. The
 * runtime (templates/go/runtime/stream.go) dials, authenticates, reads and closes.
 */
import type { Stream } from '../../ir/model.js';
import { goComment, goString } from '../../lang/go/literal.js';
import { exportedName, localNamer, lowerFirst, unexportedName } from '../../lang/go/naming.js';
import { fieldNames, type GoTypes, structProperties } from '../../lang/go/types.js';
import type { Namer } from '../../lang/naming.js';

export class StreamEmitter {
  /** Event structs that already have their EventType method (a schema can serve several messages and streams). */
  private readonly typed = new Set<string>();

  constructor(private readonly types: GoTypes) {}

  /** The method, its decoder and the EventType methods it needs. */
  emit(stream: Stream, service: string, methodNames: Namer): { source: string; name: string; signature: string; events: readonly string[] } {
    const sdk = stream.sdk!;
    const name = methodNames.allocate(exportedName(sdk.method, 'Stream'));
    const decoder = `decode${service}${name}`;
    const locals = localNamer();
    const parameters = stream.parameters.filter((parameter) => parameter.in === 'path' || parameter.in === 'query');
    const args = parameters.map((parameter) => {
      const type = parameter.required ? this.types.typeOf(parameter.schema, `${name}${exportedName(parameter.wireName)}`) : this.types.fieldType(parameter.schema, false, `${name}${exportedName(parameter.wireName)}`);
      return { parameter, local: locals.allocate(unexportedName(parameter.wireName)), type: type.expr };
    });
    const pathArgs = args.filter((arg) => arg.parameter.in === 'path').map((arg) => arg.local);
    const queryLines = args
      .filter((arg) => arg.parameter.in === 'query')
      .map((arg) => (arg.type.startsWith('*') ? `\taddValue(query, ${goString(arg.parameter.wireName)}, ${arg.local})\n` : `\tquery.Add(${goString(arg.parameter.wireName)}, scalarText(${arg.local}))\n`))
      .join('');
    const auth = stream.auth.find((entry) => entry.in === 'query' || entry.in === 'header');
    const spec = [
      `auth: ${goString(auth?.in === 'query' ? 'query' : 'header')}`,
      `name: ${goString(auth?.in === 'query' ? auth.name : 'Authorization')}`,
      `ping: ${goString(sdk.pingMessage ?? '')}`,
      `status: ${goString(sdk.statusMessage ?? '')}`,
      `decode: ${lowerFirst(decoder)}`,
    ].join(', ');
    const events = this.eventsOf(stream);
    const doc = goComment(
      '',
      `${name} opens the ${goString(stream.name)} WebSocket stream (${stream.path}): read stream.Events() until it closes, then check stream.Err(); Close it when done. Events: ${events.map((event) => `*${event.type} (${event.message})`).join(', ')}; other message types arrive as *UnknownRealtimeEvent.`,
      stream.summary,
      stream.description,
    );
    let source = `${doc}func (s *${service}) ${name}(${['ctx context.Context', ...args.map((arg) => `${arg.local} ${arg.type}`)].join(', ')}) (*RealtimeStream, error) {\n`;
    source += pathArgs.length > 0 ? `\tpath, err := buildPath(${[goString(stream.path), ...pathArgs].join(', ')})\n\tif err != nil {\n\t\treturn nil, err\n\t}\n` : `\tpath := ${goString(stream.path)}\n`;
    source += `\tquery := url.Values{}\n${queryLines}\treturn s.core.openStream(ctx, path, query, streamSpec{${spec}})\n}\n\n`;
    source += `func ${lowerFirst(decoder)}(kind string, data []byte) (RealtimeEvent, error) {\n\tswitch kind {\n`;
    for (const event of events) source += `\tcase ${goString(event.message)}:\n\t\treturn decodeEvent[${event.type}](data)\n`;
    source += `\t}\n\treturn nil, nil\n}\n`;
    for (const event of events) {
      if (this.typed.has(event.type)) continue;
      this.typed.add(event.type);
      source += `\n// EventType is the message's "type".\nfunc (e *${event.type}) EventType() string { return ${event.typeExpr} }\n`;
    }
    return { source, name, signature: args.map((arg) => arg.local).join(', '), events: events.map((event) => event.type) };
  }

  /** Server messages whose schema is a named struct with a `type` field: the ones decoded to their own type. */
  private eventsOf(stream: Stream): { message: string; type: string; typeExpr: string }[] {
    const events: { message: string; type: string; typeExpr: string }[] = [];
    for (const message of stream.serverMessages) {
      if (message.schema.kind !== 'ref') continue;
      const name = this.types.nameOf(message.schema.wireName);
      if (!this.types.isStructName(name)) continue;
      const object = this.types.lookup.objectOf(message.schema);
      const properties = structProperties(object?.properties ?? []);
      const index = properties.findIndex((property) => property.wireName === 'type');
      if (!object || index < 0) continue;
      const property = properties[index]!;
      const type = this.types.typeOf(property.schema, name).expr;
      // An optional type has no one value to return: such messages arrive as *UnknownRealtimeEvent.
      if (!property.required || (type !== 'string' && !this.types.isNamedString(type))) continue;
      const field = `e.${fieldNames(properties)[index]!}`;
      events.push({ message: message.type, type: name, typeExpr: type === 'string' ? field : `string(${field})` });
    }
    return events;
  }
}
