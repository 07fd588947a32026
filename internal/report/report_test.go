package report_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"maps"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/compare"
	"github.com/crosscheck-news/crosscheck/internal/normalize"
	"github.com/crosscheck-news/crosscheck/internal/report"
	"github.com/crosscheck-news/crosscheck/internal/ruleset"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// dayNumber is the day number a date claim holds: days since 1970-01-01.
func dayNumber(y int, m time.Month, d int) float64 {
	return float64(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

func point(v float64) normalize.Interval { return normalize.Exact(v) }

// fixedReport is a small check result: a count that fell, a name spelled two ways that a
// baseline already holds, and a long quote that the table must shorten around its mention.
func fixedReport() *report.Report {
	killedA := claims.Claim{
		Path: "dev/a.md", Line: 12, Column: 5, Text: "more than 50,000",
		Quote: "Officials said more than 50,000 people had been killed.",
		Kind:  claims.KindCount, Subject: "count|killed", Label: "people killed",
		Value:   normalize.Interval{Low: 50000, High: math.Inf(1), LowOpen: true},
		Unit:    "people",
		Display: ">50000",
		Change:  ruleset.Cumulative,
	}
	killedB := claims.Claim{
		Path: "dev/b.md", Line: 3, Column: 41, Text: "48,200",
		Quote: "The health ministry, in a statement issued late on Sunday evening after a week of talks, put the toll at 48,200 with many still missing under the rubble.",
		Kind:  claims.KindCount, Subject: "count|killed", Label: "people killed",
		Value: point(48200), Unit: "people", Display: "48200", Change: ruleset.Cumulative,
	}
	nameA := claims.Claim{
		Path: "dev/c.md", Line: 7, Column: 1, Text: "Élena Varga",
		Quote: "Élena Varga, the ferry's captain, spoke to reporters.",
		Kind:  claims.KindName, Subject: "name|varga", Label: "name of Élena Varga", Display: "Élena Varga",
	}
	nameB := claims.Claim{
		Path: "dev/d.md", Line: 22, Column: 18, Text: "Elena Vargas",
		Quote: "Captain Elena Vargas said the \"ferry\" had left <on time> & full.",
		Kind:  claims.KindName, Subject: "name|vargas", Label: "name of Elena Vargas", Display: "Elena Vargas",
	}
	return &report.Report{
		Articles: 4,
		Claims:   37,
		Known:    1,
		Findings: []compare.Finding{
			{
				Kind: claims.KindCount, Subject: "people killed", Key: "count|killed",
				Claims:      [2]claims.Claim{killedA, killedB},
				Message:     `people killed: ">50000" at dev/a.md:12 and "48200" at dev/b.md:3: a running total that fell from >50000 (2025-01-19) to 48200 (2025-01-20).`,
				Fingerprint: "8f1c2d3e4a5b6c7d",
				New:         true,
			},
			{
				Kind: claims.KindName, Subject: "name of Elena Vargas / Élena Varga", Key: "name|elena varga / elena vargas",
				Claims:      [2]claims.Claim{nameA, nameB},
				Message:     `name of Elena Vargas / Élena Varga: "Élena Varga" at dev/c.md:7 and "Elena Vargas" at dev/d.md:22: one person's surname spelled two ways.`,
				Fingerprint: "0a1b2c3d4e5f6071",
				New:         false,
			},
		},
	}
}

// fixedClaims lists one claim of each shape of bounds: a point, a lower bound, a closed range,
// a day, a month, a period with no end, and a name that has no bounds at all.
func fixedClaims() *report.ClaimList {
	c := func(path string, line, col int, text string, kind claims.Kind, label, display string, v normalize.Interval, unit string) claims.Claim {
		return claims.Claim{Path: path, Line: line, Column: col, Text: text, Kind: kind,
			Label: label, Display: display, Value: v, Unit: unit}
	}
	return &report.ClaimList{
		Articles: 2,
		Claims: []claims.Claim{
			c("a.md", 3, 9, "53,977", claims.KindCount, "people killed", "53977", point(53977), "people"),
			c("a.md", 4, 1, "more than 50,000", claims.KindCount, "people killed", ">50000",
				normalize.Interval{Low: 50000, High: math.Inf(1), LowOpen: true}, "people"),
			c("a.md", 5, 12, "about $1.2 billion", claims.KindMoney, "cost of the bridge", "1150000000..1250000000 USD",
				normalize.Interval{Low: 1.15e9, High: 1.25e9}, "USD"),
			c("a.md", 6, 2, "up to 42 days", claims.KindDuration, "length of the ceasefire", "<=42 days",
				normalize.Interval{Low: math.Inf(-1), High: 42 * 86400}, "seconds"),
			c("b.md", 1, 1, "January 19, 2025", claims.KindDate, "date of the ceasefire", "2025-01-19",
				point(dayNumber(2025, time.January, 19)), ""),
			c("b.md", 2, 30, "in March 2024", claims.KindDate, "date of the sinking", "2024-03",
				normalize.Interval{Low: dayNumber(2024, time.March, 1), High: dayNumber(2024, time.March, 31)}, ""),
			c("b.md", 8, 7, "since 1958", claims.KindDate, "date of the opening", "1958..",
				normalize.Interval{Low: dayNumber(1958, time.January, 1), High: math.Inf(1)}, ""),
			c("b.md", 9, 4, "Interior Minister Grace Okafor", claims.KindTitle, "title of Grace Okafor", "Interior Minister",
				normalize.Interval{}, ""),
			c("b.md", 11, 15, "Dale Whitcombe", claims.KindName, "name of Dale Whitcombe", "Dale Whitcombe",
				normalize.Interval{}, ""),
		},
	}
}

// golden compares got with testdata/name.golden, rewriting the file under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}

func TestGolden(t *testing.T) {
	tests := []struct {
		name  string
		write func(io.Writer) error
	}{
		{"report.json", func(w io.Writer) error { return report.WriteJSON(w, fixedReport()) }},
		{"report.table", func(w io.Writer) error { return report.WriteTable(w, fixedReport()) }},
		{"claims.json", func(w io.Writer) error { return report.WriteClaimsJSON(w, fixedClaims()) }},
		{"claims.table", func(w io.Writer) error { return report.WriteClaimsTable(w, fixedClaims()) }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var first, second bytes.Buffer
			if err := tc.write(&first); err != nil {
				t.Fatal(err)
			}
			if err := tc.write(&second); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(first.Bytes(), second.Bytes()) {
				t.Errorf("two runs over one input printed different bytes:\n%s\n---\n%s", first.Bytes(), second.Bytes())
			}
			golden(t, tc.name, first.Bytes())
		})
	}
}

// TestWriteJSONContract checks the keys and types the JSON contract names.
func TestWriteJSONContract(t *testing.T) {
	r := fixedReport()
	var buf bytes.Buffer
	if err := report.WriteJSON(&buf, r); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, buf.Bytes())
	}
	if diff := cmp.Diff([]string{"contradictions", "summary"}, keys(doc)); diff != "" {
		t.Errorf("top-level keys (-want +got):\n%s", diff)
	}
	summary, ok := doc["summary"].(map[string]any)
	if !ok {
		t.Fatalf("summary is %T, want an object", doc["summary"])
	}
	wantSummary := map[string]any{"articles": 4.0, "claims": 37.0, "contradictions": 2.0, "new": 1.0}
	if diff := cmp.Diff(wantSummary, summary); diff != "" {
		t.Errorf("summary (-want +got):\n%s", diff)
	}
	list, ok := doc["contradictions"].([]any)
	if !ok || len(list) != len(r.Findings) {
		t.Fatalf("contradictions = %v, want %d objects", doc["contradictions"], len(r.Findings))
	}
	for i, item := range list {
		f := r.Findings[i]
		obj, ok := item.(map[string]any)
		if !ok {
			t.Fatalf("contradiction %d is %T", i, item)
		}
		if diff := cmp.Diff([]string{"claims", "fingerprint", "kind", "message", "new", "subject"}, keys(obj)); diff != "" {
			t.Errorf("contradiction %d keys (-want +got):\n%s", i, diff)
		}
		wantFields := map[string]any{"subject": f.Subject, "kind": string(f.Kind), "fingerprint": f.Fingerprint,
			"new": f.New, "message": f.Message}
		for k, want := range wantFields {
			if obj[k] != want {
				t.Errorf("contradiction %d: %s = %#v, want %#v", i, k, obj[k], want)
			}
		}
		cs, ok := obj["claims"].([]any)
		if !ok || len(cs) < 2 {
			t.Fatalf("contradiction %d: claims = %v, want at least two", i, obj["claims"])
		}
		for j, item := range cs {
			c, ok := item.(map[string]any)
			if !ok {
				t.Fatalf("contradiction %d claim %d is %T", i, j, item)
			}
			if diff := cmp.Diff([]string{"column", "line", "path", "text", "value"}, keys(c)); diff != "" {
				t.Errorf("contradiction %d claim %d keys (-want +got):\n%s", i, j, diff)
			}
			src := f.Claims[j]
			want := map[string]any{"path": src.Path, "line": float64(src.Line), "column": float64(src.Column),
				"text": src.Text, "value": src.Display}
			if diff := cmp.Diff(want, c); diff != "" {
				t.Errorf("contradiction %d claim %d (-want +got):\n%s", i, j, diff)
			}
		}
		if cs[0].(map[string]any)["value"] == cs[1].(map[string]any)["value"] {
			t.Errorf("contradiction %d shows one value twice", i)
		}
	}
	// Quotes, ampersands and angle brackets stay readable.
	if strings.Contains(buf.String(), `\u003c`) || strings.Contains(buf.String(), `\u0026`) {
		t.Errorf("HTML characters escaped:\n%s", buf.String())
	}
}

func TestWriteJSONEmpty(t *testing.T) {
	for name, r := range map[string]*report.Report{
		"zero":           {},
		"empty findings": {Articles: 3, Claims: 10, Findings: []compare.Finding{}},
	} {
		var buf bytes.Buffer
		if err := report.WriteJSON(&buf, r); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), `"contradictions": []`) {
			t.Errorf("%s: no empty contradictions list:\n%s", name, buf.String())
		}
		var doc struct {
			Contradictions []any          `json:"contradictions"`
			Summary        map[string]int `json:"summary"`
		}
		if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := map[string]int{"articles": r.Articles, "claims": r.Claims, "contradictions": 0, "new": 0}
		if diff := cmp.Diff(want, doc.Summary); diff != "" {
			t.Errorf("%s: summary (-want +got):\n%s", name, diff)
		}
	}
}

// TestWriteClaimsJSONBounds checks that unbounded ends are null, dates are days, and names and
// titles have no bounds.
func TestWriteClaimsJSONBounds(t *testing.T) {
	l := fixedClaims()
	var buf bytes.Buffer
	if err := report.WriteClaimsJSON(&buf, l); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Claims []map[string]any `json:"claims"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, buf.Bytes())
	}
	if len(doc.Claims) != len(l.Claims) {
		t.Fatalf("got %d claims, want %d", len(doc.Claims), len(l.Claims))
	}
	type bounds struct{ Low, High any }
	want := []bounds{
		{53977.0, 53977.0},
		{50000.0, nil},
		{1.15e9, 1.25e9},
		{nil, 42.0 * 86400},
		{"2025-01-19", "2025-01-19"},
		{"2024-03-01", "2024-03-31"},
		{"1958-01-01", nil},
		{nil, nil},
		{nil, nil},
	}
	var got []bounds
	isoDay := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	for i, c := range doc.Claims {
		got = append(got, bounds{c["low"], c["high"]})
		for _, k := range []string{"low", "high"} {
			if _, ok := c[k]; !ok {
				t.Errorf("claim %d has no %q key", i, k)
			}
			if s, ok := c[k].(string); ok && !isoDay.MatchString(s) {
				t.Errorf("claim %d: %s = %q, want YYYY-MM-DD", i, k, s)
			}
		}
		src := l.Claims[i]
		if c["kind"] != string(src.Kind) || c["value"] != src.Display || c["subject"] != src.Label || c["unit"] != src.Unit {
			t.Errorf("claim %d = %v, want kind %q value %q subject %q unit %q", i, c, src.Kind, src.Display, src.Label, src.Unit)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("bounds (-want +got):\n%s", diff)
	}
	if !strings.Contains(buf.String(), `"high": null`) {
		t.Errorf("no null bound printed:\n%s", buf.String())
	}

	buf.Reset()
	if err := report.WriteClaimsJSON(&buf, &report.ClaimList{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"claims": []`) {
		t.Errorf("empty list is not an empty array:\n%s", buf.String())
	}
}

func TestWriteTableSummary(t *testing.T) {
	tests := []struct {
		name string
		r    *report.Report
		want string
	}{
		{"empty", &report.Report{}, "0 claims in 0 articles, 0 contradictions: 0 new.\n"},
		{"one of each", &report.Report{Articles: 1, Claims: 1}, "1 claim in 1 article, 0 contradictions: 0 new.\n"},
	}
	for _, tc := range tests {
		var buf bytes.Buffer
		if err := report.WriteTable(&buf, tc.r); err != nil {
			t.Fatal(err)
		}
		if buf.String() != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, buf.String(), tc.want)
		}
	}
	var buf bytes.Buffer
	if err := report.WriteTable(&buf, fixedReport()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(buf.String(), "\n"), "\n")
	if last := lines[len(lines)-1]; last != "37 claims in 4 articles, 2 contradictions: 1 new, 1 held back by the baseline." {
		t.Errorf("summary line = %q", last)
	}
	if !strings.Contains(buf.String(), "(known)") {
		t.Errorf("known finding not marked:\n%s", buf.String())
	}

	buf.Reset()
	if err := report.WriteClaimsTable(&buf, &report.ClaimList{Articles: 2}); err != nil {
		t.Fatal(err)
	}
	if buf.String() != "0 claims in 2 articles.\n" {
		t.Errorf("empty claims table = %q", buf.String())
	}
}

// TestWriteTableShortensQuotes checks that each quote cell is at most 64 characters and keeps
// the mention in view.
func TestWriteTableShortensQuotes(t *testing.T) {
	r := fixedReport()
	var buf bytes.Buffer
	if err := report.WriteTable(&buf, r); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	long := r.Findings[0].Claims[1]
	if strings.Contains(out, long.Quote) {
		t.Fatalf("long quote printed whole:\n%s", out)
	}
	found := false
	for _, line := range strings.Split(out, "\n") {
		i := strings.Index(line, "…")
		if i < 0 {
			continue
		}
		cell := strings.TrimSpace(strings.Trim(strings.TrimSpace(line[i:]), "│|"))
		if n := len([]rune(cell)); n > 64 {
			t.Errorf("quote cell of %d characters: %q", n, cell)
		}
		if strings.Contains(cell, long.Text) {
			found = true
		}
	}
	if !found {
		t.Errorf("the shortened quote lost its mention %q:\n%s", long.Text, out)
	}
}

func keys(m map[string]any) []string { return slices.Sorted(maps.Keys(m)) }
