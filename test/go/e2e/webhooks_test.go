package e2e

import (
	"errors"
	"testing"

	burki "github.com/burki-ai/burki-go"
)

func TestParseWebhookNarrowsOnTheDiscriminator(t *testing.T) {
	bodies := map[string]string{
		"status-update": `{"message":{"type":"status-update","status":"in-progress","phoneNumber":{"number":"+15551234567"},"call":{"id":"CA9f3c","phoneCallProviderId":"CA9f3c","customer":{"number":"+15559876543"}},"messages":[]}}`,
		"sms_received":  `{"type":"sms_received","timestamp":"2025-03-20T10:30:00.123456","data":{"message_id":"SM5b2f","from":"+15559876543","to":"+15551234567","body":"Can I move my appointment to Friday?","media_urls":[],"provider":"twilio"}}`,
		"unknown":       `{"message":{"type":"hang"}}`,
	}
	for name, body := range bodies {
		event, err := burki.ParseWebhook([]byte(body))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		switch e := event.(type) {
		case *burki.StatusUpdateEvent:
			if name != "status-update" || e.Message.Status != "in-progress" || e.Message.Call == nil || e.WebhookName() != "status-update" {
				t.Errorf("%s parsed as status-update: %+v", name, e)
			}
		case *burki.SMSReceivedEvent:
			if name != "sms_received" || e.Data.Body != "Can I move my appointment to Friday?" {
				t.Errorf("%s parsed as sms_received: %+v", name, e)
			}
		case *burki.UnknownWebhookEvent:
			if name != "unknown" || string(e.Body) != body || e.WebhookName() != "" {
				t.Errorf("%s parsed as unknown: %s", name, e.Body)
			}
		default:
			t.Errorf("%s parsed as %T", name, event)
		}
	}
	if _, err := burki.ParseWebhook([]byte(`not json`)); !errors.Is(err, burki.ErrWebhookBody) {
		t.Errorf("err = %v, want ErrWebhookBody", err)
	}
}
