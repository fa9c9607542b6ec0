package sdk

import (
	"errors"
	"testing"
)

type pingEvent struct {
	Message struct {
		Type string `json:"type"`
		N    int    `json:"n"`
	} `json:"message"`
}

func (*pingEvent) WebhookName() string { return "ping" }

func TestParseWebhookMatchesTheDiscriminatorPath(t *testing.T) {
	kinds := []webhookKind{{path: "message.type", value: "ping", decode: decodeWebhook[pingEvent]}}
	event, err := parseWebhook([]byte(`{"message": {"type": "ping", "n": 3}}`), kinds)
	if ping, ok := event.(*pingEvent); err != nil || !ok || ping.Message.N != 3 {
		t.Fatalf("event = %#v, err = %v", event, err)
	}
	event, err = parseWebhook([]byte(`{"message": {"type": "pong"}}`), kinds)
	if unknown, ok := event.(*UnknownWebhookEvent); err != nil || !ok || string(unknown.Body) != `{"message": {"type": "pong"}}` {
		t.Fatalf("unknown event = %#v, err = %v", event, err)
	}
	for _, body := range []string{`[1]`, `not json`, ``} {
		if _, err := parseWebhook([]byte(body), kinds); !errors.Is(err, ErrWebhookBody) {
			t.Errorf("%q: err = %v, want ErrWebhookBody", body, err)
		}
	}
	if _, err := parseWebhook([]byte(`{"message": {"type": "ping", "n": "three"}}`), kinds); err == nil {
		t.Error("a payload that does not fit its type was accepted")
	}
}
