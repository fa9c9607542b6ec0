package sdk

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"net/url"
	"strconv"
	"strings"

	"example.com/sdk-go/option"
)

// pageRule is how a list walks its pages (the spec's x-pagination). Paths are dotted wire names into the body;
// an empty items path means the body is the array.
type pageRule struct {
	// style is "offset" (offsetParam += items received), "page" (pageParam += 1) or "limit" (one page).
	style        string
	offsetParam  string
	limitParam   string
	pageParam    string
	perPageParam string
	items        string
	total        string
	// hasMore is the boolean that says whether another page follows (has_more, pagination.has_next).
	hasMore string
}

// autoPage requests the pages of a list one after the other and yields every item. An error is yielded once,
// with the zero Item, and ends the walk. Stopping the range loop stops the requests.
func autoPage[Item any](ctx context.Context, c *clientCore, first request, err error, opts []option.RequestOption, rule pageRule) iter.Seq2[Item, error] {
	return func(yield func(Item, error) bool) {
		var zero Item
		if err != nil {
			yield(zero, err)
			return
		}
		req := first
		firstSize := -1
		for {
			var body json.RawMessage
			if err := c.call(ctx, &req, opts, &body); err != nil {
				yield(zero, err)
				return
			}
			items, err := pageItems[Item](body, rule.items)
			if err != nil {
				yield(zero, fmt.Errorf("%s %s: %w", req.method, req.path, err))
				return
			}
			for _, item := range items {
				if !yield(item, nil) {
					return
				}
			}
			if firstSize < 0 {
				firstSize = len(items)
			}
			next, more := rule.next(req.query, body, len(items), firstSize)
			if !more {
				return
			}
			req.query = next
		}
	}
}

// pageItems decodes the items of one page.
func pageItems[Item any](body json.RawMessage, path string) ([]Item, error) {
	raw, ok := rawAt(body, path)
	if !ok || bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return nil, nil
	}
	var items []Item
	if err := json.Unmarshal(raw, &items); err != nil {
		return nil, fmt.Errorf("decoding the page's items: %w", err)
	}
	return items, nil
}

// next is the query of the following page, or false when this page is the last:
//   - offset: stop on an empty page; has_more decides when present; else stop when the next offset reaches
//     total, or on a short page (fewer items than the limit, or than the first page without a limit).
//   - page: the same with the page number, page × per_page against total.
//   - limit: a single page.
func (rule pageRule) next(query url.Values, body json.RawMessage, count, firstSize int) (url.Values, bool) {
	if count == 0 || (rule.style != "offset" && rule.style != "page") {
		return nil, false
	}
	hasMore, hasFlag := boolAt(body, rule.hasMore)
	if hasFlag && !hasMore {
		return nil, false
	}
	total, hasTotal := numberAt(body, rule.total)
	next := url.Values{}
	for key, values := range query {
		next[key] = values
	}
	if rule.style == "offset" {
		offset, _ := strconv.Atoi(query.Get(rule.offsetParam))
		following := offset + count
		if !(hasFlag && hasMore) {
			expected := intOr(query.Get(rule.limitParam), firstSize)
			if (hasTotal && float64(following) >= total) || count < expected {
				return nil, false
			}
		}
		next.Set(rule.offsetParam, strconv.Itoa(following))
		return next, true
	}
	page := intOr(query.Get(rule.pageParam), 1)
	if !(hasFlag && hasMore) {
		expected := intOr(query.Get(rule.perPageParam), firstSize)
		if (hasTotal && float64(page*expected) >= total) || count < expected {
			return nil, false
		}
	}
	next.Set(rule.pageParam, strconv.Itoa(page+1))
	return next, true
}

func intOr(text string, fallback int) int {
	if n, err := strconv.Atoi(text); err == nil {
		return n
	}
	return fallback
}

// rawAt walks a dotted path of object keys; an empty path is the body itself.
func rawAt(body json.RawMessage, path string) (json.RawMessage, bool) {
	current := body
	if path == "" {
		return current, true
	}
	for _, key := range strings.Split(path, ".") {
		var fields map[string]json.RawMessage
		if json.Unmarshal(current, &fields) != nil {
			return nil, false
		}
		next, ok := fields[key]
		if !ok {
			return nil, false
		}
		current = next
	}
	return current, true
}

func boolAt(body json.RawMessage, path string) (bool, bool) {
	var value bool
	ok := path != "" && decodeAt(body, path, &value)
	return value, ok
}

func numberAt(body json.RawMessage, path string) (float64, bool) {
	var value float64
	ok := path != "" && decodeAt(body, path, &value)
	return value, ok
}

// stringAt reads a string at a dotted path (a webhook's or a stream message's type).
func stringAt(body json.RawMessage, path string) (string, bool) {
	var value string
	ok := decodeAt(body, path, &value)
	return value, ok
}

func decodeAt(body json.RawMessage, path string, out any) bool {
	raw, found := rawAt(body, path)
	return found && json.Unmarshal(raw, out) == nil
}
