package sdk

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"

	"github.com/coder/websocket"
)

// RealtimeEvent is one server message of a realtime stream: a generated event type (switch on it), or
// *UnknownRealtimeEvent for a message type this module does not know.
type RealtimeEvent interface {
	// EventType is the message's `type` (`transcript`, `progress_update`, ...).
	EventType() string
}

// UnknownRealtimeEvent is a message whose type this module does not know (one added to the API later).
type UnknownRealtimeEvent struct {
	Type string
	Data json.RawMessage
}

// EventType is the message's `type`.
func (e *UnknownRealtimeEvent) EventType() string { return e.Type }

// RealtimeStream is an open WebSocket stream. Read Events until it is closed, then Err says why it ended
// (nil for a normal close). Close it when done; cancelling the context that opened it closes it too.
type RealtimeStream struct {
	conn    *websocket.Conn
	events  chan RealtimeEvent
	cancel  context.CancelFunc
	ctx     context.Context
	spec    streamSpec
	secrets []string

	mu        sync.Mutex
	err       error
	closing   bool
	closeOnce sync.Once
}

// streamSpec is what a generated stream method knows about its stream.
type streamSpec struct {
	// auth is where the key goes: "query" (under name) or "header" (Authorization: Bearer).
	auth string
	name string
	// ping and status are the types of the messages SendPing and RequestStatus send.
	ping   string
	status string
	// decode turns a message of a known type into its event; nil, nil for an unknown type.
	decode func(kind string, data []byte) (RealtimeEvent, error)
}

// openStream dials path (relative to the base URL, http → ws, https → wss) and starts reading.
func (c *clientCore) openStream(ctx context.Context, path string, query url.Values, spec streamSpec) (*RealtimeStream, error) {
	target, err := c.streamURL(path)
	if err != nil {
		return nil, err
	}
	header := http.Header{}
	header.Set("User-Agent", c.userAgent)
	var secrets []string
	if c.apiKey != "" {
		secrets = []string{c.apiKey, url.QueryEscape(c.apiKey), url.PathEscape(c.apiKey)}
		if spec.auth == "query" {
			query.Set(spec.name, c.apiKey)
		} else {
			header.Set("Authorization", "Bearer "+c.apiKey)
		}
	}
	dial := target
	if encoded := query.Encode(); encoded != "" {
		dial += "?" + encoded
	}
	streamCtx, cancel := context.WithCancel(ctx)
	conn, response, err := websocket.Dial(ctx, dial, &websocket.DialOptions{HTTPClient: c.httpClient, HTTPHeader: header})
	if err != nil {
		cancel()
		if response != nil && response.StatusCode >= 400 {
			body, _ := io.ReadAll(io.LimitReader(response.Body, 1<<16))
			return nil, newAPIError(response, body, http.MethodGet, path)
		}
		return nil, &ConnectionError{Method: http.MethodGet, Path: path, Err: redact(err, secrets)}
	}
	stream := &RealtimeStream{conn: conn, events: make(chan RealtimeEvent, 16), cancel: cancel, ctx: streamCtx, spec: spec, secrets: secrets}
	go stream.read()
	return stream, nil
}

func (c *clientCore) streamURL(path string) (string, error) {
	base, err := url.Parse(c.baseURL)
	if err != nil {
		return "", fmt.Errorf("base URL: %w", err)
	}
	switch base.Scheme {
	case "https":
		base.Scheme = "wss"
	case "http":
		base.Scheme = "ws"
	case "ws", "wss":
	default:
		return "", fmt.Errorf("base URL %q: want an http(s) or ws(s) URL", c.baseURL)
	}
	return strings.TrimRight(base.String(), "/") + path, nil
}

// Events yields each server message in order; it is closed when the stream ends.
func (s *RealtimeStream) Events() <-chan RealtimeEvent { return s.events }

// Err is why the stream ended, once Events is closed: nil after a normal close or Close.
func (s *RealtimeStream) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// SendPing sends the stream's ping message; the server answers with a pong event. Send one every 30 seconds or
// so to keep an idle connection open.
func (s *RealtimeStream) SendPing(ctx context.Context) error { return s.sendType(ctx, s.spec.ping) }

// RequestStatus asks the server for the current status (or progress); it answers with an event.
func (s *RealtimeStream) RequestStatus(ctx context.Context) error {
	return s.sendType(ctx, s.spec.status)
}

// Send writes any client message as JSON.
func (s *RealtimeStream) Send(ctx context.Context, message any) error {
	data, err := json.Marshal(message)
	if err != nil {
		return fmt.Errorf("encoding the message: %w", err)
	}
	if err := s.conn.Write(ctx, websocket.MessageText, data); err != nil {
		return redact(err, s.secrets)
	}
	return nil
}

func (s *RealtimeStream) sendType(ctx context.Context, kind string) error {
	if kind == "" {
		return errors.New("this stream has no such message")
	}
	return s.Send(ctx, map[string]string{"type": kind})
}

// Close ends the stream with a normal closure; Events is closed soon after.
func (s *RealtimeStream) Close() error {
	var err error
	s.closeOnce.Do(func() {
		s.mu.Lock()
		s.closing = true
		s.mu.Unlock()
		err = s.conn.Close(websocket.StatusNormalClosure, "")
		s.cancel()
		if errors.Is(err, net.ErrClosed) || websocket.CloseStatus(err) != -1 {
			err = nil
		}
	})
	return err
}

func (s *RealtimeStream) read() {
	defer close(s.events)
	defer s.cancel()
	for {
		_, data, err := s.conn.Read(s.ctx)
		if err != nil {
			// A cancelled context closes the connection under the read: report the cancellation, not the closed socket.
			if ctxErr := s.ctx.Err(); ctxErr != nil {
				err = ctxErr
			}
			s.finish(err)
			return
		}
		kind, _ := stringAt(data, "type")
		event, err := s.spec.decode(kind, data)
		if err != nil {
			s.finish(fmt.Errorf("decoding a %q message: %w", kind, err))
			s.conn.Close(websocket.StatusUnsupportedData, "undecodable message")
			return
		}
		if event == nil {
			event = &UnknownRealtimeEvent{Type: kind, Data: append(json.RawMessage(nil), data...)}
		}
		select {
		case s.events <- event:
		case <-s.ctx.Done():
			s.finish(s.ctx.Err())
			return
		}
	}
}

// finish records why reading stopped: nothing for a normal closure or our own Close.
func (s *RealtimeStream) finish(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	status := websocket.CloseStatus(err)
	if s.closing || status == websocket.StatusNormalClosure || status == websocket.StatusGoingAway {
		return
	}
	var closed websocket.CloseError
	if errors.As(err, &closed) {
		s.err = &StreamClosedError{Code: int(closed.Code), Reason: closed.Reason}
		return
	}
	s.err = redact(err, s.secrets)
}

// StreamClosedError is a stream the server closed with an error code (1008: the key was refused or the
// resource is not yours; 1011: a server error).
type StreamClosedError struct {
	Code   int
	Reason string
}

func (e *StreamClosedError) Error() string {
	return fmt.Sprintf("the server closed the stream: %d %s", e.Code, e.Reason)
}

// decodeEvent decodes a message as the event type T.
func decodeEvent[T any, P interface {
	*T
	RealtimeEvent
}](data []byte) (RealtimeEvent, error) {
	event := P(new(T))
	if err := json.Unmarshal(data, event); err != nil {
		return nil, err
	}
	return event, nil
}

// redactedError is an error whose text had the API key taken out; it still matches context errors with errors.Is.
type redactedError struct {
	text  string
	cause error
}

func (e *redactedError) Error() string { return e.text }

func (e *redactedError) Unwrap() error {
	for _, target := range []error{context.Canceled, context.DeadlineExceeded} {
		if errors.Is(e.cause, target) {
			return target
		}
	}
	return nil
}

// redact removes the key (as given and escaped) from an error's text.
func redact(err error, secrets []string) error {
	if err == nil {
		return nil
	}
	text := err.Error()
	for _, secret := range secrets {
		if secret != "" {
			text = strings.ReplaceAll(text, secret, "[REDACTED]")
		}
	}
	return &redactedError{text: text, cause: err}
}
