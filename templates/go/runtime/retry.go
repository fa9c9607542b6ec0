package sdk

import (
	"context"
	"math"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"
)

const (
	// Waits the server asks for above this are not honoured (the backoff is used instead).
	maxRetryAfter  = 60 * time.Second
	maxBackoff     = 8 * time.Second
	defaultRetries = 2
)

// retryableStatus says whether a response status is worth another attempt: timeouts, conflicts, rate limits and
// server errors. The server's X-Should-Retry header, when present, decides instead.
func retryableStatus(response *http.Response) bool {
	switch strings.ToLower(response.Header.Get("X-Should-Retry")) {
	case "true":
		return true
	case "false":
		return false
	}
	status := response.StatusCode
	return status == http.StatusRequestTimeout || status == http.StatusConflict || status == http.StatusTooManyRequests || status >= 500
}

// retryAfter reads how long the server asked to wait: Retry-After-Ms, else Retry-After in seconds or as an
// HTTP date. ok is false when neither header gives a usable wait.
func retryAfter(header http.Header, now time.Time) (wait time.Duration, ok bool) {
	if value := header.Get("Retry-After-Ms"); value != "" {
		if ms, err := strconv.ParseFloat(value, 64); err == nil && ms >= 0 && !math.IsInf(ms, 0) {
			return time.Duration(ms * float64(time.Millisecond)), true
		}
	}
	value := strings.TrimSpace(header.Get("Retry-After"))
	if value == "" {
		return 0, false
	}
	if seconds, err := strconv.ParseFloat(value, 64); err == nil {
		if seconds < 0 || math.IsInf(seconds, 0) || math.IsNaN(seconds) {
			return 0, false
		}
		return time.Duration(seconds * float64(time.Second)), true
	}
	if date, err := http.ParseTime(value); err == nil {
		wait := date.Sub(now)
		if wait < 0 {
			wait = 0
		}
		return wait, true
	}
	return 0, false
}

// retryDelay is the wait before retry number attempt+1: the server's wish when it is reasonable, else an
// exponential backoff from base (doubling, capped) with up to 25% jitter so that clients spread out.
func retryDelay(attempt int, base time.Duration, response *http.Response) time.Duration {
	if response != nil {
		if wait, ok := retryAfter(response.Header, time.Now()); ok && wait <= maxRetryAfter {
			return wait
		}
	}
	delay := base << min(attempt, 16)
	if delay > maxBackoff || delay <= 0 {
		delay = maxBackoff
	}
	return time.Duration(float64(delay) * (1 - 0.25*rand.Float64()))
}

// sleep waits d or until ctx ends, whichever comes first.
func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-timer.C:
		return nil
	}
}
