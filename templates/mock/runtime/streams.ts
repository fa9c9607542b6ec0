/**
 * WebSocket streams of the mock (the model's `streams`, from the spec's `x-websockets`), on top of the `ws` package.
 *
 * - An upgrade whose path matches a stream's path template is accepted after its parameters validate (else it is
 *   rejected with a FastAPI-shaped 422) and its credential is checked.
 * - The credential is read as the stream's `auth` entries say, in their order: a query parameter, a header
 *   (`Authorization: Bearer <token>`, or the raw value of another header) or a `Sec-WebSocket-Protocol` value
 *   `<prefix><token>` (that subprotocol is then echoed). Tokens follow the HTTP rules (`tokens`, else any non-empty).
 *   A missing or refused token: when the stream has a server message of type `error` the connection is accepted,
 *   that error is sent and the socket closed with 1008 (what a server that checks after accepting does); otherwise
 *   the upgrade is rejected with 401.
 * - On connect the server sends, in the order of `serverMessages`, the examples of every server message except the
 *   ping reply (`pong`) and `error`: a realistic opening sequence. A message's examples are those of its schema whose
 *   `type` is the message's (several, e.g. replayed utterances, are all sent), else its own example.
 * - Client frames: not JSON, or no string `type` → an `error` frame when the stream has one (else ignored); the
 *   `pingMessage` type → the `pong` example (or `{type: 'pong'}`); the `statusMessage` type → the example of the
 *   status reply (`statusReply`, else the first server message whose type contains `status`, else `update`); any
 *   other type is ignored. Garbage never takes the server down.
 * - Every field of a frame named like a path parameter (`call_sid`, `data.campaign_id`) takes the requested value.
 * - Log lines and the request journal never contain the credential.
 */
import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { detail, MESSAGES, type ValidationIssue } from './errors.js';
import type { MockModel, MockOperation, MockStream } from './model.js';
import { BadPathError, Router } from './router.js';
import { defineOwn, isObject, type SchemaResolver } from './schema.js';
import type { ParamValues, RequestValidator } from './validation.js';

type Frame = Record<string, unknown>;
type ServerMessage = MockStream['serverMessages'][number];

/** The close code sent after a refused credential (policy violation). */
export const POLICY_VIOLATION = 1008;
/** The close code sent to open streams when the server shuts down (going away). */
export const GOING_AWAY = 1001;
const CLOSE_WAIT_MS = 1000;

export const STREAM_MESSAGES = {
  authFailed: 'Authentication failed',
  invalidJson: 'Invalid JSON',
  noType: 'Message must be a JSON object with a string "type"',
  upgradeRequired: 'Upgrade Required',
  shuttingDown: 'Server shutting down',
} as const;

/** What the hub reports about one upgrade request, for the server's log line and journal. */
export interface UpgradeOutcome {
  readonly stream?: string;
  /** 101 when the socket was upgraded, else the HTTP status it was rejected with. */
  readonly status: number;
  /** Query string with credential parameters redacted. */
  readonly query: string;
  /** Lower-case header names whose credential part must be redacted (beyond the usual ones). */
  readonly redact: (name: string, value: string) => string;
}

export interface StreamHubOptions {
  readonly validator: RequestValidator;
  readonly resolver: SchemaResolver;
  /** Whether a token is accepted (same rule as HTTP bearer tokens). */
  readonly accepts: (token: string | undefined) => boolean;
  readonly maxPayload: number;
  readonly info: (message: string) => void;
  readonly error: (message: string, err?: unknown) => void;
  /**
   * Opening frames from the mock's state, by message type (a simulated call's status and stored transcript);
   * types it leaves out open with their examples. Undefined: examples only. `pushing`: the frames of a change
   * instead (with `rows`: of those rows just added, such as a call's new transcript lines).
   */
  readonly opening?: (
    stream: MockStream,
    path: Readonly<Record<string, unknown>>,
    example: (type: string) => unknown,
    pushing?: boolean,
    rows?: readonly Record<string, unknown>[],
  ) => Map<string, unknown[]> | undefined;
}

interface Connection {
  readonly stream: MockStream;
  readonly params: ParamValues;
  readonly authorized: boolean;
  readonly path: string;
}

interface Credential {
  readonly token: string | undefined;
  /** The offered subprotocol that carried the token, echoed in the handshake. */
  readonly protocol: string | undefined;
}

function pseudoOperation(stream: MockStream): MockOperation {
  return { operationId: `stream ${stream.name}`, method: 'GET', path: stream.path, auth: false, parameters: stream.parameters, responses: [] };
}

function bearerOrRaw(name: string, value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[value.length - 1] : value;
  if (text === undefined) return undefined;
  if (name.toLowerCase() === 'authorization') return /^\s*bearer\s+(\S+)\s*$/i.exec(text)?.[1];
  const trimmed = text.trim();
  return trimmed === '' ? undefined : trimmed;
}

function offeredProtocols(req: IncomingMessage): string[] {
  const header = req.headers['sec-websocket-protocol'];
  return (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Reads the credential the stream's `auth` entries describe, first present one wins. */
function credentialOf(stream: MockStream, req: IncomingMessage, query: URLSearchParams): Credential {
  for (const entry of stream.auth) {
    if (entry.in === 'query') {
      const v = query.get(entry.name);
      if (v !== null) return { token: v === '' ? undefined : v, protocol: undefined };
    } else if (entry.in === 'header') {
      const raw = req.headers[entry.name.toLowerCase()];
      if (raw !== undefined) return { token: bearerOrRaw(entry.name, raw), protocol: undefined };
    } else if (entry.in === 'subprotocol') {
      const offered = offeredProtocols(req).find((p) => entry.name !== '' && p.startsWith(entry.name));
      if (offered !== undefined) {
        const token = offered.slice(entry.name.length);
        return { token: token === '' ? undefined : token, protocol: offered };
      }
    }
  }
  return { token: undefined, protocol: undefined };
}

/** The raw query with the values of credential parameters replaced. */
function redactQuery(rawQuery: string, names: ReadonlySet<string>): string {
  if (rawQuery === '' || names.size === 0) return rawQuery;
  return rawQuery
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=');
      const rawName = eq >= 0 ? part.slice(0, eq) : part;
      let name = rawName;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      } catch {
        // keep the raw name
      }
      return names.has(name) ? `${rawName}=[redacted]` : part;
    })
    .join('&');
}

function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

/** Copies `value` with every property named like a path parameter set to the requested value (a few levels deep). */
function personalize(value: unknown, params: Readonly<Record<string, unknown>>, depth = 0): unknown {
  if (depth > 6) return value;
  if (Array.isArray(value)) return value.map((v) => personalize(v, params, depth + 1));
  if (!isObject(value)) return value;
  const out: Frame = {};
  for (const [key, v] of Object.entries(value)) {
    const given = Object.prototype.hasOwnProperty.call(params, key) ? params[key] : undefined;
    const next = given !== undefined && (v === null || typeof v !== 'object') ? given : personalize(v, params, depth + 1);
    defineOwn(out, key, next);
  }
  return out;
}

function withType(example: unknown, type: string): unknown {
  return isObject(example) && example['type'] !== type ? { ...example, type } : example;
}

/** The server message that answers the status request: `statusReply`, else by name. */
export function statusReplyOf(stream: MockStream): ServerMessage | undefined {
  const messages = stream.serverMessages;
  if (stream.statusReply !== undefined) {
    const named = messages.find((m) => m.type === stream.statusReply);
    if (named) return named;
  }
  return messages.find((m) => m.type.includes('status')) ?? messages.find((m) => m.type.includes('update'));
}

export class StreamHub {
  private readonly router: Router;
  private readonly byOperation = new Map<MockOperation, MockStream>();
  private readonly wss: WebSocketServer;
  /** The subprotocol to echo, per upgrade request. */
  private readonly protocols = new WeakMap<IncomingMessage, string>();
  private readonly requestIds = new WeakMap<IncomingMessage, string>();
  private readonly examples = new Map<ServerMessage, unknown[]>();
  /** Open, authorized connections (for frames the state pushes). */
  private readonly open = new Map<WebSocket, Connection>();

  constructor(
    streams: readonly MockStream[],
    private readonly options: StreamHubOptions,
  ) {
    const ops = streams.map((stream) => {
      const op = pseudoOperation(stream);
      this.byOperation.set(op, stream);
      return op;
    });
    this.router = new Router(ops);
    this.wss = new WebSocketServer({
      noServer: true,
      clientTracking: true,
      perMessageDeflate: false,
      maxPayload: options.maxPayload,
      handleProtocols: (_offered, req) => this.protocols.get(req) ?? false,
    });
    this.wss.on('headers', (headers, req) => {
      const id = this.requestIds.get(req);
      if (id !== undefined) headers.push(`X-Request-Id: ${id}`);
    });
    this.wss.on('error', (err) => options.error('mock: websocket server error', err));
  }

  /** The stream whose path template matches `rawPath`, if any. Throws {@link BadPathError}. */
  match(rawPath: string): MockStream | undefined {
    const m = this.router.match('GET', rawPath);
    return m.kind === 'found' ? this.byOperation.get(m.op) : undefined;
  }

  /** How many stream sockets are open. */
  get openCount(): number {
    return this.wss.clients.size;
  }

  /**
   * Handles an HTTP upgrade request (the `upgrade` event of a `node:http` server). Never throws; reports how it
   * went through `done` (once).
   */
  handleUpgrade(
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    target: { rawPath: string; rawQuery: string } | undefined,
    requestId: string,
    done: (outcome: UpgradeOutcome) => void,
  ): void {
    // A socket error (client reset) must never be unhandled; ws adds its own handlers once upgraded.
    socket.on('error', () => socket.destroy());
    const plain: UpgradeOutcome = { status: 400, query: '', redact: (_n, v) => v };
    if (!target) {
      this.reject(socket, 400, detail(MESSAGES.badRequest), requestId);
      done(plain);
      return;
    }
    let stream: MockStream | undefined;
    try {
      stream = this.match(target.rawPath);
    } catch (err) {
      if (!(err instanceof BadPathError)) throw err;
      this.reject(socket, 400, detail(MESSAGES.badPath), requestId);
      done(plain);
      return;
    }
    if (!stream) {
      this.reject(socket, 404, detail(MESSAGES.notFound), requestId);
      done({ ...plain, status: 404, query: target.rawQuery });
      return;
    }
    const found = stream;
    const queryNames = new Set(found.auth.filter((a) => a.in === 'query').map((a) => a.name));
    const prefixes = found.auth.filter((a) => a.in === 'subprotocol' && a.name !== '').map((a) => a.name);
    const headerNames = new Set(found.auth.filter((a) => a.in === 'header').map((a) => a.name.toLowerCase()));
    const outcome = (status: number): UpgradeOutcome => ({
      stream: found.name,
      status,
      query: redactQuery(target.rawQuery, queryNames),
      redact: (name, value) => {
        if (name === 'sec-websocket-protocol') {
          return value
            .split(',')
            .map((p) => {
              const t = p.trim();
              const prefix = prefixes.find((x) => t.startsWith(x));
              return prefix !== undefined ? `${prefix}[redacted]` : t;
            })
            .join(', ');
        }
        return headerNames.has(name) ? '[redacted]' : value;
      },
    });

    const m = this.router.match('GET', target.rawPath);
    const query = new URLSearchParams(target.rawQuery);
    const op = m.kind === 'found' ? m.op : pseudoOperation(found);
    const { values, issues } = this.options.validator.validateParams(op, {
      path: m.kind === 'found' ? m.params : {},
      query,
      headers: req.headers,
      cookies: {},
    });
    if (issues.length > 0) {
      this.reject(socket, 422, { detail: issues satisfies ValidationIssue[] }, requestId);
      done(outcome(422));
      return;
    }

    const credential = credentialOf(found, req, query);
    const authorized = found.auth.length === 0 || this.options.accepts(credential.token);
    if (!authorized && !found.serverMessages.some((msg) => msg.type === 'error')) {
      this.reject(socket, 401, detail(MESSAGES.unauthenticated), requestId, { 'WWW-Authenticate': 'Bearer' });
      done(outcome(401));
      return;
    }
    if (credential.protocol !== undefined) this.protocols.set(req, credential.protocol);
    this.requestIds.set(req, requestId);
    let reported = false;
    const report = (status: number): void => {
      if (reported) return;
      reported = true;
      done(outcome(status));
    };
    // ws answers malformed handshakes (bad key, version, method) itself with 400 and never calls back.
    socket.once('close', () => report(400));
    try {
      this.wss.handleUpgrade(req, socket, head, (ws) => {
        report(101);
        this.onConnection(ws, { stream: found, params: values, authorized, path: target.rawPath });
      });
    } catch (err) {
      this.options.error(`mock: websocket upgrade of ${target.rawPath} failed (${requestId})`, err);
      socket.destroy();
      report(500);
    }
  }

  /** Closes every open stream with 1001, then drops those that did not finish the closing handshake in time. */
  async closeAll(): Promise<void> {
    const clients = [...this.wss.clients];
    if (clients.length === 0) return;
    await Promise.all(
      clients.map(
        (ws) =>
          new Promise<void>((resolve) => {
            if (ws.readyState === ws.CLOSED) {
              resolve();
              return;
            }
            const timer = setTimeout(() => {
              ws.terminate();
              resolve();
            }, CLOSE_WAIT_MS);
            timer.unref?.();
            ws.once('close', () => {
              clearTimeout(timer);
              resolve();
            });
            try {
              ws.close(GOING_AWAY, STREAM_MESSAGES.shuttingDown);
            } catch {
              ws.terminate();
            }
          }),
      ),
    );
  }

  // -------------------------------------------------------------------------------------------------------------

  private reject(socket: Duplex, status: number, body: unknown, requestId: string, headers: Record<string, string> = {}): void {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const text = JSON.stringify(body);
    const lines = [
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
      'Content-Type: application/json',
      `Content-Length: ${Buffer.byteLength(text)}`,
      ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`),
      `X-Request-Id: ${requestId}`,
      'Connection: close',
    ];
    socket.once('finish', () => socket.destroy());
    socket.end(`${lines.join('\r\n')}\r\n\r\n${text}`);
  }

  private onConnection(ws: WebSocket, conn: Connection): void {
    // Protocol errors (bad opcodes, invalid UTF-8, oversized frames): ws closes the socket; nothing else to do.
    ws.on('error', () => undefined);
    ws.on('close', (code) => this.options.info(`WS ${conn.path} closed ${code}`));
    const { stream } = conn;
    const errorMessage = stream.serverMessages.find((m) => m.type === 'error');
    if (!conn.authorized) {
      if (errorMessage) this.send(ws, this.authErrorFrame(errorMessage, conn));
      ws.close(POLICY_VIOLATION, STREAM_MESSAGES.authFailed);
      return;
    }
    const fromState = this.options.opening?.(stream, conn.params.path, (type) => this.exampleOf(stream, type));
    this.open.set(ws, conn);
    ws.on('close', () => this.open.delete(ws));
    for (const message of stream.serverMessages) {
      if (message.type === 'pong' || message.type === 'error') continue;
      const frames = fromState?.get(message.type);
      if (frames) for (const frame of frames) this.send(ws, personalize(frame, conn.params.path));
      else for (const example of this.examplesOf(message)) this.send(ws, personalize(example, conn.params.path));
    }
    ws.on('message', (data, isBinary) => {
      try {
        this.onFrame(ws, conn, data, isBinary, errorMessage);
      } catch (err) {
        this.options.error(`mock: stream ${stream.name} could not answer a frame`, err);
      }
    });
  }

  private onFrame(ws: WebSocket, conn: Connection, data: RawData, _isBinary: boolean, errorMessage: ServerMessage | undefined): void {
    const { stream } = conn;
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawText(data));
    } catch {
      if (errorMessage) this.send(ws, this.errorFrame(errorMessage, conn, STREAM_MESSAGES.invalidJson));
      return;
    }
    const type = isObject(parsed) ? parsed['type'] : undefined;
    if (typeof type !== 'string') {
      if (errorMessage) this.send(ws, this.errorFrame(errorMessage, conn, STREAM_MESSAGES.noType));
      return;
    }
    if (stream.pingMessage !== undefined && type === stream.pingMessage) {
      const pong = stream.serverMessages.find((m) => m.type === 'pong');
      const example = pong ? this.examplesOf(pong)[0] : undefined;
      this.send(ws, personalize(example ?? { type: 'pong' }, conn.params.path));
      return;
    }
    if (stream.statusMessage !== undefined && type === stream.statusMessage) {
      const reply = statusReplyOf(stream);
      if (!reply) return;
      const example = this.examplesOf(reply)[0] ?? withType(this.options.resolver.sample(reply.schema), reply.type);
      this.send(ws, personalize(example, conn.params.path));
    }
    // Any other type (known or not) is ignored, as a server that does not answer it would.
  }

  private exampleOf(stream: MockStream, type: string): unknown {
    const message = stream.serverMessages.find((m) => m.type === type);
    return message ? this.examplesOf(message)[0] : undefined;
  }

  /**
   * Sends the frames the state makes now (`opening`) of the given message types to every open connection of the
   * stream: what a simulation pushes when an item changed (a campaign's `progress_update`, a call's `call_status`),
   * or, with `rows`, the frames of rows it just added (a call's next transcript line, as it is spoken).
   */
  push(streamName: string, types: readonly string[], rows?: readonly Record<string, unknown>[]): void {
    for (const [ws, conn] of this.open) {
      if (conn.stream.name !== streamName) continue;
      const frames = this.options.opening?.(conn.stream, conn.params.path, (type) => this.exampleOf(conn.stream, type), true, rows);
      for (const type of types) for (const frame of frames?.get(type) ?? []) this.send(ws, personalize(frame, conn.params.path));
    }
  }

  /** The message's examples: its schema's examples whose `type` is the message's, else its own example. */
  private examplesOf(message: ServerMessage): unknown[] {
    const cached = this.examples.get(message);
    if (cached) return cached;
    const out: unknown[] = [];
    const own = message.example;
    const typed = (e: unknown): boolean => !isObject(e) || !('type' in e) || e['type'] === message.type;
    if (own !== undefined && typed(own)) out.push(own);
    const schema = this.options.resolver.deref(message.schema);
    const listed = isObject(schema) && Array.isArray(schema['examples']) ? (schema['examples'] as unknown[]) : [];
    for (const e of listed) {
      if (isObject(e) && e['type'] === message.type && !out.some((o) => JSON.stringify(o) === JSON.stringify(e))) out.push(e);
    }
    if (out.length === 0 && own !== undefined) out.push(withType(own, message.type));
    this.examples.set(message, out);
    return out;
  }

  /** The error sent before closing with 1008: the error message's example, with a `message`. */
  private authErrorFrame(errorMessage: ServerMessage, conn: Connection): unknown {
    const example = this.examplesOf(errorMessage)[0];
    const frame = personalize(isObject(example) ? example : { type: errorMessage.type }, conn.params.path) as Frame;
    if (typeof frame['message'] !== 'string') frame['message'] = STREAM_MESSAGES.authFailed;
    return frame;
  }

  /** An error about a client frame: the error schema's required fields (from its example), with `message`. */
  private errorFrame(errorMessage: ServerMessage, conn: Connection, text: string): Frame {
    const example = this.examplesOf(errorMessage)[0];
    const personal = isObject(example) ? (personalize(example, conn.params.path) as Frame) : {};
    const frame: Frame = { type: errorMessage.type };
    for (const name of this.options.resolver.requiredNames(errorMessage.schema)) {
      if (name !== 'type' && name !== 'message' && Object.prototype.hasOwnProperty.call(personal, name)) frame[name] = personal[name];
    }
    frame['message'] = text;
    return frame;
  }

  private send(ws: WebSocket, frame: unknown): void {
    if (ws.readyState !== ws.OPEN) return;
    try {
      ws.send(JSON.stringify(frame));
    } catch (err) {
      this.options.error('mock: could not send a stream frame', err);
    }
  }
}

/** The streams of a model (absent in older models). */
export function streamsOf(model: MockModel): readonly MockStream[] {
  return Array.isArray(model.streams) ? model.streams : [];
}
