package sdk

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// APIError is an HTTP response with an error status. The typed errors (NotFoundError, RateLimitError, ...) wrap
// it, so errors.As(err, &apiErr) finds it under any of them.
type APIError struct {
	StatusCode int
	// Body is the response body as received.
	Body []byte
	// Header is the response's headers.
	Header http.Header
	// RequestID is the server's request id header, when it sent one.
	RequestID string
	Method    string
	// Path is the request's path, without the query (which may hold credentials).
	Path string
	// Message is the server's own message (`detail`, `message` or `error`), when the body has one.
	Message string
}

func (e *APIError) Error() string {
	text := fmt.Sprintf("%s %s: %d %s", e.Method, e.Path, e.StatusCode, http.StatusText(e.StatusCode))
	if e.Message != "" {
		text += ": " + e.Message
	}
	if e.RequestID != "" {
		text += " (request " + e.RequestID + ")"
	}
	return text
}

// AuthenticationError is a 401: the API key is missing, wrong or revoked.
type AuthenticationError struct{ *APIError }

// PermissionDeniedError is a 403: the key is valid but may not do this.
type PermissionDeniedError struct{ *APIError }

// NotFoundError is a 404.
type NotFoundError struct{ *APIError }

// ValidationError is a 400 or 422; Errors lists the fields the server rejected, when it said which.
type ValidationError struct {
	*APIError
	Errors []ValidationIssue
}

// ValidationIssue is one entry of FastAPI's `detail` list.
type ValidationIssue struct {
	// Loc is where the problem is (`["body", "name"]`); numbers are array indexes.
	Loc  []any  `json:"loc"`
	Msg  string `json:"msg"`
	Type string `json:"type"`
}

// RateLimitError is a 429; RetryAfter is how long the server asked to wait (0 when it did not say).
type RateLimitError struct {
	*APIError
	RetryAfter time.Duration
}

// ServerError is a 5xx.
type ServerError struct{ *APIError }

func (e *AuthenticationError) Unwrap() error   { return e.APIError }
func (e *PermissionDeniedError) Unwrap() error { return e.APIError }
func (e *NotFoundError) Unwrap() error         { return e.APIError }
func (e *ValidationError) Unwrap() error       { return e.APIError }
func (e *RateLimitError) Unwrap() error        { return e.APIError }
func (e *ServerError) Unwrap() error           { return e.APIError }

// newAPIError makes the typed error of a response, given its body (already read).
func newAPIError(response *http.Response, body []byte, method, path string) error {
	base := &APIError{
		StatusCode: response.StatusCode,
		Body:       body,
		Header:     response.Header,
		RequestID:  requestID(response.Header),
		Method:     method,
		Path:       path,
	}
	detail := errorDetail(body)
	base.Message = detail.message
	switch status := response.StatusCode; {
	case status == http.StatusUnauthorized:
		return &AuthenticationError{base}
	case status == http.StatusForbidden:
		return &PermissionDeniedError{base}
	case status == http.StatusNotFound:
		return &NotFoundError{base}
	case status == http.StatusBadRequest || status == http.StatusUnprocessableEntity:
		return &ValidationError{APIError: base, Errors: detail.issues}
	case status == http.StatusTooManyRequests:
		wait, _ := retryAfter(response.Header, time.Now())
		return &RateLimitError{APIError: base, RetryAfter: wait}
	case status >= 500:
		return &ServerError{base}
	}
	return base
}

func requestID(header http.Header) string {
	for _, name := range []string{"X-Request-Id", "Request-Id", "X-Correlation-Id"} {
		if value := header.Get(name); value != "" {
			return value
		}
	}
	return ""
}

type parsedDetail struct {
	message string
	issues  []ValidationIssue
}

// errorDetail reads the message of an error body: FastAPI's `detail` (a string or a list of issues), else
// `message` or `error`. A body that is not JSON gives its first line, shortened.
func errorDetail(body []byte) parsedDetail {
	var fields map[string]json.RawMessage
	if json.Unmarshal(body, &fields) != nil {
		line, _, _ := strings.Cut(strings.TrimSpace(string(body)), "\n")
		if len(line) > 200 {
			line = line[:200] + "…"
		}
		return parsedDetail{message: line}
	}
	for _, key := range []string{"detail", "message", "error"} {
		raw, ok := fields[key]
		if !ok {
			continue
		}
		var text string
		if json.Unmarshal(raw, &text) == nil {
			return parsedDetail{message: text}
		}
		var issues []ValidationIssue
		if json.Unmarshal(raw, &issues) == nil && len(issues) > 0 {
			messages := make([]string, len(issues))
			for i, issue := range issues {
				messages[i] = issue.Msg
				if loc := issue.location(); loc != "" {
					messages[i] = loc + ": " + issue.Msg
				}
			}
			return parsedDetail{message: strings.Join(messages, "; "), issues: issues}
		}
	}
	return parsedDetail{}
}

// location spells Loc as `body.name[0]`.
func (i ValidationIssue) location() string {
	var b strings.Builder
	for _, part := range i.Loc {
		switch value := part.(type) {
		case float64:
			b.WriteString("[" + strconv.FormatFloat(value, 'f', -1, 64) + "]")
		default:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			fmt.Fprint(&b, value)
		}
	}
	return b.String()
}
