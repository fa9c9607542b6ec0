package e2e

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	burki "github.com/burki-ai/burki-go"
)

const callSID = "CA9f3c2b1a0d8e7f6a5b4c3d2e1f0a9b8c"

// next reads one event, failing after 3 s instead of hanging.
func next(t *testing.T, stream *burki.RealtimeStream) burki.RealtimeEvent {
	t.Helper()
	select {
	case event, ok := <-stream.Events():
		if !ok {
			t.Fatalf("the stream ended early: %v", stream.Err())
		}
		return event
	case <-time.After(3 * time.Second):
		t.Fatal("no event within 3 s")
	}
	return nil
}

func TestLiveTranscriptStream(t *testing.T) {
	client, ctx := newClient(t), testContext(t)
	stream, err := client.Realtime.LiveTranscript(ctx, callSID)
	if err != nil {
		t.Fatal(err)
	}
	defer stream.Close()
	var kinds []string
	var transcripts []*burki.TranscriptEvent
	for range 5 {
		event := next(t, stream)
		kinds = append(kinds, event.EventType())
		switch e := event.(type) {
		case *burki.ConnectionEstablishedEvent:
			if e.CallSID != callSID {
				t.Errorf("connection_established for %q", e.CallSID)
			}
		case *burki.CallStatusEvent:
			if e.Status != "ongoing" || e.Metadata == nil {
				t.Errorf("call_status = %+v", e)
			}
		case *burki.TranscriptEvent:
			transcripts = append(transcripts, e)
		default:
			t.Errorf("unexpected %T", event)
		}
	}
	if strings.Join(kinds, ",") != "connection_established,call_status,transcript,transcript,transcript" {
		t.Fatalf("events = %v", kinds)
	}
	if transcripts[2].Data.Content != "Hi, I would like to move my appointment to Friday." || transcripts[0].Data.Speaker != "assistant" || !transcripts[0].Data.IsFinal {
		t.Fatalf("transcripts = %+v", transcripts)
	}

	if err := stream.SendPing(ctx); err != nil {
		t.Fatal(err)
	}
	if pong, ok := next(t, stream).(*burki.PongEvent); !ok || pong.EventType() != "pong" {
		t.Fatalf("after SendPing: %#v", pong)
	}
	if err := stream.RequestStatus(ctx); err != nil {
		t.Fatal(err)
	}
	if status, ok := next(t, stream).(*burki.CallStatusEvent); !ok || status.CallSID != callSID {
		t.Fatalf("after RequestStatus: %#v", status)
	}
	if err := stream.Close(); err != nil {
		t.Fatal(err)
	}
	for range stream.Events() {
	}
	if err := stream.Err(); err != nil {
		t.Fatalf("Err after Close = %v, want nil", err)
	}
}

func TestCampaignProgressStream(t *testing.T) {
	client, ctx := newClient(t), testContext(t)
	stream, err := client.Realtime.CampaignProgress(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	defer stream.Close()
	if _, ok := next(t, stream).(*burki.CampaignConnectionAckEvent); !ok {
		t.Fatal("the first event is not connection_ack")
	}
	progress, ok := next(t, stream).(*burki.CampaignProgressEvent)
	if !ok || progress.EventType() != "initial_progress" {
		t.Fatalf("second event: %#v", progress)
	}
}

func TestRefusedKeyEndsTheStreamWithoutTheKeyInTheError(t *testing.T) {
	const wrongKey = "burki_wrong_key_for_go"
	client := burki.NewClientWithOptions(&burki.ClientOptions{APIKey: wrongKey, BaseURL: os.Getenv("BURKI_MOCK_URL")})
	ctx := testContext(t)
	stream, err := client.Realtime.LiveTranscript(ctx, callSID)
	if err != nil {
		t.Fatal(err)
	}
	defer stream.Close()
	refusal, ok := next(t, stream).(*burki.StreamErrorEvent)
	if !ok || refusal.Error == nil || *refusal.Error != "authentication_failed" {
		t.Fatalf("first event: %#v", refusal)
	}
	for range stream.Events() {
	}
	err = stream.Err()
	var closed *burki.StreamClosedError
	if !errors.As(err, &closed) || closed.Code != 1008 || strings.Contains(err.Error(), wrongKey) {
		t.Fatalf("Err = %v, want a StreamClosedError 1008 without the key", err)
	}
}

func TestCancellingTheContextClosesTheStream(t *testing.T) {
	client := newClient(t)
	ctx, cancel := context.WithCancel(context.Background())
	stream, err := client.Realtime.LiveTranscript(ctx, callSID)
	if err != nil {
		t.Fatal(err)
	}
	next(t, stream)
	cancel()
	deadline := time.After(3 * time.Second)
	for {
		select {
		case _, ok := <-stream.Events():
			if !ok {
				if err := stream.Err(); !errors.Is(err, context.Canceled) {
					t.Fatalf("Err = %v, want context.Canceled", err)
				}
				return
			}
		case <-deadline:
			t.Fatal("the stream is still open 3 s after its context was cancelled")
		}
	}
}
