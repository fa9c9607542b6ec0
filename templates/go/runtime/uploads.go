package sdk

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/textproto"
	"net/url"
	"strings"
)

// File is an upload: its content, the file name the server sees, and optionally its media type.
//
//	f, _ := os.Open("faq.pdf")
//	defer f.Close()
//	file := File{Reader: f, Name: "faq.pdf"} // an upload method's argument
type File struct {
	Reader io.Reader
	Name   string
	// ContentType defaults to application/octet-stream.
	ContentType string
}

// NewFile is File{Reader: r, Name: name}.
func NewFile(r io.Reader, name string) File { return File{Reader: r, Name: name} }

// multipartForm builds a multipart/form-data body in memory (so that a retry can send it again).
type multipartForm struct {
	buffer bytes.Buffer
	writer *multipart.Writer
	err    error
}

func newMultipartForm() *multipartForm {
	form := &multipartForm{}
	form.writer = multipart.NewWriter(&form.buffer)
	return form
}

// field writes a text part; nil pointers are left out.
func multipartValue[T any](form *multipartForm, name string, value *T) {
	if value != nil {
		form.text(name, scalarText(*value))
	}
}

func (f *multipartForm) text(name, value string) {
	if f.err == nil {
		f.err = f.writer.WriteField(name, value)
	}
}

// json writes a value as a JSON text part (objects in a form); nil is left out.
func (f *multipartForm) json(name string, value any) {
	if value == nil || f.err != nil {
		return
	}
	data, err := json.Marshal(value)
	if err != nil {
		f.err = err
		return
	}
	if string(data) != "null" {
		f.text(name, string(data))
	}
}

// list writes one part per item.
func multipartList[T any](form *multipartForm, name string, items []T) {
	for _, item := range items {
		form.text(name, scalarText(item))
	}
}

// file writes a file part; a File without a Reader is left out.
func (f *multipartForm) file(name string, file File) {
	if f.err != nil || file.Reader == nil {
		return
	}
	fileName := file.Name
	if fileName == "" {
		fileName = name
	}
	header := textproto.MIMEHeader{}
	header.Set("Content-Disposition", fmt.Sprintf(`form-data; name="%s"; filename="%s"`, quoteEscaper.Replace(name), quoteEscaper.Replace(fileName)))
	contentType := file.ContentType
	if contentType == "" {
		contentType = "application/octet-stream"
	}
	header.Set("Content-Type", contentType)
	part, err := f.writer.CreatePart(header)
	if err == nil {
		_, err = io.Copy(part, file.Reader)
	}
	f.err = err
}

var quoteEscaper = strings.NewReplacer("\\", "\\\\", `"`, "\\\"", "\r", "%0D", "\n", "%0A")

// finish closes the form: its bytes and Content-Type.
func (f *multipartForm) finish() ([]byte, string, error) {
	if f.err == nil {
		f.err = f.writer.Close()
	}
	if f.err != nil {
		return nil, "", fmt.Errorf("writing the multipart body: %w", f.err)
	}
	return f.buffer.Bytes(), f.writer.FormDataContentType(), nil
}

// formBody is an application/x-www-form-urlencoded body.
func formBody(values url.Values) ([]byte, string) {
	return []byte(values.Encode()), "application/x-www-form-urlencoded"
}

// readBody reads a binary request body (buffered so that a retry can send it again).
func readBody(r io.Reader) ([]byte, error) {
	if r == nil {
		return []byte{}, nil
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading the request body: %w", err)
	}
	return data, nil
}
