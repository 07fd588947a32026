package article

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestMaskMarkdown(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"heading", "# Ferry sinks\n", "  Ferry sinks\n"},
		{"heading with closing hashes", "## Toll rises ##\n", "   Toll rises   \n"},
		{"hashtag is not a heading", "#Ferry\n", "#Ferry\n"},
		{"seven hashes are text", "####### x\n", "####### x\n"},
		{"emphasis", "**18** people *died* on _Saturday_.", "  18   people  died  on  Saturday ."},
		{"snake_case kept", "file_name_here and __bold__", "file_name_here and   bold  "},
		{"strikethrough and tilde", "~~300~~ ~310 people", "  300   ~310 people"},
		{"inline code", "run `go test` now", "run  go test  now"},
		{"double backtick code", "a ``x ` y`` b", "a   x ` y   b"},
		{"unclosed backtick", "a ` b", "a   b"},
		{"link", "said [the coast guard](https://example.org/a_(b)) today", "said  the coast guard                             today"},
		{"link with emphasis inside", "[**Port** Gazette](u)", "   Port   Gazette    "},
		{"reference link", "the [ferry][1] sank", "the  ferry     sank"},
		{"bracket without link", "he [the minister] said", "he [the minister] said"},
		{"image", "before ![a map](map.png) after", "before                   after"},
		{"exclamation kept", "Help! Now!", "Help! Now!"},
		{"footnote", "18 dead[^1].\n\n[^1]: Coast guard figure.\n", "18 dead    .\n\n      Coast guard figure.\n"},
		{"reference definition", "text\n\n[1]: https://example.org \"Title\"\n", "text\n\n                                \n"},
		{"bullets", "- one\n* two\n+ three\n", "  one\n  two\n  three\n"},
		{"minus sign kept", "-5 degrees", "-5 degrees"},
		{"ordered list", "1. first\n2. second\n10) tenth\n", "   first\n   second\n    tenth\n"},
		{"year ending a wrapped sentence", "The ferry was built in\n1998. It sank.\n", "The ferry was built in\n1998. It sank.\n"},
		{"ordered list after blank line", "Steps:\n\n3. third\n", "Steps:\n\n   third\n"},
		{"task list", "- [x] done\n", "      done\n"},
		{"blockquote", "> He said\n> > nested\n", "  He said\n    nested\n"},
		{"blockquote list", "> - item\n", "    item\n"},
		{"thematic break", "a\n\n---\n\n* * *\nb\n", "a\n\n   \n\n     \nb\n"},
		{"setext heading", "Ferry sinks\n===========\n", "Ferry sinks\n           \n"},
		{"fenced code", "a\n```go\nx := 1\n```\nb\n", "a\n     \n      \n   \nb\n"},
		{"tilde fence", "~~~\ncode\n~~~~\nafter\n", "   \n    \n    \nafter\n"},
		{"unclosed fence", "```\nx\ny", "   \n \n "},
		{"html comment", "a <!-- hidden --> b", "a                 b"},
		{"multi-line comment", "a <!-- one\ntwo --> b\n# c\n", "a         \n        b\n  c\n"},
		{"unclosed comment", "a <!-- one\ntwo\n", "a         \n   \n"},
		{"inline html", "a <span class=\"x\">b</span><br/>", "a                 b            "},
		{"autolink", "see <https://example.org>.", "see                      ."},
		{"less than kept", "a < b and 3<4", "a < b and 3<4"},
		{"escapes", `\*not emphasis\* and C:\dir`, ` *not emphasis * and C:\dir`},
		{"hard break backslash", "line\\\nnext", "line \nnext"},
		{"table", "| a | b |\n|---|:-:|\n| 1 | 2 |\n", "  a   b  \n         \n  1   2  \n"},
		{"CRLF", "# Title\r\n\r\n**x**\r\n", "  Title\r\n\r\n  x  \r\n"},
		{"link across lines", "[Port\nGazette](http://x) said", " Port\nGazette            said"},
		{"link stops at blank line", "[a\n\nb](x)", "[a\n\nb](x)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.want) != len(tt.src) {
				t.Fatalf("bad case: want has %d bytes, src %d", len(tt.want), len(tt.src))
			}
			buf := []byte(tt.src)
			maskMarkdown(buf, 0, lineStarts(tt.src, 0), 0)
			if got := string(buf); got != tt.want {
				t.Errorf("maskMarkdown(%q)\n got %q\nwant %q", tt.src, got, tt.want)
			}
		})
	}
}

func TestParseMarkdown(t *testing.T) {
	src := "---\n" +
		"title: \"Ferry Solenne capsizes\"\n" +
		"source: Port Gazette\n" +
		"url: https://example.org/ferry\n" +
		"tags: [ferry, strait]\n" +
		"published: 2026-07-11\n" +
		"---\n" +
		"# Ferry capsizes\n" +
		"\n" +
		"The ferry **MV Solenne** capsized with [412 people](https://example.org) on board.\n" +
		"Commander *Elena Varga* said 298 were missing.\n"
	a := mustParse(t, "news/d-01.md", src)
	want := struct{ Title, Source, URL string }{"Ferry Solenne capsizes", "Port Gazette", "https://example.org/ferry"}
	if diff := cmp.Diff(want, struct{ Title, Source, URL string }{a.Title, a.Source, a.URL}); diff != "" {
		t.Errorf("metadata (-want +got):\n%s", diff)
	}
	if !a.Dated || !a.Published.Equal(time.Date(2026, 7, 11, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Published = %v, Dated = %v", a.Published, a.Dated)
	}
	if len(a.Text) != len(src) {
		t.Fatalf("len(Text) = %d, want %d (same offsets as the file)", len(a.Text), len(src))
	}
	if strings.Contains(a.Text, "title") || strings.Contains(a.Text, "**") || strings.Contains(a.Text, "https") {
		t.Errorf("markup left in Text: %q", a.Text)
	}
	checkWords(t, a, src, "Ferry capsizes", "MV Solenne", "412 people", "Elena Varga", "298")
	checkLetters(t, a)
	if line, _ := a.Position(strings.Index(a.Text, "298")); line != 11 {
		t.Errorf("298 on line %d, want 11 (front matter lines counted)", line)
	}
}

func TestFrontMatter(t *testing.T) {
	day := time.Date(2026, 7, 11, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, src string
		title     string
		published time.Time
		dated     bool
		text      string // Text after the front matter
	}{
		{"ISO date", "---\npublished: 2026-07-11\n---\nx", "", day, true, "x"},
		{"RFC 3339", "---\npublished: 2026-07-11T08:00:00Z\n---\nx", "", day.Add(8 * time.Hour), true, "x"},
		{"month name first", "---\npublished: \"July 11, 2026\"\n---\nx", "", day, true, "x"},
		{"day first", "---\npublished: 11 July 2026\n---\nx", "", day, true, "x"},
		{"date key", "---\ndate: 2026-07-11\n---\nx", "", day, true, "x"},
		{"published wins over date", "---\ndate: 2020-01-01\npublished: 2026-07-11\n---\nx", "", day, true, "x"},
		{"capitalised keys", "---\nTitle: T\nPublished: 2026-07-11\n---\nx", "T", day, true, "x"},
		{"no date", "---\ntitle: T\n---\nx", "T", time.Time{}, false, "x"},
		{"empty date", "---\ntitle: T\npublished:\n---\nx", "T", time.Time{}, false, "x"},
		{"dots close", "---\ntitle: T\n...\nx", "T", time.Time{}, false, "x"},
		{"empty front matter", "---\n---\nx", "", time.Time{}, false, "x"},
		{"CRLF", "---\r\ntitle: T\r\npublished: 2026-07-11\r\n---\r\nx", "T", day, true, "x"},
		{"BOM", bom + "---\ntitle: T\n---\nx", "T", time.Time{}, false, "x"},
		{"not closed: Markdown rule", "---\nA rule, then prose.\n\nx", "", time.Time{}, false, "\nA rule, then prose.\n\nx"},
		{"scalar between rules is prose", "---\nJust prose\n---\nx", "", time.Time{}, false, "\nJust prose\n   \nx"},
		{"list title ignored", "---\ntitle: [a, b]\n---\nx", "", time.Time{}, false, "x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, "a.md", tt.src)
			if a.Title != tt.title || a.Dated != tt.dated || !a.Published.Equal(tt.published) {
				t.Errorf("title %q dated %v published %v; want %q %v %v", a.Title, a.Dated, a.Published, tt.title, tt.dated, tt.published)
			}
			if got := strings.TrimLeft(a.Text, " \r\n"); got != strings.TrimLeft(tt.text, " \n") {
				t.Errorf("Text = %q, want %q after blanks", a.Text, tt.text)
			}
			if len(a.Text) != len(strings.TrimPrefix(tt.src, bom)) {
				t.Errorf("len(Text) = %d, want %d", len(a.Text), len(tt.src))
			}
		})
	}
}

func TestFrontMatterErrors(t *testing.T) {
	tests := []struct {
		name, src string
		line      int
		msg       string
	}{
		{"unclosed flow list", "---\ntitle: a\nsource: [x\nurl: u\n---\nbody", 3, "front matter: yaml: did not find expected ',' or ']'"},
		{"colon in plain value", "---\ntitle: a\nsource: b\nnote: c: d\n---\nbody", 4, "front matter: yaml: mapping values are not allowed in this context"},
		{"bad indentation", "---\ntitle: a\n  source: b\n---\n", 3, "front matter: yaml: mapping values are not allowed in this context"},
		{"list item in mapping", "---\ntitle: a\n- b\n---\n", 3, "front matter: yaml: did not find expected key"},
		{"tab indentation", "---\n\ttitle: x\n---\n", 2, "front matter: yaml: found character that cannot start any token"},
		{"unterminated quote", "---\ntitle: a\nsource: \"Port\nurl: u\n---\n", 3, "front matter: yaml: found unexpected end of stream"},
		{"published not a date", "---\ntitle: x\n\npublished: soon\n---\nbody", 4, `front matter: "soon" is not a date`},
		{"date not a date", "---\ndate: 2026-13-45\n---\n", 2, `front matter: "2026-13-45" is not a date`},
		{"not closed after a key", "---\ntitle: T\npublished: 2026-07-11\n\nx", 1, `front matter opened here is never closed (end it with a line "---")`},
		{"published is a list", "---\npublished:\n  - 2026-07-11\n---\n", 3, `front matter: published must be one date, not a list or mapping (2026-07-11)`},
		{"after BOM and CRLF", bom + "---\r\ntitle: a\r\npublished: later\r\n---\r\n", 3, `front matter: "later" is not a date`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("story/a.md", []byte(tt.src))
			var got *Error
			if !errors.As(err, &got) {
				t.Fatalf("Parse error = %v, want *Error", err)
			}
			want := &Error{Path: "story/a.md", Line: tt.line, Msg: tt.msg}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMarkdownKeepsOffsets checks the masking invariants on a document that
// uses every construct: same length, newlines in place, and every byte
// either kept or turned into a space.
func TestMarkdownKeepsOffsets(t *testing.T) {
	src := markdownSample(1)
	a := mustParse(t, "a.md", src)
	if len(a.Text) != len(src) {
		t.Fatalf("len(Text) = %d, want %d", len(a.Text), len(src))
	}
	for i := range len(src) {
		c, d := a.Text[i], src[i]
		if (c == '\n') != (d == '\n') || (c != d && c != ' ') {
			t.Fatalf("Text[%d] = %q, file has %q", i, c, d)
		}
	}
	checkLetters(t, a)
}
