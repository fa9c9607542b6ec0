// Package option holds the per-call options every method of the client takes as its last, variadic argument:
//
//	client.Assistants.Get(ctx, 42, option.WithHeader("X-Trace", "abc"), option.WithMaxRetries(0))
package option

import (
	"net/http"
	"time"
)

// RequestOption changes one call: its headers, retries or time limit.
type RequestOption func(*RequestConfig)

// RequestConfig is what the options of one call add up to. The client reads it; callers use the With functions.
type RequestConfig struct {
	// Header is added to the request's headers (a value here replaces the client's own).
	Header http.Header
	// MaxRetries replaces the client's retry count when not nil.
	MaxRetries *int
	// Timeout bounds each attempt of the call when positive.
	Timeout time.Duration
	// IdempotencyKey, when set, is sent as Idempotency-Key and lets a non-idempotent call be retried.
	IdempotencyKey string
}

// Apply folds options into a config, in order: a later option wins.
func Apply(opts []RequestOption) RequestConfig {
	config := RequestConfig{Header: http.Header{}}
	for _, opt := range opts {
		if opt != nil {
			opt(&config)
		}
	}
	return config
}

// WithHeader sets a request header for this call.
func WithHeader(key, value string) RequestOption {
	return func(c *RequestConfig) { c.Header.Set(key, value) }
}

// WithMaxRetries sets how many times this call is retried after a retryable failure (0: never).
func WithMaxRetries(n int) RequestOption {
	return func(c *RequestConfig) {
		if n < 0 {
			n = 0
		}
		c.MaxRetries = &n
	}
}

// WithRequestTimeout bounds each attempt of this call; the context's deadline still bounds the whole call.
func WithRequestTimeout(d time.Duration) RequestOption {
	return func(c *RequestConfig) { c.Timeout = d }
}

// WithIdempotencyKey sends an Idempotency-Key header, which makes a POST or PATCH safe to retry.
func WithIdempotencyKey(key string) RequestOption {
	return func(c *RequestConfig) { c.IdempotencyKey = key }
}
