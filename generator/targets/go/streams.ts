/**
 * Realtime streams in Go: a method per WebSocket stream on its resource's service (`client.Realtime.LiveTranscript(ctx,
 * callSID)`), a decoder from message `type` to event type, and an `EventType()` method on each event struct. The
 * runtime (templates/go/runtime/stream.go) dials, authenticates, reads and closes.
 */
import { goComment, goString } from '../../lang/go/literal.js';
import { lowerFirst } from '../../lang/go/naming.js';
import type { GoStreamPlan } from '../../lang/go/surface.js';

export class StreamEmitter {
  /** Event structs that already have their EventType method (a schema can serve several messages and streams). */
  private readonly typed = new Set<string>();

  /** The method of a planned stream (lang/go/surface.ts) on `service`, its decoder and the EventType methods it needs. */
  emit(plan: GoStreamPlan, service: string): { source: string; name: string; signature: string; events: readonly string[] } {
    const { stream, name, args, events } = plan;
    const sdk = stream.sdk!;
    const decoder = `decode${service}${name}`;
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
}
