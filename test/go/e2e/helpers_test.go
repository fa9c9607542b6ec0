// Package e2e drives the generated Go SDK (github.com/burki-ai/burki-go) over real HTTP against the generated mock,
// which test/go/sdk.test.ts starts on loopback and names in BURKI_MOCK_URL (the key it accepts in BURKI_MOCK_KEY).
package e2e

import (
	"context"
	"os"
	"testing"
	"time"

	burki "github.com/burki-ai/burki-go"
)

func newClient(t *testing.T) *burki.Client {
	t.Helper()
	url, key := os.Getenv("BURKI_MOCK_URL"), os.Getenv("BURKI_MOCK_KEY")
	if url == "" || key == "" {
		t.Fatal("BURKI_MOCK_URL and BURKI_MOCK_KEY must name the mock (run through test/go/sdk.test.ts)")
	}
	return burki.NewClientWithOptions(&burki.ClientOptions{APIKey: key, BaseURL: url, MaxRetries: burki.Int(0)})
}

func testContext(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}
