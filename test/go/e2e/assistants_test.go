package e2e

import (
	"errors"
	"os"
	"strings"
	"testing"

	burki "github.com/burki-ai/burki-go"
	"github.com/burki-ai/burki-go/option"
)

func TestAssistantLifecycle(t *testing.T) {
	client, ctx := newClient(t), testContext(t)
	created, err := client.Assistants.Create(ctx, &burki.CreateAssistantParams{
		Name:           "Go E2E Receptionist",
		Description:    burki.String("Books appointments"),
		LLMSettings:    &burki.LLMSettings{SystemPrompt: burki.String("You are a receptionist."), Temperature: burki.Float(0.3)},
		CustomSettings: map[string]any{"Keep_This_Key": map[string]any{"nested_key": 1}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if created.ID == 0 || created.Name != "Go E2E Receptionist" || created.LLMSettings == nil || *created.LLMSettings.Temperature != 0.3 {
		t.Fatalf("created = %+v", created)
	}
	if _, ok := created.CustomSettings["Keep_This_Key"]; !ok {
		t.Fatalf("custom settings keys changed: %v", created.CustomSettings)
	}

	fetched, err := client.Assistants.Get(ctx, created.ID)
	if err != nil || fetched.ID != created.ID || *fetched.Description != "Books appointments" {
		t.Fatalf("get: %+v %v", fetched, err)
	}

	firstPage, err := client.Assistants.List(ctx, &burki.ListAssistantsParams{Limit: burki.Int(100)})
	if err != nil || !containsAssistant(firstPage, created.ID) {
		t.Fatalf("list: %d assistants, err %v; want the created one", len(firstPage), err)
	}
	var walked []int
	for assistant, err := range client.Assistants.ListAutoPaging(ctx, &burki.ListAssistantsParams{Limit: burki.Int(1)}) {
		if err != nil {
			t.Fatal(err)
		}
		walked = append(walked, assistant.ID)
	}
	if len(walked) != len(firstPage) || !contains(walked, created.ID) {
		t.Fatalf("auto-paging one at a time saw %v, want the %d of the first page", walked, len(firstPage))
	}

	updated, err := client.Assistants.Update(ctx, created.ID, &burki.UpdateAssistantParams{Name: burki.String("Go E2E Front Desk")})
	if err != nil || updated.Name != "Go E2E Front Desk" {
		t.Fatalf("update: %+v %v", updated, err)
	}
	inactive, err := client.Assistants.UpdateStatus(ctx, created.ID, false)
	if err != nil || inactive.IsActive == nil || *inactive.IsActive {
		t.Fatalf("update status: %+v %v", inactive, err)
	}

	deleted, err := client.Assistants.Delete(ctx, created.ID, option.WithHeader("X-Trace", "go-e2e"))
	if err != nil || !deleted.Success {
		t.Fatalf("delete: %+v %v", deleted, err)
	}
	_, err = client.Assistants.Get(ctx, created.ID)
	var notFound *burki.NotFoundError
	if !errors.As(err, &notFound) || notFound.StatusCode != 404 {
		t.Fatalf("get after delete: %v, want a NotFoundError", err)
	}
}

func TestErrorsFromTheMock(t *testing.T) {
	client, ctx := newClient(t), testContext(t)
	// The mock answers with the spec's 422 example when asked to (Prefer: code=422, Prism's convention).
	_, err := client.Assistants.Create(ctx, &burki.CreateAssistantParams{Name: "x"}, option.WithHeader("Prefer", "code=422"))
	var validation *burki.ValidationError
	if !errors.As(err, &validation) || len(validation.Errors) == 0 || len(validation.Errors[0].Loc) == 0 {
		t.Fatalf("err = %v, want a ValidationError with its detail list", err)
	}

	wrong := burki.NewClientWithOptions(&burki.ClientOptions{APIKey: "wrong-key-value", BaseURL: os.Getenv("BURKI_MOCK_URL"), MaxRetries: burki.Int(0)})
	_, err = wrong.Assistants.Get(ctx, 1)
	var authentication *burki.AuthenticationError
	var apiError *burki.APIError
	if !errors.As(err, &authentication) || !errors.As(err, &apiError) || apiError.StatusCode != 401 {
		t.Fatalf("err = %v, want an AuthenticationError", err)
	}
	if strings.Contains(err.Error(), "wrong-key-value") {
		t.Fatalf("the key is in the error: %v", err)
	}
}

func TestPathParametersAreEscaped(t *testing.T) {
	client, ctx := newClient(t), testContext(t)
	assistant, err := client.Assistants.GetByPhone(ctx, "+15551234567")
	if err != nil || assistant.ID == 0 {
		t.Fatalf("get by phone: %+v %v", assistant, err)
	}
}

func containsAssistant(list []burki.Assistant, id int) bool {
	for _, assistant := range list {
		if assistant.ID == id {
			return true
		}
	}
	return false
}

func contains(list []int, id int) bool {
	for _, value := range list {
		if value == id {
			return true
		}
	}
	return false
}
