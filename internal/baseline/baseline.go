package baseline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/crosscheck-news/crosscheck/internal/diag"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/crosscheck-news/crosscheck/internal/compare"
)

// Version is the format version written in new files. Version 2 fingerprints are made from
// the claims' referents (subject key and stated facets).
const Version = 2

// MaxSize bounds a baseline file; a larger one is a mistake, not a baseline.
const MaxSize = 64 << 20

// File is a baseline: the findings a team has accepted for now.
type File struct {
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`
}

// Entry is one accepted finding.
type Entry struct {
	Fingerprint string    `json:"fingerprint"`
	Kind        string    `json:"kind"`
	Subject     string    `json:"subject"`
	Values      [2]string `json:"values"`
	Quotes      [2]Quote  `json:"quotes"`
}

// Quote is one side of an accepted finding, for a person reading the file.
type Quote struct {
	Path  string `json:"path"`
	Text  string `json:"text"`
	Quote string `json:"quote"`
}

// Error is a problem reading or writing a baseline file, located by line when the problem is
// in its text.
type Error = diag.Error

// FromFindings builds a baseline of the findings, sorted so the file diffs well.
func FromFindings(findings []compare.Finding) *File {
	f := &File{Version: Version, Findings: []Entry{}}
	seen := map[string]bool{}
	for _, fd := range findings {
		if seen[fd.Fingerprint] {
			continue
		}
		seen[fd.Fingerprint] = true
		a, b := fd.Claims[0], fd.Claims[1]
		f.Findings = append(f.Findings, Entry{
			Fingerprint: fd.Fingerprint,
			Kind:        string(fd.Kind),
			Subject:     fd.Subject,
			Values:      [2]string{a.Display, b.Display},
			Quotes: [2]Quote{
				{Path: filepath.ToSlash(a.Path), Text: a.Text, Quote: a.Quote},
				{Path: filepath.ToSlash(b.Path), Text: b.Text, Quote: b.Quote},
			},
		})
	}
	sort.Slice(f.Findings, func(i, j int) bool {
		x, y := f.Findings[i], f.Findings[j]
		if x.Subject != y.Subject {
			return x.Subject < y.Subject
		}
		return x.Fingerprint < y.Fingerprint
	})
	return f
}

// Write writes the baseline to path atomically: to a temporary file in the same folder, synced,
// then renamed over path. On any error the old file, if any, is left as it was.
func Write(path string, f *File) (err error) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return &Error{Path: path, Msg: "is a folder; name a file to write the baseline to"}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(f); err != nil {
		return &Error{Path: path, Msg: err.Error()}
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return diag.FromOS(path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(buf.Bytes()); err != nil {
		return diag.FromOS(path, err)
	}
	if err := tmp.Sync(); err != nil {
		return diag.FromOS(path, err)
	}
	if err := tmp.Close(); err != nil {
		return diag.FromOS(path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return diag.FromOS(path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return diag.FromOS(path, err)
	}
	return nil
}

// Read reads a baseline file. A missing file is an error: a baseline named on the command line
// must exist (write one with --write-baseline).
func Read(path string) (*File, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, diag.FromOS(path, err)
	}
	defer fh.Close()
	data, err := io.ReadAll(io.LimitReader(fh, MaxSize+1))
	if err != nil {
		return nil, diag.FromOS(path, err)
	}
	if len(data) > MaxSize {
		return nil, &Error{Path: path, Msg: fmt.Sprintf("baseline larger than %d MiB", MaxSize>>20)}
	}
	var f File
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, jsonError(path, data, err)
	}
	if dec.More() {
		return nil, &Error{Path: path, Line: lineAt(data, int(dec.InputOffset())), Msg: "more than one JSON value"}
	}
	if f.Version >= 1 && f.Version < Version {
		// Fingerprints of earlier versions were made from other subject keys: matching them
		// would silently miss every known finding, so the file is refused instead.
		return nil, &Error{Path: path, Line: 1, Msg: fmt.Sprintf("baseline version %d was written by an earlier crosscheck whose fingerprints no longer match; write it again with --write-baseline", f.Version)}
	}
	if f.Version != Version {
		return nil, &Error{Path: path, Line: 1, Msg: fmt.Sprintf("baseline version %d, want %d", f.Version, Version)}
	}
	for i, e := range f.Findings {
		if e.Fingerprint == "" {
			return nil, &Error{Path: path, Msg: fmt.Sprintf("finding %d has no fingerprint", i+1)}
		}
	}
	return &f, nil
}

// Apply marks the findings the baseline holds as known (New false) and returns how many it held
// back and the baseline entries that match no finding any more.
func (f *File) Apply(findings []compare.Finding) (known int, stale []Entry) {
	in := map[string]bool{}
	for _, e := range f.Findings {
		in[e.Fingerprint] = true
	}
	matched := map[string]bool{}
	for i := range findings {
		if in[findings[i].Fingerprint] {
			findings[i].New = false
			matched[findings[i].Fingerprint] = true
			known++
		}
	}
	for _, e := range f.Findings {
		if !matched[e.Fingerprint] {
			stale = append(stale, e)
		}
	}
	return known, stale
}

// String describes an entry on one line.
func (e Entry) String() string {
	return fmt.Sprintf("%s: %s (%s) vs %s (%s) [%s]", e.Subject, e.Values[0], e.Quotes[0].Path, e.Values[1], e.Quotes[1].Path, e.Fingerprint)
}

func jsonError(path string, data []byte, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return &Error{Path: path, Line: lineAt(data, int(syn.Offset)), Msg: syn.Error()}
	case errors.As(err, &typ):
		msg := fmt.Sprintf("%s is %s, want %s", fieldName(typ.Field), jsonKind(typ.Value), typ.Type.Kind())
		if typ.Field == "" {
			msg = fmt.Sprintf("a baseline is a JSON object with \"version\" and \"findings\", not %s", jsonKind(typ.Value))
		}
		return &Error{Path: path, Line: lineAt(data, int(typ.Offset)), Msg: msg}
	case errors.Is(err, io.EOF):
		return &Error{Path: path, Line: 1, Msg: "empty baseline file"}
	}
	msg := err.Error()
	if strings.HasPrefix(msg, "json: unknown field") {
		field := strings.TrimPrefix(msg, "json: unknown field ")
		if i := bytes.Index(data, []byte(strings.Trim(field, `"`))); i >= 0 {
			return &Error{Path: path, Line: lineAt(data, i), Msg: "unknown field " + field}
		}
	}
	return &Error{Path: path, Msg: msg}
}

func fieldName(f string) string {
	if f == "" {
		return "the file"
	}
	return fmt.Sprintf("%q", f)
}

// jsonKind names a JSON value kind for a person: "array" → "a list".
func jsonKind(v string) string {
	switch v {
	case "array":
		return "a list"
	case "object":
		return "an object"
	case "string":
		return "a string"
	case "number":
		return "a number"
	case "bool":
		return "true or false"
	}
	return v
}

func lineAt(data []byte, off int) int {
	if off > len(data) {
		off = len(data)
	}
	return bytes.Count(data[:off], []byte("\n")) + 1
}
