package article

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// mustParse parses src as the file name and fails the test on error.
func mustParse(t *testing.T, name, src string) *Article {
	t.Helper()
	a, err := Parse(name, []byte(src))
	if err != nil {
		t.Fatalf("Parse(%q): %v", name, err)
	}
	return a
}

// fileLines splits a file into its lines as an editor shows them.
func fileLines(src string) []string {
	src = strings.TrimPrefix(src, bom)
	lines := strings.Split(src, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(l, "\r")
	}
	return lines
}

// checkWords asserts that every occurrence of every word in Text maps to a
// file line and column where that same word is written.
func checkWords(t *testing.T, a *Article, src string, words ...string) {
	t.Helper()
	lines := fileLines(src)
	for _, w := range words {
		found := 0
		for from := 0; ; {
			i := strings.Index(a.Text[from:], w)
			if i < 0 {
				break
			}
			off := from + i
			from = off + len(w)
			found++
			line, col := a.Position(off)
			if line < 1 || line > len(lines) {
				t.Errorf("%s: Position(%d) for %q = line %d, file has %d lines", a.Path, off, w, line, len(lines))
				continue
			}
			got := a.LineText(line)
			if got != lines[line-1] {
				t.Errorf("%s: LineText(%d) = %q, want %q", a.Path, line, got, lines[line-1])
			}
			runes := []rune(got)
			if col < 1 || col-1 > len(runes) || !strings.HasPrefix(string(runes[col-1:]), w) {
				t.Errorf("%s: %q at Text offset %d maps to %d:%d, where the line reads %q", a.Path, w, off, line, col, got)
			}
		}
		if found == 0 {
			t.Errorf("%s: %q not in Text %q", a.Path, w, a.Text)
		}
	}
}

// checkLetters asserts that every ASCII letter and digit of Text maps to the
// same character in the file.
func checkLetters(t *testing.T, a *Article) {
	t.Helper()
	for off := 0; off < len(a.Text); off++ {
		c := a.Text[off]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			continue
		}
		line, col := a.Position(off)
		runes := []rune(a.LineText(line))
		if col < 1 || col > len(runes) || runes[col-1] != rune(c) {
			t.Fatalf("%s: Text[%d] = %q maps to %d:%d in line %q", a.Path, off, c, line, col, a.LineText(line))
		}
	}
}

func TestParsePlainText(t *testing.T) {
	tests := []struct {
		name, src string
		wantText  string
		words     []string
	}{
		{
			name:     "simple",
			src:      "Ferry sinks\nAt least 18 people died, officials said.\n",
			wantText: "Ferry sinks\nAt least 18 people died, officials said.\n",
			words:    []string{"Ferry", "18 people", "officials said"},
		},
		{
			name:     "CRLF",
			src:      "Ferry sinks\r\n\r\nAt least 18 people died.\r\nDivers searched for 298.",
			wantText: "Ferry sinks\r\n\r\nAt least 18 people died.\r\nDivers searched for 298.",
			words:    []string{"Ferry", "18 people", "298"},
		},
		{
			name:     "BOM",
			src:      bom + "Ferry sinks\nAt least 18 people died.",
			wantText: "Ferry sinks\nAt least 18 people died.",
			words:    []string{"Ferry", "18 people"},
		},
		{
			name:     "multibyte columns",
			src:      "Şahin said — “12 killed”\nMinister Çelik: 1.5 million",
			wantText: "Şahin said — “12 killed”\nMinister Çelik: 1.5 million",
			words:    []string{"Şahin", "said", "12 killed", "Çelik", "1.5 million"},
		},
		{
			name:     "empty",
			src:      "",
			wantText: "",
		},
		{
			name:     "Markdown front matter is text in a .txt file",
			src:      "---\ntitle: x\n---\nBody 7.",
			wantText: "---\ntitle: x\n---\nBody 7.",
			words:    []string{"title", "Body 7"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, "story.txt", tt.src)
			if a.Format != FormatText {
				t.Errorf("Format = %v, want text", a.Format)
			}
			if a.Text != tt.wantText {
				t.Errorf("Text = %q, want %q", a.Text, tt.wantText)
			}
			checkWords(t, a, tt.src, tt.words...)
			checkLetters(t, a)
			if a.Dated || !a.Published.IsZero() {
				t.Errorf("plain text is dated: %v", a.Published)
			}
		})
	}
}

func TestPositionColumnsAndEnds(t *testing.T) {
	src := bom + "ab\r\nçd\n\nxyz"
	a := mustParse(t, "a.txt", src)
	// Text is "ab\r\nçd\n\nxyz"; offsets are bytes, columns are characters.
	tests := []struct {
		off, line, col int
	}{
		{-5, 1, 1}, // clamped
		{0, 1, 1},
		{1, 1, 2},
		{2, 1, 3}, // the \r ends line 1
		{3, 1, 4},
		{4, 2, 1},
		{6, 2, 2}, // after the two-byte ç
		{7, 2, 3},
		{8, 3, 1},
		{9, 4, 1},
		{12, 4, 4}, // end of Text
		{99, 4, 4}, // clamped
	}
	for _, tt := range tests {
		line, col := a.Position(tt.off)
		if line != tt.line || col != tt.col {
			t.Errorf("Position(%d) = %d:%d, want %d:%d", tt.off, line, col, tt.line, tt.col)
		}
	}
	wantLines := []string{"", "ab", "çd", "", "xyz", ""}
	for line, want := range wantLines {
		if got := a.LineText(line); got != want {
			t.Errorf("LineText(%d) = %q, want %q", line, got, want)
		}
	}
	if a.Lines() != 4 {
		t.Errorf("Lines() = %d, want 4", a.Lines())
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, path string
		src        []byte
		want       *Error
	}{
		{"NUL byte", "a.txt", []byte("Ferry\x00sank"), &Error{Path: "a.txt", Msg: "binary file, not an article"}},
		{"UTF-16 with a byte order mark", "a.txt", []byte("\xff\xfeF\x00e\x00r\x00"), &Error{Path: "a.txt", Msg: "UTF-16 text; save the file as UTF-8"}},
		{"control bytes", "a.md", []byte(strings.Repeat("\x01\x02\x03ab", 100)), &Error{Path: "a.md", Msg: "binary file, not an article"}},
		{"mostly invalid UTF-8", "a.html", []byte(strings.Repeat("\xff\xfe\xfa", 50)), &Error{Path: "a.html", Msg: "binary file, not an article"}},
		{"invalid UTF-8 on line 3", "a.txt", []byte("one\ntwo\nth\xffree\nfour\n"), &Error{Path: "a.txt", Line: 3, Msg: "invalid UTF-8"}},
		{"truncated rune on line 1", "a.md", []byte("Ferry \xc3"), &Error{Path: "a.md", Line: 1, Msg: "invalid UTF-8"}},
		{"Latin-1 after front matter", "a.md", []byte("---\ntitle: x\n---\nCaf\xe9 owner said.\n"), &Error{Path: "a.md", Line: 4, Msg: "invalid UTF-8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse(tt.path, tt.src)
			if a != nil {
				t.Errorf("Parse returned an article with the error")
			}
			var got *Error
			if !errors.As(err, &got) {
				t.Fatalf("Parse error = %v (%T), want *Error", err, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestErrorString(t *testing.T) {
	tests := []struct {
		err  Error
		want string
	}{
		{Error{Path: "a/b.md", Line: 4, Msg: "invalid UTF-8"}, "a/b.md:4: invalid UTF-8"},
		{Error{Path: "a/b.md", Msg: "binary file, not an article"}, "a/b.md: binary file, not an article"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func TestFormatOf(t *testing.T) {
	tests := map[string]Format{
		"a.md": FormatMarkdown, "A.MARKDOWN": FormatMarkdown, "x/y.Md": FormatMarkdown,
		"a.html": FormatHTML, "a.HTM": FormatHTML,
		"a.txt": FormatText, "a": FormatText, "a.rst": FormatText, "md": FormatText,
	}
	for path, want := range tests {
		if got := FormatOf(path); got != want {
			t.Errorf("FormatOf(%q) = %v, want %v", path, got, want)
		}
	}
}

func TestRead(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	md := write("a.md", "---\ntitle: Ferry\npublished: 2026-07-11\n---\n# Ferry sinks\n\n**18** dead.\n")
	a, err := Read(md)
	if err != nil {
		t.Fatal(err)
	}
	if a.Path != md || a.Title != "Ferry" || !a.Dated || a.Format != FormatMarkdown {
		t.Errorf("Read(%q) = path %q title %q dated %v format %v", md, a.Path, a.Title, a.Dated, a.Format)
	}
	checkWords(t, a, "---\ntitle: Ferry\npublished: 2026-07-11\n---\n# Ferry sinks\n\n**18** dead.\n", "Ferry sinks", "18", "dead")

	old := MaxSize
	t.Cleanup(func() { MaxSize = old })
	MaxSize = 1 << 20
	big := write("big.txt", strings.Repeat("x", 3<<19))
	_, err = Read(big)
	want := &Error{Path: big, Msg: "file too large (1.5 MiB; limit 1 MiB)"}
	var got *Error
	if !errors.As(err, &got) || *got != *want {
		t.Errorf("Read(big) error = %v, want %v", err, want)
	}
	MaxSize = old

	missing := filepath.Join(dir, "missing.md")
	_, err = Read(missing)
	if !errors.As(err, &got) || *got != (Error{Path: missing, Msg: "no such file or directory"}) {
		t.Errorf("Read(missing) error = %v", err)
	}
	_, err = Read(dir)
	if !errors.As(err, &got) || got.Path != dir || got.Line != 0 {
		t.Errorf("Read(dir) error = %v, want *Error for the folder", err)
	}
	if os.Geteuid() != 0 {
		locked := write("locked.md", "text")
		if err := os.Chmod(locked, 0); err != nil {
			t.Fatal(err)
		}
		_, err = Read(locked)
		if !errors.As(err, &got) || got.Msg != "permission denied" {
			t.Errorf("Read(unreadable) error = %v, want permission denied", err)
		}
	}
}

// TestSharedCorpus parses the evaluation articles and checks that line
// mapping and metadata hold on real copy.
func TestSharedCorpus(t *testing.T) {
	var files []string
	for _, dir := range []string{"../../../shared/eval/dev", "../../../shared/eval/seeds"} {
		if _, err := os.Stat(dir); err != nil {
			continue
		}
		list, err := Expand([]string{dir})
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, list...)
	}
	if len(files) == 0 {
		t.Skip("shared evaluation corpus not present")
	}
	for _, path := range files {
		a, err := Read(path)
		if err != nil {
			t.Errorf("Read(%s): %v", path, err)
			continue
		}
		raw, _ := os.ReadFile(path)
		lines := fileLines(string(raw))
		for i, want := range lines {
			if got := a.LineText(i + 1); got != want {
				t.Errorf("%s: LineText(%d) = %q, want %q", path, i+1, got, want)
			}
		}
		checkLetters(t, a)
		if a.Format == FormatMarkdown && (!a.Dated || a.Title == "") {
			t.Errorf("%s: front matter not read: title %q dated %v", path, a.Title, a.Dated)
		}
		if strings.Contains(a.Text, "published:") {
			t.Errorf("%s: front matter left in Text", path)
		}
	}
}

func TestParseDate(t *testing.T) {
	want := time.Date(2026, 7, 11, 0, 0, 0, 0, time.UTC)
	for _, s := range []string{"2026-07-11", "July 11, 2026", "11 July 2026", "Jul 11, 2026", " 2026-07-11 ", "Saturday, July 11, 2026"} {
		got, ok := parseDate(s)
		if !ok || !got.Equal(want) {
			t.Errorf("parseDate(%q) = %v, %v; want %v", s, got, ok, want)
		}
	}
	got, ok := parseDate("2026-07-11T08:00:00+02:00")
	if !ok || !got.Equal(time.Date(2026, 7, 11, 6, 0, 0, 0, time.UTC)) {
		t.Errorf("parseDate(RFC 3339) = %v, %v", got, ok)
	}
	for _, s := range []string{"", "soon", "2026-13-01", "July 32, 2026", "11/07/2026", strings.Repeat("2026-07-11", 20)} {
		if got, ok := parseDate(s); ok {
			t.Errorf("parseDate(%q) = %v, want failure", s, got)
		}
	}
}

func TestLineTextOutOfRange(t *testing.T) {
	var nilArticle *Article
	if l, c := nilArticle.Position(3); l != 1 || c != 1 {
		t.Errorf("nil Position = %d:%d", l, c)
	}
	a := mustParse(t, "a.txt", "one\ntwo")
	for _, line := range []int{-1, 0, 3, 1 << 30} {
		if got := a.LineText(line); got != "" {
			t.Errorf("LineText(%d) = %q, want empty", line, got)
		}
	}
	if !utf8.ValidString(a.LineText(2)) || a.LineText(2) != "two" {
		t.Errorf("LineText(2) = %q", a.LineText(2))
	}
}
