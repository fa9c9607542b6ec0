/**
 * Stream descriptors for the runtime's realtime tests, written by hand the way the generator writes them from a
 * spec's `x-websockets` (the generated client's `client.realtime` is the real user of `openRealtimeStream`). The
 * event types are test fixtures in wire form: these descriptors carry no casing shapes, so frames pass unchanged.
 */
import {
  openRealtimeStream,
  type BaseClient,
  type RealtimeStream,
  type RealtimeStreamOptions,
  type StreamDescriptor,
  type UnknownRealtimeEvent,
} from '../../templates/client/runtime/index.js';

export interface TranscriptEvent {
  type: 'transcript';
  call_sid?: string;
  timestamp?: string;
  data: {
    content: string;
    speaker: string;
    is_final: boolean;
    confidence?: number | null;
    segment_start?: number | null;
    segment_end?: number | null;
    created_at?: string;
  };
}

export interface CallStatusEvent {
  type: 'call_status';
  call_sid?: string;
  status: string;
  metadata?: Record<string, unknown>;
}

export type LiveTranscriptEvent =
  | { type: 'connection_established'; call_sid?: string; message?: string }
  | TranscriptEvent
  | CallStatusEvent
  | { type: 'error'; message?: string; error?: string }
  | { type: 'pong'; timestamp?: string | number }
  | UnknownRealtimeEvent;

export type CampaignEvent =
  | { type: 'connection_ack'; campaign_id?: number }
  | { type: 'initial_progress' | 'progress_update'; data: { progress: Record<string, unknown>; [key: string]: unknown } }
  | { type: 'metrics_history'; data: unknown[] }
  | { type: 'pong' }
  | UnknownRealtimeEvent;

export const LIVE_TRANSCRIPT: StreamDescriptor = {
  id: 'realtime.liveTranscript',
  path: '/live-transcript/{call_sid}',
  pathParams: ['call_sid'],
  events: { connection_established: null, transcript: null, call_status: null, error: null, pong: null },
  pingMessage: 'ping',
  statusMessage: 'request_status',
};

export const CAMPAIGN_PROGRESS: StreamDescriptor = {
  id: 'realtime.campaignProgress',
  path: '/ws/campaigns/{campaign_id}/progress',
  pathParams: ['campaign_id'],
  events: { connection_ack: null, initial_progress: null, progress_update: null, metrics_history: null, pong: null },
  pingMessage: 'ping',
  statusMessage: 'request_update',
};

/** What the generated `client.realtime` does, over hand-written descriptors. */
export class TestRealtime {
  constructor(private readonly client: BaseClient) {}

  liveTranscript(callSid: string, options?: RealtimeStreamOptions): RealtimeStream<LiveTranscriptEvent> {
    return openRealtimeStream<Exclude<LiveTranscriptEvent, UnknownRealtimeEvent>>(this.client, LIVE_TRANSCRIPT, [callSid], options);
  }

  campaignProgress(campaignId: number, options?: RealtimeStreamOptions): RealtimeStream<CampaignEvent> {
    return openRealtimeStream<Exclude<CampaignEvent, UnknownRealtimeEvent>>(this.client, CAMPAIGN_PROGRESS, [campaignId], options);
  }
}
