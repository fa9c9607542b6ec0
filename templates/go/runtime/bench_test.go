package sdk

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
)

// The client's per-call overhead next to a bare net/http + encoding/json call to the same server
// (go test -bench . -benchmem): goal ≤ 1.3× the time.
func benchServer(b *testing.B) *httptest.Server {
	b.Helper()
	body := []byte(`{"id": 42, "name": "Front desk", "is_active": true, "llm_settings": {"temperature": 0.3}}`)
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(body)
	}))
	b.Cleanup(server.Close)
	return server
}

type benchAssistant struct {
	ID          int    `json:"id"`
	Name        string `json:"name"`
	IsActive    *bool  `json:"is_active,omitempty"`
	LLMSettings *struct {
		Temperature *float64 `json:"temperature,omitempty"`
	} `json:"llm_settings,omitempty"`
}

func BenchmarkClientGet(b *testing.B) {
	server := benchServer(b)
	core := newCore(&ClientOptions{APIKey: "k", BaseURL: server.URL, HTTPClient: server.Client()}, credential{in: "bearer"}, "bench")
	ctx := context.Background()
	b.ReportAllocs()
	for range b.N {
		path, err := buildPath("/api/v1/assistants/{assistant_id}", 42)
		if _, err := callResult[*benchAssistant](ctx, core, request{method: http.MethodGet, path: path, idempotent: true}, err, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBareNetHTTP(b *testing.B) {
	server := benchServer(b)
	client := server.Client()
	ctx := context.Background()
	b.ReportAllocs()
	for range b.N {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, server.URL+"/api/v1/assistants/42", nil)
		req.Header.Set("Authorization", "Bearer k")
		req.Header.Set("Accept", "application/json")
		resp, err := client.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		var out benchAssistant
		err = json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		if err != nil {
			b.Fatal(err)
		}
	}
}
