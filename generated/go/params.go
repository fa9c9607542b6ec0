package burki

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strconv"
	"strings"
)

// String returns a pointer to v, for optional fields: Name: String("Front desk").
func String(v string) *string { return &v }

// Int returns a pointer to v, for optional fields: Limit: Int(10).
func Int(v int) *int { return &v }

// Bool returns a pointer to v, for optional fields.
func Bool(v bool) *bool { return &v }

// Float returns a pointer to v, for optional fields.
func Float(v float64) *float64 { return &v }

// Ptr returns a pointer to any value, for optional fields of other types (enums, structs).
func Ptr[T any](v T) *T { return &v }

// buildPath fills the {placeholders} of a path template, in order, with the escaped text of values. An empty
// value or a dot segment is refused: it would address another resource.
func buildPath(template string, values ...any) (string, error) {
	var b strings.Builder
	rest := template
	for _, value := range values {
		open := strings.IndexByte(rest, '{')
		end := strings.IndexByte(rest, '}')
		if open < 0 || end < open {
			return "", fmt.Errorf("path %q has fewer placeholders than values", template)
		}
		text := scalarText(value)
		if text == "" || text == "." || text == ".." {
			return "", fmt.Errorf("path %q: parameter %s must not be %q", template, rest[open:end+1], text)
		}
		b.WriteString(rest[:open])
		b.WriteString(url.PathEscape(text))
		rest = rest[end+1:]
	}
	b.WriteString(rest)
	return b.String(), nil
}

// scalarText is how one value is written in a path, query, header or form field.
func scalarText(value any) string {
	switch v := value.(type) {
	case string:
		return v
	case int:
		return strconv.Itoa(v)
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case bool:
		return strconv.FormatBool(v)
	case fmt.Stringer:
		return v.String()
	}
	if text, ok := underlyingString(value); ok {
		return text
	}
	data, err := json.Marshal(value)
	if err != nil {
		return fmt.Sprint(value)
	}
	return strings.Trim(string(data), `"`)
}

// underlyingString reads a named string type (an enum) without reflection: through its JSON form.
func underlyingString(value any) (string, bool) {
	data, err := json.Marshal(value)
	if err != nil {
		return "", false
	}
	var text string
	if json.Unmarshal(data, &text) != nil {
		return "", false
	}
	return text, true
}

// addValue adds an optional value (a pointer, nil for unset) under name.
func addValue[T any](values url.Values, name string, value *T) {
	if value != nil {
		values.Add(name, scalarText(*value))
	}
}

// addList adds each item under name (delimiter "") or all of them joined as one value.
func addList[T any](values url.Values, name string, items []T, delimiter string) {
	if len(items) == 0 {
		return
	}
	texts := make([]string, len(items))
	for i, item := range items {
		texts[i] = scalarText(item)
	}
	if delimiter != "" {
		values.Add(name, strings.Join(texts, delimiter))
		return
	}
	for _, text := range texts {
		values.Add(name, text)
	}
}

// addJSON adds a value as its JSON text (objects in a query, parameters described by `content`).
func addJSON(values url.Values, name string, value any) {
	if value == nil {
		return
	}
	if data, err := json.Marshal(value); err == nil && string(data) != "null" {
		values.Add(name, string(data))
	}
}

// jsonBody encodes a request body.
func jsonBody(value any) ([]byte, error) {
	data, err := json.Marshal(value)
	if err != nil {
		return nil, fmt.Errorf("encoding the request body: %w", err)
	}
	return data, nil
}
