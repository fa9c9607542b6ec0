package sdk

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"testing"
)

// pagedServer serves the numbers 1..total in the body each style expects.
func pagedServer(t *testing.T, total int, requests *[]string) *httptest.Server {
	return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		*requests = append(*requests, r.URL.RawQuery)
		query := r.URL.Query()
		number := func(name string, fallback int) int {
			if n, err := strconv.Atoi(query.Get(name)); err == nil {
				return n
			}
			return fallback
		}
		slice := func(start, size int) []int {
			items := []int{}
			for i := start; i < start+size && i < total; i++ {
				items = append(items, i+1)
			}
			return items
		}
		var body any
		switch r.URL.Path {
		case "/offset-array": // the body is the array; stop on a short page
			body = slice(number("skip", 0), number("limit", 3))
		case "/offset-has-more":
			skip, limit := number("skip", 0), number("limit", 3)
			body = map[string]any{"data": map[string]any{"items": slice(skip, limit)}, "has_more": skip+limit < total}
		case "/offset-total": // full pages to the end: only total says stop
			skip := number("skip", 0)
			body = map[string]any{"items": slice(skip, 2), "total": total}
		case "/page-has-next":
			page, perPage := number("page", 1), number("per_page", 2)
			body = map[string]any{"campaigns": slice((page-1)*perPage, perPage), "pagination": map[string]any{"has_next": page*perPage < total}}
		case "/page-total":
			page := number("page", 1)
			body = map[string]any{"campaigns": slice((page-1)*2, 2), "total": total}
		case "/limit":
			body = map[string]any{"statements": slice(0, number("limit", 100))}
		case "/fail":
			w.WriteHeader(http.StatusNotFound)
			return
		}
		json.NewEncoder(w).Encode(body)
	}))
}

func walk(t *testing.T, core *clientCore, path string, query url.Values, rule pageRule) ([]int, error) {
	t.Helper()
	var items []int
	req := request{method: http.MethodGet, path: path, query: query, idempotent: true}
	for item, err := range autoPage[int](context.Background(), core, req, nil, nil, rule) {
		if err != nil {
			return items, err
		}
		items = append(items, item)
	}
	return items, nil
}

func TestEachPaginationStyleWalksToTheEnd(t *testing.T) {
	cases := []struct {
		name     string
		path     string
		query    url.Values
		rule     pageRule
		want     string
		requests int
	}{
		{"offset, bare array, short page", "/offset-array", url.Values{"limit": {"3"}}, pageRule{style: "offset", offsetParam: "skip", limitParam: "limit"}, "[1 2 3 4 5 6 7]", 3},
		{"offset, has_more", "/offset-has-more", url.Values{"limit": {"3"}}, pageRule{style: "offset", offsetParam: "skip", limitParam: "limit", items: "data.items", hasMore: "has_more"}, "[1 2 3 4 5 6 7]", 3},
		{"offset, total", "/offset-total", url.Values{}, pageRule{style: "offset", offsetParam: "skip", limitParam: "limit", items: "items", total: "total"}, "[1 2 3 4 5 6 7]", 4},
		{"page, has_next", "/page-has-next", url.Values{"per_page": {"2"}}, pageRule{style: "page", pageParam: "page", perPageParam: "per_page", items: "campaigns", hasMore: "pagination.has_next"}, "[1 2 3 4 5 6 7]", 4},
		{"page, total", "/page-total", url.Values{}, pageRule{style: "page", pageParam: "page", perPageParam: "per_page", items: "campaigns", total: "total"}, "[1 2 3 4 5 6 7]", 4},
		{"limit: one page", "/limit", url.Values{"limit": {"4"}}, pageRule{style: "limit", limitParam: "limit", items: "statements"}, "[1 2 3 4]", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var requests []string
			server := pagedServer(t, 7, &requests)
			defer server.Close()
			items, err := walk(t, testCore(t, server, 0), c.path, c.query, c.rule)
			if err != nil || fmt.Sprint(items) != c.want || len(requests) != c.requests {
				t.Fatalf("items=%v err=%v requests=%v; want %s in %d requests", items, err, requests, c.want, c.requests)
			}
		})
	}
}

func TestBreakingStopsRequestsAndErrorsEndTheWalk(t *testing.T) {
	var requests []string
	server := pagedServer(t, 100, &requests)
	defer server.Close()
	core := testCore(t, server, 0)
	req := request{method: http.MethodGet, path: "/offset-array", query: url.Values{"limit": {"3"}}, idempotent: true}
	count := 0
	for range autoPage[int](context.Background(), core, req, nil, nil, pageRule{style: "offset", offsetParam: "skip", limitParam: "limit"}) {
		count++
		if count == 4 {
			break
		}
	}
	if len(requests) != 2 {
		t.Fatalf("breaking after 4 items made %d requests, want 2", len(requests))
	}
	items, err := walk(t, core, "/fail", url.Values{}, pageRule{style: "offset", offsetParam: "skip", limitParam: "limit"})
	var notFound *NotFoundError
	if len(items) != 0 || !errors.As(err, &notFound) {
		t.Fatalf("items=%v err=%v, want a NotFoundError and no items", items, err)
	}
	builderError := errors.New("bad path")
	for _, err := range autoPage[int](context.Background(), core, req, builderError, nil, pageRule{style: "limit"}) {
		if err != builderError {
			t.Fatalf("err = %v, want the builder's error", err)
		}
	}
}
