package sdk

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"

	"example.com/sdk-go/option"
)

// ClientOptions configures a client. The zero value of each field means its default.
type ClientOptions struct {
	// APIKey authenticates every request; empty reads the environment variable named by APIKeyEnvVar.
	APIKey string
	// BaseURL of the API; empty means DefaultBaseURL.
	BaseURL string
	// Timeout bounds each attempt of a call (default 60 seconds); a context deadline bounds the whole call.
	Timeout time.Duration
	// MaxRetries is how many times a retryable failure is retried (default 2; Int(0) turns retries off).
	MaxRetries *int
	// HTTPClient sends the requests (default: a client of its own, without a timeout of its own).
	HTTPClient *http.Client
}

// String keeps the API key out of anything that prints the options.
func (o ClientOptions) String() string {
	return fmt.Sprintf("%T{APIKey:%s BaseURL:%q Timeout:%s}", o, redacted(o.APIKey), o.BaseURL, o.Timeout)
}

// GoString is String: %#v must not print the key either.
func (o ClientOptions) GoString() string { return o.String() }

func redacted(key string) string {
	if key == "" {
		return `""`
	}
	return "[REDACTED]"
}

// credential says where the client's key goes: "bearer" (Authorization: Bearer), "header" or "query" (under
// name), or "basic" (the key is user:password).
type credential struct {
	in   string
	name string
}

// clientCore is the configuration every service shares and the one place requests are sent from.
type clientCore struct {
	apiKey     string
	baseURL    string
	timeout    time.Duration
	maxRetries int
	httpClient *http.Client
	credential credential
	userAgent  string
	// retryBase is the first backoff step (tests shorten it).
	retryBase time.Duration
}

func newCore(options *ClientOptions, defaults credential, userAgent string) *clientCore {
	if options == nil {
		options = &ClientOptions{}
	}
	core := &clientCore{
		apiKey:     options.APIKey,
		baseURL:    strings.TrimRight(options.BaseURL, "/"),
		timeout:    options.Timeout,
		maxRetries: defaultRetries,
		httpClient: options.HTTPClient,
		credential: defaults,
		userAgent:  userAgent,
		retryBase:  500 * time.Millisecond,
	}
	if core.apiKey == "" && APIKeyEnvVar != "" {
		core.apiKey = os.Getenv(APIKeyEnvVar)
	}
	if core.baseURL == "" {
		core.baseURL = strings.TrimRight(DefaultBaseURL, "/")
	}
	if core.timeout <= 0 {
		core.timeout = 60 * time.Second
	}
	if options.MaxRetries != nil {
		core.maxRetries = max(*options.MaxRetries, 0)
	}
	if core.httpClient == nil {
		core.httpClient = &http.Client{}
	}
	return core
}

// request is one call as the generated methods describe it.
type request struct {
	method string
	// path is already expanded (buildPath), relative to the base URL.
	path   string
	query  url.Values
	header http.Header
	// body is sent as is on every attempt (buffered so that a retry can send it again).
	body        []byte
	contentType string
	// accept is the Accept header (JSON unless the result is text or bytes).
	accept string
	// idempotent: safe to retry without an idempotency key.
	idempotent bool
}

// ConnectionError is a request that got no response: the network failed or an attempt timed out. It wraps
// the cause, so errors.Is(err, context.DeadlineExceeded) and errors.Is(err, context.Canceled) work.
type ConnectionError struct {
	Method string
	Path   string
	Err    error
}

func (e *ConnectionError) Error() string {
	return fmt.Sprintf("%s %s: no response: %v", e.Method, e.Path, e.Err)
}

func (e *ConnectionError) Unwrap() error { return e.Err }

// call sends req, retrying as the rules allow, and decodes a success into out: nil discards the body,
// *[]byte keeps the bytes, *string the text, anything else is JSON-decoded.
func (c *clientCore) call(ctx context.Context, req *request, opts []option.RequestOption, out any) error {
	config := option.Apply(opts)
	retries := c.maxRetries
	if config.MaxRetries != nil {
		retries = *config.MaxRetries
	}
	canRetry := req.idempotent || config.IdempotencyKey != "" || config.Header.Get("Idempotency-Key") != "" || req.header.Get("Idempotency-Key") != ""
	for attempt := 0; ; attempt++ {
		response, body, err := c.attempt(ctx, req, config)
		if err != nil {
			if ctx.Err() != nil {
				return &ConnectionError{Method: req.method, Path: req.path, Err: ctx.Err()}
			}
			if canRetry && attempt < retries {
				if err := sleep(ctx, retryDelay(attempt, c.retryBase, nil)); err != nil {
					return &ConnectionError{Method: req.method, Path: req.path, Err: err}
				}
				continue
			}
			return &ConnectionError{Method: req.method, Path: req.path, Err: err}
		}
		if response.StatusCode >= 400 {
			if canRetry && attempt < retries && retryableStatus(response) {
				if err := sleep(ctx, retryDelay(attempt, c.retryBase, response)); err != nil {
					return &ConnectionError{Method: req.method, Path: req.path, Err: err}
				}
				continue
			}
			return newAPIError(response, body, req.method, req.path)
		}
		return decodeResult(body, out, req)
	}
}

// attempt sends the request once and reads the whole body within the attempt's time limit. Errors are the
// transport's cause without its URL, which may carry a key in the query.
func (c *clientCore) attempt(ctx context.Context, req *request, config option.RequestConfig) (*http.Response, []byte, error) {
	timeout := c.timeout
	if config.Timeout > 0 {
		timeout = config.Timeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	httpRequest, err := c.newHTTPRequest(ctx, req, config)
	if err != nil {
		return nil, nil, err
	}
	response, err := c.httpClient.Do(httpRequest)
	if err != nil {
		return nil, nil, withoutURL(err)
	}
	defer response.Body.Close()
	body, err := io.ReadAll(response.Body)
	if err != nil {
		return nil, nil, withoutURL(err)
	}
	return response, body, nil
}

func withoutURL(err error) error {
	var urlError *url.Error
	if errors.As(err, &urlError) {
		return urlError.Err
	}
	return err
}

func (c *clientCore) newHTTPRequest(ctx context.Context, req *request, config option.RequestConfig) (*http.Request, error) {
	query := url.Values{}
	for key, values := range req.query {
		query[key] = values
	}
	header := http.Header{}
	header.Set("User-Agent", c.userAgent)
	header.Set("Accept", req.accept)
	if req.accept == "" {
		header.Set("Accept", "application/json")
	}
	if req.contentType != "" {
		header.Set("Content-Type", req.contentType)
	}
	c.authorize(header, query)
	for key, values := range req.header {
		header[key] = values
	}
	for key, values := range config.Header {
		header[key] = values
	}
	if config.IdempotencyKey != "" {
		header.Set("Idempotency-Key", config.IdempotencyKey)
	}
	target := c.baseURL + req.path
	if encoded := query.Encode(); encoded != "" {
		target += "?" + encoded
	}
	var body io.Reader
	if req.body != nil {
		body = bytes.NewReader(req.body)
	}
	httpRequest, err := http.NewRequestWithContext(ctx, req.method, target, body)
	if err != nil {
		return nil, withoutURL(err)
	}
	httpRequest.Header = header
	return httpRequest, nil
}

// authorize puts the key where the API expects it; no key sends nothing (the server answers 401).
func (c *clientCore) authorize(header http.Header, query url.Values) {
	if c.apiKey == "" {
		return
	}
	switch c.credential.in {
	case "header":
		header.Set(c.credential.name, c.apiKey)
	case "query":
		query.Set(c.credential.name, c.apiKey)
	case "basic":
		user, password, _ := strings.Cut(c.apiKey, ":")
		header.Set("Authorization", "Basic "+basicToken(user, password))
	default:
		header.Set("Authorization", "Bearer "+c.apiKey)
	}
}

func basicToken(user, password string) string {
	r := &http.Request{Header: http.Header{}}
	r.SetBasicAuth(user, password)
	return strings.TrimPrefix(r.Header.Get("Authorization"), "Basic ")
}

func decodeResult(body []byte, out any, req *request) error {
	switch target := out.(type) {
	case nil:
		return nil
	case *[]byte:
		*target = body
		return nil
	case *string:
		*target = string(body)
		return nil
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil
	}
	if err := json.Unmarshal(body, out); err != nil {
		return fmt.Errorf("%s %s: decoding the response: %w", req.method, req.path, err)
	}
	return nil
}

// callResult sends a request built by a generated method (err is the builder's) and decodes its result.
func callResult[T any](ctx context.Context, c *clientCore, req request, err error, opts []option.RequestOption) (T, error) {
	var out T
	if err != nil {
		return out, err
	}
	if err := c.call(ctx, &req, opts, &out); err != nil {
		var zero T
		return zero, err
	}
	return out, nil
}

// callEmpty sends a request whose success has no body.
func callEmpty(ctx context.Context, c *clientCore, req request, err error, opts []option.RequestOption) error {
	if err != nil {
		return err
	}
	return c.call(ctx, &req, opts, nil)
}

// urlOf is the full URL of a request, without credentials (for URL-only methods, such as a recording's link).
func (c *clientCore) urlOf(req request, err error) (string, error) {
	if err != nil {
		return "", err
	}
	target := c.baseURL + req.path
	if encoded := req.query.Encode(); encoded != "" {
		target += "?" + encoded
	}
	return target, nil
}

// cookieText writes cookie parameters as one Cookie header value.
func cookieText(values url.Values) string {
	parts := make([]string, 0, len(values))
	for name, list := range values {
		for _, value := range list {
			parts = append(parts, (&http.Cookie{Name: name, Value: value}).String())
		}
	}
	return strings.Join(parts, "; ")
}
