package burki

import (
	"encoding/json"
	"errors"
	"fmt"
)

// WebhookEvent is a webhook request body that ParseWebhook read: one of the generated *...Event types, or
// *UnknownWebhookEvent. Switch on its type:
//
//	switch e := event.(type) {
//	case *StatusUpdateEvent: // the generated type of webhook status-update
//	case *UnknownWebhookEvent:
//	}
type WebhookEvent interface {
	// WebhookName is the webhook's name in the API description (`status-update`), empty for an unknown one.
	WebhookName() string
}

// UnknownWebhookEvent is valid JSON that no known webhook matches (a webhook added after this module was made).
type UnknownWebhookEvent struct {
	Body json.RawMessage
}

// WebhookName is empty: the webhook is not known.
func (*UnknownWebhookEvent) WebhookName() string { return "" }

// webhookKind recognises one webhook: the string at path (dotted wire names) equals value.
type webhookKind struct {
	path   string
	value  string
	decode func(body []byte) (WebhookEvent, error)
}

// ErrWebhookBody is returned (wrapped) for a webhook body that is not a JSON object.
var ErrWebhookBody = errors.New("the webhook body is not a JSON object")

// parseWebhook decodes body as the first kind it matches.
func parseWebhook(body []byte, kinds []webhookKind) (WebhookEvent, error) {
	var object map[string]json.RawMessage
	if err := json.Unmarshal(body, &object); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrWebhookBody, err)
	}
	for _, kind := range kinds {
		if value, ok := stringAt(body, kind.path); ok && value == kind.value {
			return kind.decode(body)
		}
	}
	return &UnknownWebhookEvent{Body: append(json.RawMessage(nil), body...)}, nil
}

// decodeWebhook decodes a body as the event type T.
func decodeWebhook[T any, P interface {
	*T
	WebhookEvent
}](body []byte) (WebhookEvent, error) {
	event := P(new(T))
	if err := json.Unmarshal(body, event); err != nil {
		return nil, fmt.Errorf("decoding the %s webhook: %w", event.WebhookName(), err)
	}
	return event, nil
}
