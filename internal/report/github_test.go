package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/compare"
	"github.com/crosscheck-news/crosscheck/internal/report"
)

// command is one parsed GitHub Actions workflow command, its values unescaped.
type command struct {
	name  string
	props map[string]string
	data  string
}

var (
	unescapeData     = strings.NewReplacer("%25", "%", "%0D", "\r", "%0A", "\n")
	unescapeProperty = strings.NewReplacer("%25", "%", "%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",")
)

func writeGitHub(t testing.TB, r *report.Report) string {
	t.Helper()
	var buf bytes.Buffer
	if err := report.WriteGitHub(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// parseCommands reads the output the way the Actions runner does: every line but the last is a
// command "::name k=v,k=v::data"; the last is the plain summary.
func parseCommands(t testing.TB, out string) []command {
	t.Helper()
	if !strings.HasSuffix(out, "\n") {
		t.Fatalf("output does not end in a line break: %q", out)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if last := lines[len(lines)-1]; strings.HasPrefix(last, "::") || strings.Contains(last, "\r") {
		t.Errorf("last line is not a plain summary: %q", last)
	}
	var cmds []command
	for _, line := range lines[:len(lines)-1] {
		rest, ok := strings.CutPrefix(line, "::")
		if !ok || strings.Contains(line, "\r") {
			t.Fatalf("not a workflow command: %q", line)
		}
		head, data, ok := strings.Cut(rest, "::")
		if !ok {
			t.Fatalf("command without data: %q", line)
		}
		name, props, _ := strings.Cut(head, " ")
		cmd := command{name: name, props: map[string]string{}, data: unescapeData.Replace(data)}
		if props != "" {
			for _, p := range strings.Split(props, ",") {
				k, v, ok := strings.Cut(p, "=")
				if !ok {
					t.Fatalf("property %q without a value in %q", p, line)
				}
				if _, dup := cmd.props[k]; dup {
					t.Fatalf("property %q twice in %q", k, line)
				}
				cmd.props[k] = unescapeProperty.Replace(v)
			}
		}
		cmds = append(cmds, cmd)
	}
	return cmds
}

func TestWriteGitHubCommands(t *testing.T) {
	r := fixedReport()
	out := writeGitHub(t, r)
	cmds := parseCommands(t, out)
	f := r.Findings[0]
	want := []command{{
		name:  "error",
		props: map[string]string{"file": "dev/a.md", "line": "12", "col": "5", "title": "crosscheck/count: people killed"},
		data:  f.Message,
	}}
	if diff := cmp.Diff(want, cmds, cmp.AllowUnexported(command{})); diff != "" {
		t.Errorf("commands (-want +got):\n%s", diff)
	}
	var table bytes.Buffer
	if err := report.WriteTable(&table, r); err != nil {
		t.Fatal(err)
	}
	tableLines := strings.Split(strings.TrimSuffix(table.String(), "\n"), "\n")
	outLines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if got, want := outLines[len(outLines)-1], tableLines[len(tableLines)-1]; got != want {
		t.Errorf("summary %q, want the table's %q", got, want)
	}
}

// TestWriteGitHubVerbose checks that known findings and stale baseline entries appear only in
// verbose output, as notices, and that severities pick the command.
func TestWriteGitHubVerbose(t *testing.T) {
	r := draftsReport()
	cmds := parseCommands(t, writeGitHub(t, r))
	var got [][2]string
	for _, c := range cmds {
		got = append(got, [2]string{c.name, c.props["title"]})
	}
	want := [][2]string{
		{"error", "crosscheck/count: people killed"},
		{"notice", "crosscheck/name: name of Elena Vargas / Élena Varga (known)"},
		{"notice", "crosscheck: stale baseline entry"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("commands (-want +got):\n%s", diff)
	}
	if cmds[2].data != r.StaleList[0] || cmds[2].props["file"] != "" {
		t.Errorf("stale entry = %+v", cmds[2])
	}

	r.Verbose = false
	cmds = parseCommands(t, writeGitHub(t, r))
	if len(cmds) != 1 || cmds[0].name != "error" {
		t.Errorf("non-verbose commands = %+v, want the one new finding", cmds)
	}

	r.Severity = map[string]string{"count": "warning"}
	if cmds = parseCommands(t, writeGitHub(t, r)); len(cmds) != 1 || cmds[0].name != "warning" {
		t.Errorf("count as a warning: commands = %+v", cmds)
	}
	r.Severity = map[string]string{"count": "WARNING"}
	if cmds = parseCommands(t, writeGitHub(t, r)); len(cmds) != 1 || cmds[0].name != "error" {
		t.Errorf("unknown severity: commands = %+v, want an error", cmds)
	}
}

// TestWriteGitHubEscaping checks the escapes of properties and data against GitHub's rules:
// "%", CR and LF everywhere, ":" and "," in properties too.
func TestWriteGitHubEscaping(t *testing.T) {
	tests := []struct {
		subject, message, path string
		wantLine               string
	}{
		{"people killed", "plain message at b.md:3", "a.md",
			"::error file=a.md,line=1,col=1,title=crosscheck/count%3A people killed::plain message at b.md:3"},
		{"a:b,c", "x: 1, y: 2 at b.md:3", "dir,1/a:b.md",
			"::error file=dir%2C1/a%3Ab.md,line=1,col=1,title=crosscheck/count%3A a%3Ab%2Cc::x: 1, y: 2 at b.md:3"},
		{"100%", "up 50%25 at b.md:3", "%.md",
			"::error file=%25.md,line=1,col=1,title=crosscheck/count%3A 100%25::up 50%2525 at b.md:3"},
		{"two\nlines", "first\r\nsecond\rthird\nat b.md:3", "a\n.md",
			"::error file=a%0A.md,line=1,col=1,title=crosscheck/count%3A two%0Alines::first%0D%0Asecond%0Dthird%0Aat b.md:3"},
		{"x", "::warning file=evil::at b.md:3", "a.md",
			"::error file=a.md,line=1,col=1,title=crosscheck/count%3A x::::warning file=evil::at b.md:3"},
	}
	for _, tc := range tests {
		a := claims.Claim{Path: tc.path, Line: 1, Column: 1, Text: "1", Display: "1"}
		b := claims.Claim{Path: "b.md", Line: 3, Column: 1, Text: "2", Display: "2"}
		r := &report.Report{Findings: []compare.Finding{{Kind: claims.KindCount, Subject: tc.subject,
			Claims: [2]claims.Claim{a, b}, Message: tc.message, New: true}}}
		out := writeGitHub(t, r)
		if line, _, _ := strings.Cut(out, "\n"); line != tc.wantLine {
			t.Errorf("%q:\n got %s\nwant %s", tc.subject, line, tc.wantLine)
		}
		cmds := parseCommands(t, out)
		if len(cmds) != 1 {
			t.Fatalf("%q: %d commands", tc.subject, len(cmds))
		}
		if cmds[0].data != tc.message || cmds[0].props["file"] != tc.path ||
			cmds[0].props["title"] != "crosscheck/count: "+tc.subject {
			t.Errorf("%q: round trip gave %+v", tc.subject, cmds[0])
		}
	}
}

// TestWriteGitHubOtherSide checks that an annotation names the other claim's place, adding it
// when the message leaves it out.
func TestWriteGitHubOtherSide(t *testing.T) {
	a := claims.Claim{Path: "draft.md", Line: 2, Column: 4, Text: "12", Display: "12"}
	b := claims.Claim{Path: "archive/b.md", Line: 3, Column: 1, Text: "15", Display: "15"}
	tests := []struct{ message, want string }{
		{"12 against 15 at archive/b.md:3.", "12 against 15 at archive/b.md:3."},
		{"12 against 15 at archive/b.md:30.", `12 against 15 at archive/b.md:30. (other statement: "15" at archive/b.md:3)`},
		{"12 against 15.", `12 against 15. (other statement: "15" at archive/b.md:3)`},
		{"", `people injured: "12" at draft.md:2 and "15" at archive/b.md:3.`},
	}
	for _, tc := range tests {
		r := &report.Report{Findings: []compare.Finding{{Kind: claims.KindCount, Subject: "people injured",
			Claims: [2]claims.Claim{a, b}, Message: tc.message, New: true}}}
		cmds := parseCommands(t, writeGitHub(t, r))
		if len(cmds) != 1 || cmds[0].data != tc.want {
			t.Errorf("message %q: commands %+v, want data %q", tc.message, cmds, tc.want)
		}
	}
}

func TestWriteGitHubEmpty(t *testing.T) {
	if got, want := writeGitHub(t, &report.Report{Articles: 2, Claims: 5}), "5 claims in 2 articles, 0 contradictions: 0 new.\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
