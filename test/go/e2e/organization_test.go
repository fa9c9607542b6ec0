package e2e

import (
	"errors"
	"net/http"
	"os"
	"sync"
	"testing"

	burki "github.com/burki-ai/burki-go"
)

// recorder keeps every request the client sends (method, escaped path, headers; bodies are not read).
type recorder struct {
	mu   sync.Mutex
	sent []*http.Request
}

func (r *recorder) RoundTrip(request *http.Request) (*http.Response, error) {
	r.mu.Lock()
	r.sent = append(r.sent, request.Clone(request.Context()))
	r.mu.Unlock()
	return http.DefaultTransport.RoundTrip(request)
}

func (r *recorder) last(t *testing.T) *http.Request {
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.sent) == 0 {
		t.Fatal("no request was sent")
	}
	return r.sent[len(r.sent)-1]
}

// newRecordingClient is newClient with a transport that records what goes on the wire.
func newRecordingClient(t *testing.T) (*burki.Client, *recorder) {
	t.Helper()
	newClient(t) // fails early without the mock
	wire := &recorder{}
	return burki.NewClientWithOptions(&burki.ClientOptions{
		APIKey:     os.Getenv("BURKI_MOCK_KEY"),
		BaseURL:    os.Getenv("BURKI_MOCK_URL"),
		MaxRetries: burki.Int(0),
		HTTPClient: &http.Client{Transport: wire},
	}), wire
}

func must[T any](t *testing.T, what string) func(T, error) T {
	t.Helper()
	return func(value T, err error) T {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		return value
	}
}

func TestUsersOrganizationAndAPIKeys(t *testing.T) {
	client, ctx := newClient(t), testContext(t)
	me := must[*burki.User](t, "get me")(client.Users.GetMe(ctx))
	if me.ID == 0 || me.Email == "" {
		t.Fatalf("me = %+v", me)
	}
	renamed := must[*burki.User](t, "update me")(client.Users.UpdateMe(ctx, &burki.UpdateCurrentUserParams{FirstName: burki.String("Dana")}))
	if renamed.FirstName == nil || *renamed.FirstName != "Dana" {
		t.Fatalf("update me = %+v", renamed)
	}
	users := must[[]burki.User](t, "list users")(client.Users.List(ctx))
	if len(users) == 0 {
		t.Fatal("no users")
	}
	organization := must[*burki.Organization](t, "get organization")(client.Organization.Get(ctx))
	if organization.Name == "" {
		t.Fatalf("organization = %+v", organization)
	}
	must[*burki.ConcurrencySettings](t, "concurrency")(client.Organization.GetConcurrencySettings(ctx))

	created := must[*burki.APIKeyCreated](t, "create key")(client.APIKeys.Create(ctx, &burki.CreateAPIKeyParams{Name: "go key"}))
	if created.APIKey.Name != "go key" || created.APIKey.ID == 0 {
		t.Fatalf("created = %+v", created)
	}
	keys := must[[]burki.APIKey](t, "list keys")(client.APIKeys.List(ctx))
	if !hasAPIKey(keys, created.APIKey.ID) {
		t.Fatalf("the new key %d is not listed", created.APIKey.ID)
	}
	updated := must[*burki.APIKey](t, "update key")(client.APIKeys.Update(ctx, created.APIKey.ID, nil, &burki.UpdateAPIKeyParams{Name: burki.String("go key 2")}))
	if updated.Name != "go key 2" {
		t.Fatalf("updated = %+v", updated)
	}
	must[*burki.ActionAcknowledgement](t, "delete key")(client.APIKeys.Delete(ctx, created.APIKey.ID))
	if hasAPIKey(must[[]burki.APIKey](t, "list keys")(client.APIKeys.List(ctx)), created.APIKey.ID) {
		t.Fatal("the deleted key is still listed")
	}
}

func hasAPIKey(keys []burki.APIKey, id int) bool {
	for _, key := range keys {
		if key.ID == id {
			return true
		}
	}
	return false
}

func TestLLMPresetsAndFallbackKeys(t *testing.T) {
	client, ctx := newClient(t), testContext(t)
	config := burki.LLMPresetConfig{"model": "gpt-4o-mini", "Keep_Key": float64(1)}
	preset := must[*burki.LLMPreset](t, "create preset")(client.LLMPresets.Create(ctx, &burki.CreateLLMPresetParams{Name: "go preset", Provider: "openai", Config: config}))
	if preset.ID == "" || preset.Config["Keep_Key"] != float64(1) {
		t.Fatalf("preset = %+v", preset)
	}
	if got := must[*burki.LLMPreset](t, "get preset")(client.LLMPresets.GetForApplication(ctx, preset.ID)); got.Name != "go preset" {
		t.Fatalf("got = %+v", got)
	}
	replaced := must[*burki.LLMPreset](t, "update preset")(client.LLMPresets.Update(ctx, preset.ID, &burki.UpdateLLMPresetParams{Name: "replaced", Provider: "openai", Config: config}))
	if replaced.Name != "replaced" {
		t.Fatalf("replaced = %+v", replaced)
	}
	must[*burki.ActionAcknowledgement](t, "delete preset")(client.LLMPresets.Delete(ctx, preset.ID))
	var notFound *burki.NotFoundError
	if _, err := client.LLMPresets.GetForApplication(ctx, preset.ID); !errors.As(err, &notFound) {
		t.Fatalf("get after delete: %v", err)
	}

	key := must[*burki.FallbackKey](t, "create fallback key")(client.FallbackKeys.Create(ctx, "openai", &burki.CreateFallbackKeyParams{Name: "backup", APIKey: "sk-backup"}))
	if key.Name != "backup" {
		t.Fatalf("fallback key = %+v", key)
	}
	if list := must[*burki.FallbackKeyList](t, "list fallback keys")(client.FallbackKeys.List(ctx, "openai")); len(list.FallbackKeys) == 0 {
		t.Fatal("no fallback keys")
	}
	updated := must[*burki.FallbackKey](t, "update fallback key")(client.FallbackKeys.Update(ctx, "openai", key.ID, &burki.UpdateFallbackKeyParams{Name: "backup 2", APIKey: "sk-2"}))
	if updated.Name != "backup 2" {
		t.Fatalf("updated = %+v", updated)
	}
	must[*burki.ActionAcknowledgement](t, "delete fallback key")(client.FallbackKeys.Delete(ctx, "openai", key.ID))
}

func TestBilling(t *testing.T) {
	client, ctx := newClient(t), testContext(t)
	wallet := must[*burki.Wallet](t, "wallet")(client.Billing.GetWallet(ctx))
	if wallet.AvailableCents < 0 {
		t.Fatalf("wallet = %+v", wallet)
	}
	seen := map[string]bool{}
	for entry, err := range client.Billing.ListLedgerEntriesAutoPaging(ctx, &burki.ListLedgerEntriesParams{Limit: burki.Int(1)}) {
		if err != nil {
			t.Fatal(err)
		}
		if seen[entry.ID] {
			t.Fatalf("ledger entry %s seen twice", entry.ID)
		}
		seen[entry.ID] = true
	}
	if len(seen) < 2 {
		t.Fatalf("limit/offset walk saw %d entries, want the 2 pages of the example", len(seen))
	}
	var statements int
	for _, err := range client.Billing.ListStatementsAutoPaging(ctx, &burki.ListStatementsParams{Limit: burki.Int(1)}) {
		if err != nil {
			t.Fatal(err)
		}
		statements++
	}
	if statements != 1 {
		t.Fatalf("a limit-style list is one page: %d statements", statements)
	}
	must[*burki.BillingStatementDetail](t, "statement")(client.Billing.GetStatement(ctx, "2025-03-01"))
	must[*burki.WalletTopup](t, "top-up")(client.Billing.CreateTopup(ctx, 2000))
}
