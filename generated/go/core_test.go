package burki

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/burki-ai/burki-go/option"
)

const testKey = "sk_test_do_not_print_me"

// testCore is a client core for server, with fast retries.
func testCore(t *testing.T, server *httptest.Server, retries int) *clientCore {
	t.Helper()
	core := newCore(&ClientOptions{APIKey: testKey, BaseURL: server.URL, MaxRetries: Int(retries)}, credential{in: "bearer"}, "sdk-go/test")
	core.retryBase = time.Millisecond
	return core
}

func get(path string) request {
	return request{method: http.MethodGet, path: path, idempotent: true}
}

func TestRetriesIdempotentCallsUntilSuccess(t *testing.T) {
	var calls atomic.Int32
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+testKey {
			t.Errorf("Authorization = %q", r.Header.Get("Authorization"))
		}
		if calls.Add(1) < 3 {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		fmt.Fprint(w, `{"id": 7}`)
	}))
	defer server.Close()
	out, err := callResult[map[string]int](context.Background(), testCore(t, server, 2), get("/x"), nil, nil)
	if err != nil || out["id"] != 7 || calls.Load() != 3 {
		t.Fatalf("out=%v err=%v calls=%d, want id 7 after 3 calls", out, err, calls.Load())
	}
}

func TestGivesUpAfterMaxRetriesWithServerError(t *testing.T) {
	var calls atomic.Int32
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		w.Header().Set("X-Request-Id", "req_123")
		w.WriteHeader(http.StatusBadGateway)
		fmt.Fprint(w, `{"detail": "upstream down"}`)
	}))
	defer server.Close()
	err := callEmpty(context.Background(), testCore(t, server, 5), get("/x"), nil, []option.RequestOption{option.WithMaxRetries(1)})
	var serverError *ServerError
	if !errors.As(err, &serverError) || calls.Load() != 2 {
		t.Fatalf("err=%v calls=%d, want a ServerError after 2 calls (per-call MaxRetries 1)", err, calls.Load())
	}
	if serverError.RequestID != "req_123" || serverError.Message != "upstream down" || serverError.StatusCode != 502 {
		t.Fatalf("ServerError = %+v", serverError.APIError)
	}
}

func TestPostIsRetriedOnlyWithAnIdempotencyKey(t *testing.T) {
	var calls atomic.Int32
	var keys []string
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		keys = append(keys, r.Header.Get("Idempotency-Key"))
		w.WriteHeader(http.StatusInternalServerError)
	}))
	defer server.Close()
	core := testCore(t, server, 2)
	post := request{method: http.MethodPost, path: "/x", body: []byte(`{}`), contentType: "application/json"}
	_ = callEmpty(context.Background(), core, post, nil, nil)
	if calls.Load() != 1 {
		t.Fatalf("POST without a key: %d calls, want 1", calls.Load())
	}
	calls.Store(0)
	_ = callEmpty(context.Background(), core, post, nil, []option.RequestOption{option.WithIdempotencyKey("op-1")})
	if calls.Load() != 3 || keys[len(keys)-1] != "op-1" {
		t.Fatalf("POST with a key: %d calls (keys %v), want 3 with the key sent", calls.Load(), keys)
	}
}

func TestRetryAfterIsHonoured(t *testing.T) {
	var calls atomic.Int32
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	defer server.Close()
	start := time.Now()
	if err := callEmpty(context.Background(), testCore(t, server, 1), get("/x"), nil, nil); err != nil {
		t.Fatal(err)
	}
	if waited := time.Since(start); waited < time.Second {
		t.Fatalf("retried after %s, want the 1 s the server asked for", waited)
	}
}

func TestRetryAfterForms(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	cases := []struct {
		header http.Header
		want   time.Duration
		ok     bool
	}{
		{http.Header{"Retry-After": {"3"}}, 3 * time.Second, true},
		{http.Header{"Retry-After": {"0.5"}}, 500 * time.Millisecond, true},
		{http.Header{"Retry-After": {now.Add(7 * time.Second).Format(http.TimeFormat)}}, 7 * time.Second, true},
		{http.Header{"Retry-After": {now.Add(-time.Hour).Format(http.TimeFormat)}}, 0, true},
		{http.Header{"Retry-After-Ms": {"250"}, "Retry-After": {"9"}}, 250 * time.Millisecond, true},
		{http.Header{"Retry-After": {"soon"}}, 0, false},
		{http.Header{"Retry-After": {"-1"}}, 0, false},
		{http.Header{}, 0, false},
	}
	for _, c := range cases {
		got, ok := retryAfter(c.header, now)
		if got != c.want || ok != c.ok {
			t.Errorf("retryAfter(%v) = %s, %v; want %s, %v", c.header, got, ok, c.want, c.ok)
		}
	}
	// A wait beyond a minute falls back to the backoff, which is capped.
	long := &http.Response{Header: http.Header{"Retry-After": {"3600"}}}
	if d := retryDelay(0, 500*time.Millisecond, long); d > 500*time.Millisecond || d < 375*time.Millisecond {
		t.Errorf("retryDelay with a 1 h Retry-After = %s, want the first backoff step", d)
	}
	if d := retryDelay(30, 500*time.Millisecond, nil); d > maxBackoff {
		t.Errorf("retryDelay(30) = %s, want at most %s", d, maxBackoff)
	}
}

func TestContextDeadlineEndsASlowCall(t *testing.T) {
	release := make(chan struct{})
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer server.Close()
	defer close(release)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	err := callEmpty(ctx, testCore(t, server, 2), get("/slow"), nil, nil)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want context.DeadlineExceeded through errors.Is", err)
	}
	if elapsed := time.Since(start); elapsed > 2*time.Second {
		t.Fatalf("took %s: the deadline did not stop the call (or it was retried)", elapsed)
	}
	canceled, cancelNow := context.WithCancel(context.Background())
	cancelNow()
	if err := callEmpty(canceled, testCore(t, server, 2), get("/slow"), nil, nil); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestRequestTimeoutBoundsEachAttempt(t *testing.T) {
	var calls atomic.Int32
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		<-r.Context().Done()
	}))
	defer server.Close()
	err := callEmpty(context.Background(), testCore(t, server, 1), get("/slow"), nil, []option.RequestOption{option.WithRequestTimeout(30 * time.Millisecond)})
	var connection *ConnectionError
	if !errors.As(err, &connection) || !errors.Is(err, context.DeadlineExceeded) || calls.Load() != 2 {
		t.Fatalf("err=%v calls=%d, want a ConnectionError wrapping DeadlineExceeded after 2 attempts", err, calls.Load())
	}
}

func TestErrorTypesByStatus(t *testing.T) {
	bodies := map[int]string{
		401: `{"detail": "Invalid API key"}`,
		403: `{"detail": "Not allowed"}`,
		404: `{"detail": "Assistant not found"}`,
		422: `{"detail": [{"loc": ["body", "name"], "msg": "field required", "type": "missing"}, {"loc": ["body", "items", 0], "msg": "bad", "type": "x"}]}`,
		429: `{"detail": "slow down"}`,
		500: `oops`,
		418: `{"message": "teapot"}`,
	}
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var status int
		fmt.Sscanf(strings.TrimPrefix(r.URL.Path, "/"), "%d", &status)
		if status == 429 {
			w.Header().Set("Retry-After", "12")
		}
		w.WriteHeader(status)
		fmt.Fprint(w, bodies[status])
	}))
	defer server.Close()
	core := testCore(t, server, 0)
	call := func(status int) error {
		return callEmpty(context.Background(), core, get(fmt.Sprintf("/%d", status)), nil, nil)
	}
	var authentication *AuthenticationError
	var permission *PermissionDeniedError
	var notFound *NotFoundError
	var validation *ValidationError
	var rateLimit *RateLimitError
	var server500 *ServerError
	var apiError *APIError
	if err := call(401); !errors.As(err, &authentication) || authentication.Message != "Invalid API key" {
		t.Errorf("401: %v", err)
	}
	if err := call(403); !errors.As(err, &permission) {
		t.Errorf("403: %v", err)
	}
	if err := call(404); !errors.As(err, &notFound) || !errors.As(err, &apiError) || apiError.StatusCode != 404 || apiError.Path != "/404" {
		t.Errorf("404: %v", err)
	}
	if err := call(422); !errors.As(err, &validation) || len(validation.Errors) != 2 || validation.Errors[0].Msg != "field required" ||
		!strings.Contains(err.Error(), "body.name: field required") || !strings.Contains(err.Error(), "body.items[0]: bad") {
		t.Errorf("422: %v (%+v)", err, validation)
	}
	if err := call(429); !errors.As(err, &rateLimit) || rateLimit.RetryAfter != 12*time.Second {
		t.Errorf("429: %v", err)
	}
	if err := call(500); !errors.As(err, &server500) || server500.Message != "oops" || string(server500.Body) != "oops" {
		t.Errorf("500: %v", err)
	}
	err := call(418)
	if !errors.As(err, &apiError) || errors.As(err, &server500) || apiError.Message != "teapot" {
		t.Errorf("418: %v", err)
	}
	// A wrapped error is still found.
	if wrapped := fmt.Errorf("loading: %w", call(404)); !errors.As(wrapped, &notFound) {
		t.Errorf("wrapped 404 not found by errors.As")
	}
}

func TestAPIKeyNeverPrinted(t *testing.T) {
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnauthorized)
	}))
	core := newCore(&ClientOptions{APIKey: testKey, BaseURL: server.URL, MaxRetries: Int(0)}, credential{in: "query", name: "api_key"}, "t")
	err := callEmpty(context.Background(), core, get("/x"), nil, nil)
	server.Close()
	// The server is gone: the transport's error must not carry the URL (and its ?api_key=).
	gone := callEmpty(context.Background(), core, get("/x"), nil, nil)
	options := ClientOptions{APIKey: testKey}
	for _, text := range []string{err.Error(), gone.Error(), fmt.Sprintf("%v %+v %#v %s", options, options, options, &options)} {
		if strings.Contains(text, testKey) {
			t.Fatalf("the API key leaked: %s", text)
		}
	}
	if gone == nil || !strings.Contains(gone.Error(), "no response") {
		t.Fatalf("gone = %v, want a ConnectionError", gone)
	}
}

func TestBodiesAndResults(t *testing.T) {
	server := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/upload":
			if err := r.ParseMultipartForm(1 << 20); err != nil {
				t.Errorf("multipart: %v", err)
				return
			}
			file, header, err := r.FormFile("file")
			if err != nil {
				t.Errorf("file part: %v", err)
				return
			}
			content, _ := io.ReadAll(file)
			fmt.Fprintf(w, `{"name": %q, "file": %q, "content": %q, "tags": %q, "meta": %q}`, r.FormValue("name"), header.Filename, content, strings.Join(r.MultipartForm.Value["tags"], ","), r.FormValue("meta"))
		case "/audio":
			if r.Header.Get("Accept") != "audio/mpeg" {
				t.Errorf("Accept = %q", r.Header.Get("Accept"))
			}
			w.Write([]byte{0xff, 0xfb, 0x00, 0x01})
		case "/csv":
			fmt.Fprint(w, "a,b\n1,2\n")
		case "/form":
			r.ParseForm()
			fmt.Fprintf(w, `{"phone": %q, "type": %q}`, r.PostForm.Get("phone_number"), r.Header.Get("Content-Type"))
		}
	}))
	defer server.Close()
	core := testCore(t, server, 0)
	ctx := context.Background()

	form := newMultipartForm()
	form.file("file", NewFile(strings.NewReader("hello"), "notes.txt"))
	form.text("name", "Notes")
	multipartList(form, "tags", []string{"a", "b"})
	multipartValue[string](form, "skipped", nil)
	form.json("meta", map[string]int{"n": 1})
	body, contentType, err := form.finish()
	if err != nil {
		t.Fatal(err)
	}
	upload := request{method: http.MethodPost, path: "/upload", body: body, contentType: contentType}
	got, err := callResult[map[string]string](ctx, core, upload, nil, nil)
	if err != nil || got["name"] != "Notes" || got["file"] != "notes.txt" || got["content"] != "hello" || got["tags"] != "a,b" || got["meta"] != `{"n":1}` {
		t.Fatalf("multipart: %v %v", got, err)
	}

	audio, err := callResult[[]byte](ctx, core, request{method: http.MethodGet, path: "/audio", accept: "audio/mpeg"}, nil, nil)
	if err != nil || string(audio) != "\xff\xfb\x00\x01" {
		t.Fatalf("binary: %q %v", audio, err)
	}
	text, err := callResult[string](ctx, core, get("/csv"), nil, nil)
	if err != nil || text != "a,b\n1,2\n" {
		t.Fatalf("text: %q %v", text, err)
	}
	values := map[string][]string{}
	addValue(values, "phone_number", String("+15551234567"))
	formData, formType := formBody(values)
	echoed, err := callResult[map[string]string](ctx, core, request{method: http.MethodPost, path: "/form", body: formData, contentType: formType}, nil, nil)
	if err != nil || echoed["phone"] != "+15551234567" || echoed["type"] != "application/x-www-form-urlencoded" {
		t.Fatalf("form: %v %v", echoed, err)
	}
	if data, err := readBody(strings.NewReader("raw")); err != nil || string(data) != "raw" {
		t.Fatalf("readBody: %q %v", data, err)
	}
}

func TestBuildPathEscapesAndRefusesEmptySegments(t *testing.T) {
	path, err := buildPath("/calls/{call_id}/recording/{recording_id}", "a/b c", 42)
	if err != nil || path != "/calls/a%2Fb%20c/recording/42" {
		t.Fatalf("buildPath = %q, %v", path, err)
	}
	for _, bad := range []string{"", ".", ".."} {
		if _, err := buildPath("/calls/{call_id}", bad); err == nil {
			t.Errorf("buildPath accepted %q", bad)
		}
	}
}

func TestQueryValues(t *testing.T) {
	values := map[string][]string{}
	addValue[int](values, "unset", nil)
	addValue(values, "limit", Int(10))
	addList(values, "ids", []int{1, 2}, "")
	addList(values, "tags", []string{"a", "b"}, ",")
	addJSON(values, "filter", map[string]bool{"x": true})
	addJSON(values, "none", (*struct{})(nil))
	want := map[string][]string{"limit": {"10"}, "ids": {"1", "2"}, "tags": {"a,b"}, "filter": {`{"x":true}`}}
	if fmt.Sprint(values) != fmt.Sprint(want) {
		t.Fatalf("values = %v, want %v", values, want)
	}
	if text := cookieText(map[string][]string{"session": {"abc"}}); text != "session=abc" {
		t.Fatalf("cookieText = %q", text)
	}
}
