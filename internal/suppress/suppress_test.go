package suppress

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// silencedLines returns the lines of text that Parse's rules silence for one finding, probing
// one line before and after the file too.
func silencedLines(text, kind, subject string) []int {
	lines := strings.Split(text, "\n")
	r := Parse(lines)
	var got []int
	for l := -1; l <= len(lines)+2; l++ {
		if r.Silences(l, kind, subject) {
			got = append(got, l)
		}
	}
	return got
}

func TestSilences(t *testing.T) {
	const (
		killed  = "people killed in the ferry sinking"
		injured = "people injured in the ferry sinking"
	)
	cases := []struct {
		name          string
		text          string
		kind, subject string
		want          []int
	}{
		{
			name: "plain ignore silences the next paragraph only",
			text: "Intro with 12 dead.\n\n<!-- crosscheck-ignore -->\nAt least 18 died,\nofficials said.\n\nLater 25 died.\n",
			kind: "count", subject: killed,
			want: []int{4, 5},
		},
		{
			name: "blank lines between comment and paragraph",
			text: "<!-- crosscheck-ignore -->\n\n  \nAt least 18 died.\nMore text.\n\nNext paragraph.",
			kind: "count", subject: killed,
			want: []int{4, 5},
		},
		{
			name: "comment inside a paragraph covers the rest of it",
			text: "First line.\n<!-- crosscheck-ignore -->\nSecond line.\nThird line.\n\nFourth.",
			kind: "count", subject: killed,
			want: []int{3, 4},
		},
		{
			name: "comment at the end of the file",
			text: "At least 18 died.\n\n<!-- crosscheck-ignore -->\n\n",
			kind: "count", subject: killed,
			want: nil,
		},
		{
			name: "targeted by kind: matching kind",
			text: "<!-- crosscheck-ignore count -->\nAt least 18 died on Monday.\n",
			kind: "count", subject: killed,
			want: []int{2},
		},
		{
			name: "targeted by kind: other kind",
			text: "<!-- crosscheck-ignore count -->\nAt least 18 died on Monday.\n",
			kind: "weekday", subject: "day the ferry sank",
			want: nil,
		},
		{
			name: "targeted by subject text",
			text: "<!-- crosscheck-ignore people killed -->\nAt least 18 died and 40 were hurt.\n",
			kind: "count", subject: "People Killed in the ferry sinking",
			want: []int{2},
		},
		{
			name: "targeted by subject text: other subject",
			text: "<!-- crosscheck-ignore people killed -->\nAt least 18 died and 40 were hurt.\n",
			kind: "count", subject: injured,
			want: nil,
		},
		{
			name: "alternatives: kind",
			text: "<!-- crosscheck-ignore date,   People   KILLED -->\nOn July 11, 18 died.\n",
			kind: "date", subject: "day the ferry sank",
			want: []int{2},
		},
		{
			name: "alternatives: subject",
			text: "<!-- crosscheck-ignore date,   People   KILLED -->\nOn July 11, 18 died.\n",
			kind: "count", subject: killed,
			want: []int{2},
		},
		{
			name: "alternatives: neither",
			text: "<!-- crosscheck-ignore date,   People   KILLED -->\nOn July 11, 18 died.\n",
			kind: "count", subject: injured,
			want: nil,
		},
		{
			name: "kind word does not match part of a kind",
			text: "<!-- crosscheck-ignore dat -->\nOn July 11, 18 died.\n",
			kind: "date", subject: "day the ferry sank",
			want: nil,
		},
		{
			name: "two comments in a row: the first covers the second's paragraph",
			text: "<!-- crosscheck-ignore count -->\n<!-- crosscheck-ignore date -->\nOn July 11, 18 died.\n\nMore.",
			kind: "count", subject: killed,
			want: []int{2, 3},
		},
		{
			name: "two comments in a row: the second",
			text: "<!-- crosscheck-ignore count -->\n<!-- crosscheck-ignore date -->\nOn July 11, 18 died.\n\nMore.",
			kind: "date", subject: "day",
			want: []int{3},
		},
		{
			name: "two comments on one line",
			text: "<!-- crosscheck-ignore count --> <!-- crosscheck-ignore date -->\nOn July 11, 18 died.\n\nMore.",
			kind: "date", subject: "day",
			want: []int{2},
		},
		{
			name: "off and on",
			text: "Before: 12.\n<!-- crosscheck off -->\nInside: 18.\n\nStill inside: 20.\n<!-- crosscheck on -->\nAfter: 25.\n",
			kind: "count", subject: killed,
			want: []int{3, 5},
		},
		{
			name: "unclosed off runs to the end",
			text: "Before: 12.\n<!-- crosscheck off -->\nInside: 18.\n\nStill inside: 20.\nLast line",
			kind: "date", subject: "anything",
			want: []int{3, 5, 6},
		},
		{
			name: "on without off does nothing",
			text: "Before: 12.\n<!-- crosscheck on -->\nAfter: 18.",
			kind: "count", subject: killed,
			want: nil,
		},
		{
			name: "off twice, one on",
			text: "<!-- crosscheck off -->\nA 1.\n<!-- crosscheck off -->\nB 2.\n<!-- crosscheck on -->\nC 3.",
			kind: "count", subject: killed,
			want: []int{2, 4},
		},
		{
			name: "off and on sharing lines with text",
			text: "Kept 1. <!-- crosscheck off -->\nGone 2.\nGone 3. <!-- crosscheck on --> and this too\n<!-- crosscheck on -->\n<!-- crosscheck off --> Gone 5.\n<!-- crosscheck on --> Kept 6.\nKept 7.",
			kind: "count", subject: killed,
			want: []int{2, 3, 5},
		},
		{
			name: "off and on on one line silence the text between",
			text: "Kept 1 <!-- crosscheck off --> gone <!-- crosscheck on --> kept\nKept 2.",
			kind: "count", subject: killed,
			want: []int{1},
		},
		{
			name: "comment sharing a line with text after it",
			text: "Opening line.\n<!-- crosscheck-ignore --> At least 18 died\nin the sinking.\n\nNext: 20.",
			kind: "count", subject: killed,
			want: []int{1, 2, 3},
		},
		{
			name: "comment sharing a line with text before it",
			text: "Intro.\n\nAt least 18 died. <!-- crosscheck-ignore count -->\nMore.\n\nNext: 20.",
			kind: "count", subject: killed,
			want: []int{3, 4},
		},
		{
			name: "CRLF lines",
			text: "Intro 1.\r\n\r\n<!-- crosscheck-ignore -->\r\nAt least 18 died,\r\nofficials said.\r\n\r\nLater 25 died.\r\n<!-- crosscheck off -->\r\nGone 9.\r\n",
			kind: "count", subject: killed,
			want: []int{4, 5, 9},
		},
		{
			name: "mixed case and spacing",
			text: "<!--CrossCheck-IGNORE   Count-->\nA 1.\n\n<!--   CROSSCHECK   OFF   -->\nB 2.\n<!--crosscheck On-->\nC 3.\n\n<!-- crosscheck - ignore -->\nD 4.\n\n<!-- crosscheck ignore -->\nE 5.",
			kind: "count", subject: killed,
			want: []int{2, 5, 10, 13},
		},
		{
			name: "malformed comments have no effect",
			text: "<!-- crosscheck-ignore\nA 1.\n\n<!-- crosscheck-ignored -->\nB 2.\n\n<!-- crosscheck of -->\nC 3.\n\n<-- crosscheck-ignore -->\nD 4.\n\n" +
				"<!-- crosscheck-ignore , -->\nE 5.\n\n<!-- crosscheckignore -->\nF 6.\n\n<!-- crosscheck-ignore\n-->\nG 7.\n\n<!-- crosscheck -->\nH 8.\n\n<!-- crosscheck-ignore-count -->\nI 9.\n\n<! -- crosscheck off -->\nJ 10.",
			kind: "count", subject: killed,
			want: nil,
		},
		{
			name: "markup around a comment is not text",
			text: "<p><!-- crosscheck-ignore --></p>\n<p>18 died</p>\n<p>20 hurt</p>\n\n<p>25 died</p>\n\n- <!-- crosscheck-ignore -->\n- 30 died\n\n> <!-- note --> <!-- crosscheck-ignore -->\n> 40 died",
			kind: "count", subject: killed,
			want: []int{2, 3, 8, 11},
		},
		{
			name: "blank lines inside an off region are not silenced",
			text: "<!-- crosscheck off -->\nA 1.\n\n   \nB 2.",
			kind: "count", subject: killed,
			want: []int{2, 5},
		},
		{
			name: "byte order mark before the comment",
			text: "\ufeff<!-- crosscheck-ignore -->\nA 1.\n\nB 2.",
			kind: "count", subject: killed,
			want: []int{2},
		},
		{
			name: "no comments",
			text: "At least 18 died.\n\nLater 20.",
			kind: "count", subject: killed,
			want: nil,
		},
		{
			name: "empty file",
			text: "",
			kind: "count", subject: killed,
			want: nil,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := silencedLines(c.text, c.kind, c.subject)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("silenced lines for %s %q (-want +got):\n%s\ntext:\n%s", c.kind, c.subject, diff, c.text)
			}
		})
	}
}

func TestSet(t *testing.T) {
	s := Set{
		"desk/a.md":  Parse([]string{"<!-- crosscheck-ignore -->", "18 died."}),
		"desk/b.txt": Parse([]string{"18 died."}),
	}
	cases := []struct {
		path string
		line int
		want bool
	}{
		{"desk/a.md", 2, true},
		{"desk/a.md", 1, false},
		{"desk/a.md", 3, false},
		{"desk/b.txt", 1, false},
		{"desk/c.md", 2, false},
		{"./desk/a.md", 2, false}, // paths are compared as given
	}
	for _, c := range cases {
		if got := s.Silences(c.path, c.line, "count", "people killed"); got != c.want {
			t.Errorf("Silences(%q, %d) = %v, want %v", c.path, c.line, got, c.want)
		}
	}
	var none Set
	if none.Silences("desk/a.md", 2, "count", "") {
		t.Error("a nil Set silences nothing")
	}
	var zero Rules
	if zero.Silences(1, "count", "") {
		t.Error("zero Rules silence nothing")
	}
}

func FuzzParse(f *testing.F) {
	f.Add("<!-- crosscheck-ignore -->\nA 1.\n\nB 2.", 2, "count", "people killed")
	f.Add("x <!-- crosscheck off --> y\n\n<!-- crosscheck on -->", 1, "date", "")
	f.Add("<!-- crosscheck-ignore date, people -->\r\nA\r\n", 2, "date", "People")
	f.Add("<!--CROSSCHECK-IGNORE-->x<!--crosscheck off--><p>", 1, "", "")
	f.Add("\ufeff<!-- crosscheck-ignore , -->\n<!-- crosscheck-ignore", 2, "name", "x")
	f.Fuzz(func(t *testing.T, text string, probe int, kind, subject string) {
		lines := strings.Split(text, "\n")
		r := Parse(lines)
		crlf := make([]string, len(lines))
		for i, l := range lines {
			crlf[i] = l + "\r"
		}
		rc := Parse(crlf)
		mentions := strings.Contains(strings.ToLower(text), "crosscheck")
		for _, l := range []int{probe, -probe, 0, -1, len(lines) + 1, 1 << 30, -(1 << 30)} {
			if r.Silences(l, kind, subject) && (l < 1 || l > len(lines)) {
				t.Fatalf("line %d outside the file's %d lines is silenced", l, len(lines))
			}
		}
		for l := 1; l <= len(lines); l++ {
			got := r.Silences(l, kind, subject)
			if got && strings.TrimSpace(lines[l-1]) == "" {
				t.Fatalf("blank line %d is silenced", l)
			}
			if got && !mentions {
				t.Fatalf("line %d is silenced without any crosscheck comment", l)
			}
			if got && !r.Silences(l, kind, subject+" and more") {
				t.Fatalf("line %d: a longer subject escapes a match of %q", l, subject)
			}
			if rc.Silences(l, kind, subject) != got {
				t.Fatalf("line %d: carriage returns change the answer", l)
			}
			if !got && r.Silences(l, kind, subject) {
				t.Fatalf("line %d: answers differ between calls", l)
			}
		}
	})
}

// BenchmarkParse parses an article of 1,000 paragraphs, one in ten with a comment, and asks
// about every line.
func BenchmarkParse(b *testing.B) {
	var lines []string
	for i := range 1000 {
		switch i % 10 {
		case 3:
			lines = append(lines, "<!-- crosscheck-ignore count, people killed -->")
		case 7:
			lines = append(lines, "<!-- crosscheck off -->", "Inside 1.", "<!-- crosscheck on -->")
		}
		lines = append(lines, "At least 18 people died when the ferry sank,", "officials said on Monday.", "")
	}
	b.ResetTimer()
	for b.Loop() {
		r := Parse(lines)
		for l := 1; l <= len(lines); l++ {
			r.Silences(l, "count", "people injured in the sinking")
		}
	}
}
