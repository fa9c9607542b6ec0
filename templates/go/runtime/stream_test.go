package sdk

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
)

type tickEvent struct {
	Type string `json:"type"`
	N    int    `json:"n"`
}

func (e *tickEvent) EventType() string { return e.Type }

var tickSpec = streamSpec{auth: "query", name: "token", ping: "ping", status: "status", decode: func(kind string, data []byte) (RealtimeEvent, error) {
	if kind == "tick" {
		return decodeEvent[tickEvent](data)
	}
	return nil, nil
}}

// echoServer sends a tick and an unknown message, answers ping with pong, then closes with the code the
// query asks for (none: it waits for the client to close).
func echoServer(t *testing.T) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("token") != testKey {
			http.Error(w, `{"detail": "bad token"}`, http.StatusUnauthorized)
			return
		}
		conn, err := websocket.Accept(w, r, nil)
		if err != nil {
			return
		}
		ctx := r.Context()
		conn.Write(ctx, websocket.MessageText, []byte(`{"type": "tick", "n": 1}`))
		conn.Write(ctx, websocket.MessageText, []byte(`{"type": "later", "x": true}`))
		if code := r.URL.Query().Get("close"); code != "" {
			conn.Close(websocket.StatusPolicyViolation, "refused "+testKey)
			return
		}
		for {
			_, data, err := conn.Read(ctx)
			if err != nil {
				return
			}
			var message map[string]string
			json.Unmarshal(data, &message)
			if message["type"] == "ping" {
				conn.Write(ctx, websocket.MessageText, []byte(`{"type": "pong"}`))
			}
		}
	}))
}

func receive(t *testing.T, stream *RealtimeStream) RealtimeEvent {
	t.Helper()
	select {
	case event := <-stream.Events():
		return event
	case <-time.After(3 * time.Second):
		t.Fatal("no event within 3 s")
		return nil
	}
}

func TestStreamEventsPingAndClose(t *testing.T) {
	server := echoServer(t)
	defer server.Close()
	core := testCore(t, server, 0)
	ctx := context.Background()
	stream, err := core.openStream(ctx, "/live", map[string][]string{}, tickSpec)
	if err != nil {
		t.Fatal(err)
	}
	if tick, ok := receive(t, stream).(*tickEvent); !ok || tick.N != 1 || tick.EventType() != "tick" {
		t.Fatalf("first event: %#v", tick)
	}
	if unknown, ok := receive(t, stream).(*UnknownRealtimeEvent); !ok || unknown.EventType() != "later" || !strings.Contains(string(unknown.Data), `"x"`) {
		t.Fatalf("second event: %#v", unknown)
	}
	if err := stream.SendPing(ctx); err != nil {
		t.Fatal(err)
	}
	if pong := receive(t, stream); pong.EventType() != "pong" {
		t.Fatalf("after ping: %#v", pong)
	}
	if err := stream.Close(); err != nil {
		t.Fatal(err)
	}
	for range stream.Events() {
	}
	if stream.Err() != nil {
		t.Fatalf("Err after Close = %v", stream.Err())
	}
}

func TestStreamRefusals(t *testing.T) {
	server := echoServer(t)
	defer server.Close()
	core := testCore(t, server, 0)
	stream, err := core.openStream(context.Background(), "/live", map[string][]string{"close": {"1"}}, tickSpec)
	if err != nil {
		t.Fatal(err)
	}
	for range stream.Events() {
	}
	var closed *StreamClosedError
	if !errors.As(stream.Err(), &closed) || closed.Code != 1008 {
		t.Fatalf("Err = %v, want a StreamClosedError 1008", stream.Err())
	}

	core.apiKey = "wrong-" + testKey
	_, err = core.openStream(context.Background(), "/live", map[string][]string{}, tickSpec)
	var authentication *AuthenticationError
	if !errors.As(err, &authentication) || strings.Contains(err.Error(), core.apiKey) {
		t.Fatalf("err = %v, want an AuthenticationError without the key", err)
	}
	server.Close()
	_, err = core.openStream(context.Background(), "/live", map[string][]string{}, tickSpec)
	if err == nil || strings.Contains(err.Error(), core.apiKey) {
		t.Fatalf("err = %v, want a connection error without the key", err)
	}
}
