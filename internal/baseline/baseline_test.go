package baseline

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/compare"
)

func finding(fp, subject, a, b string) compare.Finding {
	return compare.Finding{
		Kind: claims.KindCount, Subject: subject, Fingerprint: fp, New: true,
		Claims: [2]claims.Claim{
			{Path: "a.md", Line: 3, Text: a, Display: a, Quote: "The toll was " + a + "."},
			{Path: "b.md", Line: 9, Text: b, Display: b, Quote: "The toll was " + b + "."},
		},
	}
}

func TestWriteReadRoundTrip(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "baseline.json")
	fs := []compare.Finding{finding("bb", "people killed", "29", "41"), finding("aa", "people injured", "3", "5"), finding("bb", "people killed", "29", "41")}
	want := FromFindings(fs)
	if len(want.Findings) != 2 {
		t.Fatalf("duplicate fingerprints kept: %d entries", len(want.Findings))
	}
	if want.Findings[0].Subject != "people injured" {
		t.Errorf("entries not sorted by subject: %v", want.Findings)
	}
	if err := Write(path, want); err != nil {
		t.Fatal(err)
	}
	got, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	// Nothing but the baseline is left in the folder.
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
	// Writing the same findings again gives the same bytes.
	first, _ := os.ReadFile(path)
	if err := Write(path, FromFindings([]compare.Finding{fs[1], fs[0]})); err != nil {
		t.Fatal(err)
	}
	second, _ := os.ReadFile(path)
	if string(first) != string(second) {
		t.Errorf("baseline bytes depend on finding order")
	}
}

func TestWriteFailureKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "baseline.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A path whose folder does not exist cannot be written; the old file elsewhere is untouched.
	if err := Write(filepath.Join(dir, "missing", "b.json"), FromFindings(nil)); err == nil {
		t.Fatal("want an error writing into a missing folder")
	}
	if data, _ := os.ReadFile(path); string(data) != "old" {
		t.Errorf("old file changed: %q", data)
	}
}

func TestApply(t *testing.T) {
	base := FromFindings([]compare.Finding{finding("aa", "x", "1", "2"), finding("gone", "y", "3", "4")})
	current := []compare.Finding{finding("aa", "x", "1", "2"), finding("new", "z", "5", "6")}
	known, stale := base.Apply(current)
	if known != 1 {
		t.Errorf("known = %d, want 1", known)
	}
	if current[0].New || !current[1].New {
		t.Errorf("New flags = %v, %v; want false, true", current[0].New, current[1].New)
	}
	if len(stale) != 1 || stale[0].Fingerprint != "gone" {
		t.Errorf("stale = %v, want the entry \"gone\"", stale)
	}
	if s := stale[0].String(); !strings.Contains(s, "gone") || !strings.Contains(s, "y:") {
		t.Errorf("stale description %q", s)
	}
}

func TestReadErrors(t *testing.T) {
	cases := []struct {
		name, data, want string
	}{
		{"empty", "", "b.json:1: empty baseline file"},
		{"syntax", "{\n  \"version\": 1,\n  \"findings\": [\n    {\"fingerprint\": }\n  ]\n}\n", "b.json:4: invalid character"},
		{"wrong type", "{\n  \"version\": \"one\"\n}\n", "b.json:2: \"version\" is a string, want int"},
		{"a list", "[1, 2]", "b.json:1: a baseline is a JSON object with \"version\" and \"findings\", not a list"},
		{"unknown field", "{\n  \"version\": 1,\n  \"colour\": 2\n}\n", "b.json:3: unknown field \"colour\""},
		{"other version", "{\"version\": 7, \"findings\": []}", "b.json:1: baseline version 7"},
		{"no fingerprint", "{\"version\": 2, \"findings\": [{\"kind\": \"count\"}]}", "b.json: finding 1 has no fingerprint"},
		{"earlier version", "{\"version\": 1, \"findings\": []}", "b.json:1: baseline version 1 was written by an earlier crosscheck whose fingerprints no longer match; write it again with --write-baseline"},
		{"two values", "{\"version\": 1, \"findings\": []}\n{}", "b.json:2: more than one JSON value"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "b.json")
			if err := os.WriteFile(path, []byte(tc.data), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Read(path)
			if err == nil {
				t.Fatal("want an error")
			}
			got := strings.TrimPrefix(err.Error(), dir+string(filepath.Separator))
			if !strings.HasPrefix(got, tc.want) {
				t.Errorf("error %q, want prefix %q", got, tc.want)
			}
		})
	}
	if _, err := Read(filepath.Join(t.TempDir(), "none.json")); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing file: %v", err)
	}
}
