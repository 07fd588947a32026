package report_test

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/compare"
	"github.com/crosscheck-news/crosscheck/internal/report"
)

// TestCIGolden compares the SARIF, GitHub and Markdown printers with their golden files, and
// checks that two runs over one input print the same bytes.
func TestCIGolden(t *testing.T) {
	printers := []struct {
		ext   string
		write func(io.Writer, *report.Report) error
	}{
		{"sarif", report.WriteSARIF},
		{"github", report.WriteGitHub},
		{"md", report.WriteMarkdown},
	}
	reports := []struct {
		name string
		r    func() *report.Report
	}{
		{"report", fixedReport},
		{"drafts", draftsReport},
		{"empty", func() *report.Report { return &report.Report{Articles: 3, Claims: 12} }},
	}
	for _, rep := range reports {
		for _, p := range printers {
			name := rep.name + "." + p.ext
			t.Run(name, func(t *testing.T) {
				var first, second bytes.Buffer
				if err := p.write(&first, rep.r()); err != nil {
					t.Fatal(err)
				}
				if err := p.write(&second, rep.r()); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(first.Bytes(), second.Bytes()) {
					t.Errorf("two runs over one input printed different bytes:\n%s\n---\n%s", first.Bytes(), second.Bytes())
				}
				golden(t, name, first.Bytes())
			})
		}
	}
}

func TestPrintersRejectNil(t *testing.T) {
	for name, write := range map[string]func(io.Writer, *report.Report) error{
		"sarif": report.WriteSARIF, "github": report.WriteGitHub, "markdown": report.WriteMarkdown,
	} {
		var buf bytes.Buffer
		if err := write(&buf, nil); err == nil {
			t.Errorf("%s: no error for a nil report", name)
		}
		if buf.Len() != 0 {
			t.Errorf("%s: printed %q for a nil report", name, buf.String())
		}
	}
}

func writeMarkdown(t testing.TB, r *report.Report) string {
	t.Helper()
	var buf bytes.Buffer
	if err := report.WriteMarkdown(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// splitRow splits a GitHub-flavoured table row into cells as GitHub does: at pipes not written
// as "\|", dropping the outer pipes; "\|" in a cell reads as "|".
func splitRow(line string) []string {
	line = strings.TrimSuffix(strings.TrimPrefix(line, "|"), "|")
	var cells []string
	var cell strings.Builder
	for i := 0; i < len(line); i++ {
		switch {
		case line[i] == '\\' && i+1 < len(line) && line[i+1] == '|':
			cell.WriteByte('|')
			i++
		case line[i] == '|':
			cells = append(cells, strings.TrimSpace(cell.String()))
			cell.Reset()
		default:
			cell.WriteByte(line[i])
		}
	}
	return append(cells, strings.TrimSpace(cell.String()))
}

// codeSpanText returns what a code span renders as, following CommonMark: the text between
// matching backtick fences, less one space each side when both sides have one.
func codeSpanText(t testing.TB, s string) string {
	t.Helper()
	n := len(s) - len(strings.TrimLeft(s, "`"))
	fence := strings.Repeat("`", n)
	if n == 0 || !strings.HasSuffix(s, fence) || len(s) < 2*n {
		t.Fatalf("%q is not a code span", s)
	}
	inner := s[n : len(s)-n]
	if strings.Contains(inner, fence) && !strings.Contains(inner, fence+"`") {
		t.Fatalf("%q closes early", s)
	}
	if len(inner) >= 2 && inner[0] == ' ' && inner[len(inner)-1] == ' ' && strings.Trim(inner, " ") != "" {
		inner = inner[1 : len(inner)-1]
	}
	return inner
}

// tableRows returns the cells of each body row of the findings table.
func tableRows(t testing.TB, out string) [][]string {
	t.Helper()
	lines := strings.Split(out, "\n")
	start := -1
	for i, l := range lines {
		if l == "| Subject | Kind | Values | Where | Quotes |" {
			start = i
		}
	}
	if start < 0 || start+1 >= len(lines) || lines[start+1] != "| --- | --- | --- | --- | --- |" {
		t.Fatalf("no table header:\n%s", out)
	}
	var rows [][]string
	for _, l := range lines[start+2:] {
		if !strings.HasPrefix(l, "|") {
			break
		}
		cells := splitRow(l)
		if len(cells) != 5 {
			t.Fatalf("row of %d cells: %q", len(cells), l)
		}
		rows = append(rows, cells)
	}
	return rows
}

func TestWriteMarkdownEmpty(t *testing.T) {
	got := writeMarkdown(t, &report.Report{Articles: 3, Claims: 12})
	want := "## crosscheck\n\n12 claims in 3 articles, 0 contradictions: 0 new.\n\nNo contradictions.\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestWriteMarkdownTable(t *testing.T) {
	r := fixedReport()
	out := writeMarkdown(t, r)
	if !strings.HasPrefix(out, "## crosscheck\n\n37 claims in 4 articles, 2 contradictions: 1 new, 1 held back by the baseline.\n\n") {
		t.Errorf("heading and summary:\n%s", out)
	}
	rows := tableRows(t, out)
	if len(rows) != len(r.Findings) {
		t.Fatalf("%d rows for %d findings", len(rows), len(r.Findings))
	}
	for i, row := range rows {
		f := r.Findings[i]
		subject := f.Subject
		if !f.New {
			subject += " (known)"
		}
		if row[0] != subject || row[1] != string(f.Kind) {
			t.Errorf("row %d: subject %q kind %q", i, row[0], row[1])
		}
		values := strings.Split(row[2], "<br>")
		quotes := strings.Split(row[4], "<br>")
		if len(values) != 2 || len(quotes) != 2 {
			t.Fatalf("row %d: values %q quotes %q", i, row[2], row[4])
		}
		if diff := cmp.Diff(strings.Split(strings.ReplaceAll(row[3], `\_`, "_"), "<br>"),
			[]string{f.Claims[0].Path + ":" + strconv.Itoa(f.Claims[0].Line), f.Claims[1].Path + ":" + strconv.Itoa(f.Claims[1].Line)}); diff != "" {
			t.Errorf("row %d: where (-got +want):\n%s", i, diff)
		}
		for j, c := range f.Claims {
			if got := codeSpanText(t, values[j]); got != c.Display {
				t.Errorf("row %d: value %q, want %q", i, got, c.Display)
			}
			q := codeSpanText(t, quotes[j])
			if n := utf8.RuneCountInString(q); n > 64 {
				t.Errorf("row %d: quote of %d characters", i, n)
			}
			if !strings.Contains(q, c.Text) {
				t.Errorf("row %d: quote %q lost the mention %q", i, q, c.Text)
			}
			if utf8.RuneCountInString(c.Quote) <= 64 && q != c.Quote {
				t.Errorf("row %d: short quote %q printed as %q", i, c.Quote, q)
			}
			if utf8.RuneCountInString(c.Quote) > 64 && !strings.Contains(q, "…") {
				t.Errorf("row %d: long quote %q shortened without an ellipsis: %q", i, c.Quote, q)
			}
		}
	}
}

// TestWriteMarkdownEscaping checks that pipes, line breaks, backticks and markup in article text
// neither break the table nor render.
func TestWriteMarkdownEscaping(t *testing.T) {
	r := awkwardReport()
	out := writeMarkdown(t, r)
	rows := tableRows(t, out)
	if len(rows) != 2 {
		t.Fatalf("%d rows:\n%s", len(rows), out)
	}
	if rows[0][0] != "people | killed" {
		t.Errorf("subject cell %q", rows[0][0])
	}
	quotes := strings.Split(rows[0][4], "<br>")
	if got, want := codeSpanText(t, quotes[0]), "Officials | said `more than 50,000` died."; got != want {
		t.Errorf("quote %q, want %q", got, want)
	}
	if got, want := codeSpanText(t, quotes[1]), "The toll: 48,200 <b>& rising</b> @desk"; got != want {
		t.Errorf("quote %q, want %q", got, want)
	}
	// Outside code spans, markup is escaped.
	where := rows[0][3]
	if !strings.Contains(where, `c:drafts/Dépêche, 1 | final.md:4`) || !strings.Contains(where, `archive\\100% sure.md:0`) {
		t.Errorf("where cell %q", where)
	}
	if rows[1][1] != "head count" || rows[1][0] != "" {
		t.Errorf("second row %q", rows[1])
	}
}

func TestCodeSpans(t *testing.T) {
	tests := []struct{ text, want string }{
		{"plain", "`plain`"},
		{"a `tick`", "`` a `tick` ``"},
		{"`start", "`` `start ``"},
		{"``double`` and `single`", "``` ``double`` and `single` ```"},
		{" both ", "`  both  `"},
		{" left", "` left`"},
		{"a|b", "`a\\|b`"},
		{"line\nbreak\r\nhere", "`line break here`"},
	}
	for _, tc := range tests {
		c := claims.Claim{Path: "a.md", Line: 1, Column: 1, Text: "x", Quote: tc.text, Display: "1"}
		r := &report.Report{Findings: []compare.Finding{{Kind: claims.KindCount, Subject: "s", Claims: [2]claims.Claim{c, c}, New: true}}}
		rows := tableRows(t, writeMarkdown(t, r))
		line := strings.TrimSuffix(rowLine(t, writeMarkdown(t, r)), " |")
		raw, _, _ := strings.Cut(line[strings.LastIndex(line, " | ")+3:], "<br>")
		if raw != tc.want {
			t.Errorf("%q: code span %s, want %s", tc.text, raw, tc.want)
		}
		want := strings.NewReplacer("\r\n", " ", "\n", " ").Replace(tc.text)
		if got := codeSpanText(t, strings.Split(rows[0][4], "<br>")[0]); got != want {
			t.Errorf("%q: renders as %q, want %q", tc.text, got, want)
		}
	}
}

// rowLine returns the first body row of the findings table as written.
func rowLine(t testing.TB, out string) string {
	t.Helper()
	_, after, ok := strings.Cut(out, "| --- | --- | --- | --- | --- |\n")
	if !ok {
		t.Fatalf("no table:\n%s", out)
	}
	line, _, _ := strings.Cut(after, "\n")
	return line
}

func TestWriteMarkdownDrafts(t *testing.T) {
	r := draftsReport()
	out := writeMarkdown(t, r)
	var firsts []string
	for _, row := range tableRows(t, out) {
		w, _, _ := strings.Cut(row[3], "<br>")
		firsts = append(firsts, w)
	}
	if diff := cmp.Diff([]string{"dev/b.md:3", "dev/c.md:7"}, firsts); diff != "" {
		t.Errorf("draft-side claims first (-want +got):\n%s", diff)
	}
	if !strings.Contains(out, "\nStale baseline entries:\n\n- count people injured: 12 vs 15 (dev/old.md)\n") {
		t.Errorf("no stale entries:\n%s", out)
	}
	r.Verbose = false
	if out := writeMarkdown(t, r); strings.Contains(out, "Stale") {
		t.Errorf("stale entries without verbose:\n%s", out)
	}
}
