package report_test

import (
	"bytes"
	"encoding/json"
	"math"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/compare"
	"github.com/crosscheck-news/crosscheck/internal/report"
)

// sarifSchemaID is the id the OASIS schema in testdata declares for itself.
const sarifSchemaID = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// compiledSARIFSchema is the official SARIF 2.1.0 schema, compiled once. It is a draft-04
// schema, so string formats such as "uri" and "uri-reference" are asserted.
var compiledSARIFSchema = sync.OnceValues(func() (*jsonschema.Schema, error) {
	f, err := os.Open("testdata/sarif-schema-2.1.0.json")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(sarifSchemaID, doc); err != nil {
		return nil, err
	}
	return c.Compile(sarifSchemaID)
})

// validateSARIF checks a SARIF log against the official schema.
func validateSARIF(t testing.TB, data []byte) {
	t.Helper()
	schema, err := compiledSARIFSchema()
	if err != nil {
		t.Fatalf("compiling the SARIF schema: %v", err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, data)
	}
	if err := schema.Validate(doc); err != nil {
		t.Fatalf("output does not match the SARIF 2.1.0 schema: %v\n%s", err, data)
	}
}

// draftsReport is fixedReport as a drafts-against-archive check: the draft is on the second
// side of the count finding and the first of the name finding, names are warnings, and the
// report is verbose with one stale baseline entry.
func draftsReport() *report.Report {
	r := fixedReport()
	r.Drafts = map[string]bool{"dev/b.md": true, "dev/c.md": true}
	r.Severity = map[string]string{"name": "warning"}
	r.Verbose = true
	r.Stale = 1
	r.StaleList = []string{"count people injured: 12 vs 15 (dev/old.md)"}
	return r
}

// awkwardReport has claims whose places and texts stress the printers: a path with spaces, a
// comma, a colon and non-ASCII letters, a mention that wraps onto the next line, a claim with
// no line, and a message with line breaks, percent signs and pipes.
func awkwardReport() *report.Report {
	a := claims.Claim{Path: "c:drafts/Dépêche, 1 | final.md", Line: 4, Column: 3, Text: "more than\n50,000",
		Quote: "Officials | said `more than\n50,000` died.", Kind: claims.KindCount, Display: ">50000"}
	b := claims.Claim{Path: `archive\100% sure.md`, Line: 0, Column: 0, Text: "48,200",
		Quote: "The toll: 48,200 <b>& rising</b> @desk", Kind: claims.KindCount, Display: "48200"}
	return &report.Report{
		Articles: 2, Claims: 2,
		Findings: []compare.Finding{{
			Kind: claims.KindCount, Subject: "people | killed", Key: "count|killed",
			Claims:      [2]claims.Claim{a, b},
			Message:     "people killed:\r\n100% disagree, a=1 :: b=2",
			Fingerprint: "ffff0000ffff0000", New: true,
		}, {
			Kind: claims.Kind("head count"), Subject: "", Claims: [2]claims.Claim{b, a}, New: true,
		}},
	}
}

func TestWriteSARIFSchema(t *testing.T) {
	tests := []struct {
		name string
		r    *report.Report
	}{
		{"fixed", fixedReport()},
		{"drafts", draftsReport()},
		{"awkward", awkwardReport()},
		{"empty", &report.Report{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := report.WriteSARIF(&buf, tc.r); err != nil {
				t.Fatal(err)
			}
			validateSARIF(t, buf.Bytes())
			checkCodeScanning(t, buf.Bytes(), tc.r)
		})
	}
}

// TestSARIFSchemaRejects makes sure the validation can fail: logs that break the schema in
// small ways must be rejected.
func TestSARIFSchemaRejects(t *testing.T) {
	var buf bytes.Buffer
	if err := report.WriteSARIF(&buf, fixedReport()); err != nil {
		t.Fatal(err)
	}
	good := buf.String()
	schema, err := compiledSARIFSchema()
	if err != nil {
		t.Fatal(err)
	}
	breaks := []struct{ name, old, new string }{
		{"version", `"version": "2.1.0"`, `"version": "2.1"`},
		{"start line", `"startLine": 12`, `"startLine": 0`},
		{"level", `"level": "error"`, `"level": "fatal"`},
		{"unknown property", `"ruleIndex": 0,`, `"ruleIndex": 0, "severity": 1,`},
		{"backslash in uri", `"uri": "dev/a.md"`, `"uri": "dev\\a.md"`},
		{"tool name", `"name": "crosscheck",`, ``},
	}
	for _, br := range breaks {
		bad := strings.Replace(good, br.old, br.new, 1)
		if bad == good {
			t.Fatalf("%s: %q not in the output", br.name, br.old)
		}
		doc, err := jsonschema.UnmarshalJSON(strings.NewReader(bad))
		if err != nil {
			t.Fatalf("%s: %v", br.name, err)
		}
		if schema.Validate(doc) == nil {
			t.Errorf("%s: the schema accepted a broken log", br.name)
		}
	}
}

// sarifDoc is the part of a SARIF log the tests read.
type sarifDoc struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		ColumnKind string `json:"columnKind"`
		Tool       struct {
			Driver struct {
				Name           string `json:"name"`
				InformationURI string `json:"informationUri"`
				Rules          []struct {
					ID                   string `json:"id"`
					Name                 string `json:"name"`
					DefaultConfiguration struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results []sarifResult `json:"results"`
	} `json:"runs"`
}

type sarifResult struct {
	RuleID    string `json:"ruleId"`
	RuleIndex int    `json:"ruleIndex"`
	Level     string `json:"level"`
	Message   struct {
		Text string `json:"text"`
	} `json:"message"`
	Locations        []sarifLocation   `json:"locations"`
	RelatedLocations []sarifLocation   `json:"relatedLocations"`
	Fingerprints     map[string]string `json:"partialFingerprints"`
	BaselineState    *string           `json:"baselineState"`
	Properties       struct {
		Subject string   `json:"subject"`
		Values  []string `json:"values"`
	} `json:"properties"`
}

type sarifLocation struct {
	ID      *int `json:"id"`
	Message *struct {
		Text string `json:"text"`
	} `json:"message"`
	PhysicalLocation struct {
		ArtifactLocation struct {
			URI string `json:"uri"`
		} `json:"artifactLocation"`
		Region struct {
			StartLine   int `json:"startLine"`
			StartColumn int `json:"startColumn"`
			EndLine     int `json:"endLine"`
			EndColumn   int `json:"endColumn"`
			Snippet     struct {
				Text string `json:"text"`
			} `json:"snippet"`
		} `json:"region"`
	} `json:"physicalLocation"`
}

// viaJSON returns s as it reads back from JSON: invalid UTF-8 becomes U+FFFD.
func viaJSON(s string) string {
	b, _ := json.Marshal(s)
	var out string
	_ = json.Unmarshal(b, &out)
	return out
}

func writeSARIF(t testing.TB, r *report.Report) sarifDoc {
	t.Helper()
	var buf bytes.Buffer
	if err := report.WriteSARIF(&buf, r); err != nil {
		t.Fatal(err)
	}
	var doc sarifDoc
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, buf.Bytes())
	}
	if len(doc.Runs) != 1 {
		t.Fatalf("got %d runs, want 1", len(doc.Runs))
	}
	return doc
}

// checkCodeScanning checks what GitHub code scanning needs beyond the schema: one run, a result
// per finding with a location at a relative URI and a line of at least 1, rule indexes that
// point at the rule named by the result, and regions that end after they start.
func checkCodeScanning(t *testing.T, data []byte, r *report.Report) {
	t.Helper()
	var doc sarifDoc
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Schema != "https://json.schemastore.org/sarif-2.1.0.json" || doc.Version != "2.1.0" || len(doc.Runs) != 1 {
		t.Fatalf("header: schema %q version %q, %d runs", doc.Schema, doc.Version, len(doc.Runs))
	}
	run := doc.Runs[0]
	if run.Tool.Driver.Name != "crosscheck" || run.Tool.Driver.InformationURI != "https://github.com/crosscheck-news/crosscheck" {
		t.Errorf("driver = %+v", run.Tool.Driver)
	}
	if !bytes.Contains(data, []byte(`"results": [`)) {
		t.Errorf("results is not an array:\n%s", data)
	}
	if len(run.Results) != len(r.Findings) {
		t.Fatalf("got %d results for %d findings", len(run.Results), len(r.Findings))
	}
	rules := run.Tool.Driver.Rules
	for i := 1; i < len(rules); i++ {
		if rules[i-1].ID >= rules[i].ID {
			t.Errorf("rules not sorted by id: %q before %q", rules[i-1].ID, rules[i].ID)
		}
	}
	for i, res := range run.Results {
		f := r.Findings[i]
		if res.RuleIndex < 0 || res.RuleIndex >= len(rules) || rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %d: ruleIndex %d does not name %q", i, res.RuleIndex, res.RuleID)
		}
		if res.RuleID != viaJSON("crosscheck/"+string(f.Kind)) {
			t.Errorf("result %d: ruleId %q for kind %q", i, res.RuleID, f.Kind)
		}
		if strings.TrimSpace(res.Message.Text) == "" {
			t.Errorf("result %d has no message", i)
		}
		if len(res.Locations) != 1 || len(res.RelatedLocations) != 1 {
			t.Fatalf("result %d: %d locations, %d related", i, len(res.Locations), len(res.RelatedLocations))
		}
		for _, loc := range append(res.Locations, res.RelatedLocations...) {
			u, err := url.Parse(loc.PhysicalLocation.ArtifactLocation.URI)
			if err != nil || u.Scheme != "" || strings.HasPrefix(u.Path, "/") {
				t.Errorf("result %d: uri %q is not a relative reference (%v)", i, loc.PhysicalLocation.ArtifactLocation.URI, err)
			}
			reg := loc.PhysicalLocation.Region
			if reg.StartLine < 1 || reg.StartColumn < 1 {
				t.Errorf("result %d: region starts at %d:%d", i, reg.StartLine, reg.StartColumn)
			}
			if reg.EndLine == 0 && reg.EndColumn < reg.StartColumn || reg.EndLine != 0 && reg.EndLine <= reg.StartLine {
				t.Errorf("result %d: region %+v ends before it starts", i, reg)
			}
		}
	}
}

func TestWriteSARIFResults(t *testing.T) {
	r := fixedReport()
	doc := writeSARIF(t, r)
	run := doc.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind = %q", run.ColumnKind)
	}
	var ruleIDs []string
	for _, rule := range run.Tool.Driver.Rules {
		ruleIDs = append(ruleIDs, rule.ID)
		if rule.Name == "" || rule.DefaultConfiguration.Level != "error" {
			t.Errorf("rule %+v", rule)
		}
	}
	if diff := cmp.Diff([]string{"crosscheck/count", "crosscheck/name"}, ruleIDs); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}
	for i, res := range run.Results {
		f := r.Findings[i]
		a, b := f.Claims[0], f.Claims[1]
		if res.Message.Text != f.Message {
			t.Errorf("result %d: message %q, want %q", i, res.Message.Text, f.Message)
		}
		loc := res.Locations[0].PhysicalLocation
		if loc.ArtifactLocation.URI != a.Path || loc.Region.StartLine != a.Line || loc.Region.StartColumn != a.Column ||
			loc.Region.Snippet.Text != a.Text {
			t.Errorf("result %d: location %+v, want %s:%d:%d %q", i, loc, a.Path, a.Line, a.Column, a.Text)
		}
		if want := a.Column + len([]rune(a.Text)); loc.Region.EndColumn != want {
			t.Errorf("result %d: endColumn %d, want %d", i, loc.Region.EndColumn, want)
		}
		rel := res.RelatedLocations[0]
		if rel.ID == nil || *rel.ID != 1 || rel.Message == nil || rel.Message.Text != "other statement: "+b.Display {
			t.Errorf("result %d: related location %+v", i, rel)
		}
		if rel.PhysicalLocation.ArtifactLocation.URI != b.Path || rel.PhysicalLocation.Region.StartLine != b.Line {
			t.Errorf("result %d: related location at %+v, want %s:%d", i, rel.PhysicalLocation, b.Path, b.Line)
		}
		if diff := cmp.Diff(map[string]string{"crosscheck/v1": f.Fingerprint}, res.Fingerprints); diff != "" {
			t.Errorf("result %d: partialFingerprints (-want +got):\n%s", i, diff)
		}
		if res.Properties.Subject != f.Subject || !cmp.Equal(res.Properties.Values, []string{a.Display, b.Display}) {
			t.Errorf("result %d: properties %+v", i, res.Properties)
		}
	}
}

// TestWriteSARIFRegion checks where regions end: columns count characters, not bytes, and a
// mention that wraps ends on its last line. Lines and columns below 1 become 1.
func TestWriteSARIFRegion(t *testing.T) {
	type region struct{ StartLine, StartColumn, EndLine, EndColumn int }
	tests := []struct {
		line, col int
		text      string
		want      region
	}{
		{7, 1, "Élena Varga", region{7, 1, 0, 12}},
		{3, 41, "48,200", region{3, 41, 0, 47}},
		{4, 3, "more than\n50,000", region{4, 3, 5, 7}},
		{4, 3, "more than\r\n50,000", region{4, 3, 5, 7}},
		{2, 9, "a\nb\nlast", region{2, 9, 4, 5}},
		{0, 0, "x", region{1, 1, 0, 2}},
		{-3, -1, "", region{1, 1, 0, 1}},
		{math.MaxInt, math.MaxInt, "xy", region{math.MaxInt, math.MaxInt, 0, math.MaxInt}},
	}
	for _, tc := range tests {
		c := claims.Claim{Path: "a.md", Line: tc.line, Column: tc.col, Text: tc.text, Display: "1"}
		r := &report.Report{Findings: []compare.Finding{{Kind: claims.KindCount, Claims: [2]claims.Claim{c, c}, Message: "m", New: true}}}
		reg := writeSARIF(t, r).Runs[0].Results[0].Locations[0].PhysicalLocation.Region
		got := region{reg.StartLine, reg.StartColumn, reg.EndLine, reg.EndColumn}
		if got != tc.want {
			t.Errorf("%d:%d %q: region %+v, want %+v", tc.line, tc.col, tc.text, got, tc.want)
		}
	}
}

func TestWriteSARIFURI(t *testing.T) {
	tests := []struct{ path, want string }{
		{"dev/a.md", "dev/a.md"},
		{"./dev/a.md", "./dev/a.md"},
		{"../archive/b.md", "../archive/b.md"},
		{"my drafts/a b.md", "my%20drafts/a%20b.md"},
		{"a#1?.md", "a%231%3F.md"},
		{"100%.md", "100%25.md"},
		{"c:drafts/x.md", "c%3Adrafts/x.md"},
		{"notes/c:x.md", "notes/c:x.md"},
		{`a\b.md`, "a%5Cb.md"},
		{"Dépêche.md", "D%C3%A9p%C3%AAche.md"},
	}
	for _, tc := range tests {
		c := claims.Claim{Path: tc.path, Line: 1, Column: 1, Text: "x"}
		r := &report.Report{Findings: []compare.Finding{{Kind: claims.KindCount, Claims: [2]claims.Claim{c, c}, Message: "m", New: true}}}
		uri := writeSARIF(t, r).Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI
		if uri != tc.want {
			t.Errorf("%q: uri %q, want %q", tc.path, uri, tc.want)
		}
		u, err := url.Parse(uri)
		if err != nil || u.Scheme != "" {
			t.Errorf("%q: uri %q parses as %#v (%v)", tc.path, uri, u, err)
		} else if u.Path != tc.path {
			t.Errorf("%q: uri %q decodes to %q", tc.path, uri, u.Path)
		}
	}
}

func TestWriteSARIFSeverity(t *testing.T) {
	tests := []struct {
		name     string
		severity map[string]string
		want     map[string]string // rule id → level
	}{
		{"none", nil, map[string]string{"crosscheck/count": "error", "crosscheck/name": "error"}},
		{"names warn", map[string]string{"name": "warning"}, map[string]string{"crosscheck/count": "error", "crosscheck/name": "warning"}},
		{"all warn", map[string]string{"name": "warning", "count": "warning", "date": "error"},
			map[string]string{"crosscheck/count": "warning", "crosscheck/name": "warning"}},
		{"unknown severity is an error", map[string]string{"count": "fatal", "name": "Warning"},
			map[string]string{"crosscheck/count": "error", "crosscheck/name": "error"}},
	}
	for _, tc := range tests {
		r := fixedReport()
		r.Severity = tc.severity
		run := writeSARIF(t, r).Runs[0]
		got := map[string]string{}
		for _, rule := range run.Tool.Driver.Rules {
			got[rule.ID] = rule.DefaultConfiguration.Level
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: rule levels (-want +got):\n%s", tc.name, diff)
		}
		for _, res := range run.Results {
			if res.Level != tc.want[res.RuleID] {
				t.Errorf("%s: result of %s has level %q, want %q", tc.name, res.RuleID, res.Level, tc.want[res.RuleID])
			}
		}
	}
}

// TestLocationIsDraftSide checks that both machine printers put a finding at its draft's claim
// when drafts are checked against a corpus, and at the first claim otherwise.
func TestLocationIsDraftSide(t *testing.T) {
	tests := []struct {
		name   string
		drafts map[string]bool
		want   []string // the located path of each finding of fixedReport
	}{
		{"no drafts", nil, []string{"dev/a.md", "dev/c.md"}},
		{"empty drafts", map[string]bool{}, []string{"dev/a.md", "dev/c.md"}},
		{"second sides", map[string]bool{"dev/b.md": true, "dev/d.md": true}, []string{"dev/b.md", "dev/d.md"}},
		{"mixed", map[string]bool{"dev/b.md": true, "dev/c.md": true}, []string{"dev/b.md", "dev/c.md"}},
		{"both sides drafts", map[string]bool{"dev/a.md": true, "dev/b.md": true}, []string{"dev/a.md", "dev/c.md"}},
		{"listed false", map[string]bool{"dev/b.md": false}, []string{"dev/a.md", "dev/c.md"}},
	}
	for _, tc := range tests {
		r := fixedReport()
		r.Drafts = tc.drafts
		r.Verbose = true // so the known finding is annotated too
		run := writeSARIF(t, r).Runs[0]
		var got, related []string
		for i, res := range run.Results {
			got = append(got, res.Locations[0].PhysicalLocation.ArtifactLocation.URI)
			related = append(related, res.RelatedLocations[0].PhysicalLocation.ArtifactLocation.URI)
			here := r.Findings[i].Claims[0]
			if here.Path != tc.want[i] {
				here = r.Findings[i].Claims[1]
			}
			if res.Locations[0].PhysicalLocation.Region.StartLine != here.Line || res.Properties.Values[0] != here.Display {
				t.Errorf("%s: result %d is not at %s:%d with value %q first: %+v", tc.name, i, here.Path, here.Line, here.Display, res)
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: SARIF locations (-want +got):\n%s", tc.name, diff)
		}
		for i := range got {
			if related[i] == got[i] {
				t.Errorf("%s: result %d relates to its own location %s", tc.name, i, got[i])
			}
		}
		var files []string
		for _, cmd := range parseCommands(t, writeGitHub(t, r)) {
			files = append(files, cmd.props["file"])
		}
		if diff := cmp.Diff(tc.want, files); diff != "" {
			t.Errorf("%s: annotation files (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestWriteSARIFBaselineState(t *testing.T) {
	allNew := func() *report.Report {
		r := fixedReport()
		r.Known = 0
		for i := range r.Findings {
			r.Findings[i].New = true
		}
		return r
	}
	tests := []struct {
		name string
		r    *report.Report
		want []string // baselineState of each result; "" for none
	}{
		{"no baseline", allNew(), []string{"", ""}},
		{"known finding", fixedReport(), []string{"new", "unchanged"}},
		{"stale entries only", func() *report.Report { r := allNew(); r.Stale = 2; return r }(), []string{"new", "new"}},
		{"known count only", func() *report.Report { r := allNew(); r.Known = 1; return r }(), []string{"new", "new"}},
		{"known flag only", func() *report.Report { r := fixedReport(); r.Known = 0; return r }(), []string{"new", "unchanged"}},
	}
	for _, tc := range tests {
		var buf bytes.Buffer
		if err := report.WriteSARIF(&buf, tc.r); err != nil {
			t.Fatal(err)
		}
		var doc sarifDoc
		if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, res := range doc.Runs[0].Results {
			s := ""
			if res.BaselineState != nil {
				s = *res.BaselineState
			}
			got = append(got, s)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: baselineState (-want +got):\n%s", tc.name, diff)
		}
		if tc.want[0] == "" && strings.Contains(buf.String(), "baselineState") {
			t.Errorf("%s: baselineState printed without a baseline:\n%s", tc.name, buf.String())
		}
	}
}

func TestWriteSARIFEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := report.WriteSARIF(&buf, &report.Report{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"results": []`, `"rules": []`} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("empty report: no %s:\n%s", want, buf.String())
		}
	}
}

// FuzzCIPrinters prints reports built from arbitrary text and places and checks that the SARIF
// log matches the schema and suits code scanning, that every GitHub command reads back to what
// was printed, and that every Markdown table row keeps its five cells.
func FuzzCIPrinters(f *testing.F) {
	f.Add("dev/a.md", 12, 5, "more than 50,000", "Officials said more than 50,000 died.", "people killed", "msg", ">50000", true, "")
	f.Add("c:x, y|z.md", 0, -4, "a\nb", "q | `x` <b>", "s:1,2%", "m\r\nn %0A", "``", false, "c:x, y|z.md")
	f.Add("", 1, 1, "", "", "", "", "", true, "other.md")
	f.Add("\xff\xfe.md", 3, 2, "\xff", "\x00|\\|", "\\", "::error::x", " ", false, "\xff\xfe.md")
	f.Add("a.md", 1, 1, "x", "q", "\x98", "m", "warning", true, "a.md")
	f.Fuzz(func(t *testing.T, path string, line, col int, text, quote, subject, msg, display string, isNew bool, draft string) {
		a := claims.Claim{Path: path, Line: line, Column: col, Text: text, Quote: quote, Kind: claims.KindCount, Display: display}
		b := claims.Claim{Path: "archive/b.md", Line: 3, Column: 1, Text: "48,200", Quote: "The toll was 48,200.", Kind: claims.KindCount, Display: "48200"}
		r := &report.Report{
			Articles: 2, Claims: 2,
			Findings: []compare.Finding{
				{Kind: claims.KindCount, Subject: subject, Claims: [2]claims.Claim{b, a}, Message: msg, Fingerprint: msg, New: isNew},
				{Kind: claims.Kind(subject), Subject: subject, Claims: [2]claims.Claim{a, b}, Message: msg, New: true},
			},
			Drafts:    map[string]bool{draft: true},
			Severity:  map[string]string{"count": display},
			Verbose:   isNew,
			StaleList: []string{msg},
		}

		var sarif bytes.Buffer
		if err := report.WriteSARIF(&sarif, r); err != nil {
			t.Fatal(err)
		}
		validateSARIF(t, sarif.Bytes())
		checkCodeScanning(t, sarif.Bytes(), r)

		wantCmds := 1
		if isNew {
			wantCmds = 2 + len(r.StaleList) // verbose too
		}
		cmds := parseCommands(t, writeGitHub(t, r))
		if len(cmds) != wantCmds {
			t.Fatalf("%d commands, want %d", len(cmds), wantCmds)
		}
		for _, c := range cmds[:2-boolInt(!isNew)] {
			if c.props["file"] != path && c.props["file"] != b.Path {
				t.Errorf("file %q, want %q or %q", c.props["file"], path, b.Path)
			}
			if !strings.HasPrefix(c.props["title"], "crosscheck/") || !strings.Contains(c.props["title"], subject) {
				t.Errorf("title %q", c.props["title"])
			}
			if strings.TrimSpace(msg) != "" && !strings.HasPrefix(c.data, msg) {
				t.Errorf("data %q does not start with the message %q", c.data, msg)
			}
		}

		rows := tableRows(t, writeMarkdown(t, r))
		if len(rows) != len(r.Findings) {
			t.Errorf("%d rows for %d findings", len(rows), len(r.Findings))
		}
	})
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
