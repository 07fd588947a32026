package article

import (
	"bytes"
	"fmt"
	"github.com/crosscheck-news/crosscheck/internal/diag"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// Format is the markup an article file is written in.
type Format uint8

// The formats Parse understands. The zero value is plain text.
const (
	FormatText Format = iota
	FormatMarkdown
	FormatHTML
)

// String returns the lower-case name of the format.
func (f Format) String() string {
	switch f {
	case FormatText:
		return "text"
	case FormatMarkdown:
		return "markdown"
	case FormatHTML:
		return "html"
	}
	return fmt.Sprintf("format(%d)", uint8(f))
}

// FormatOf returns the format implied by a file name's extension
// (case-insensitive): .md and .markdown are Markdown, .html and .htm are
// HTML, anything else is plain text.
func FormatOf(path string) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return FormatMarkdown
	case ".html", ".htm":
		return FormatHTML
	}
	return FormatText
}

// Article is one parsed article file.
type Article struct {
	Path   string // as given by the caller
	Format Format

	// Title, Source and URL come from the front matter (Markdown) or from
	// <title>, <meta> and <link rel=canonical> (HTML).
	Title, Source, URL string

	// Published is the publication time from the front matter key
	// `published` (or `date`), or from HTML <meta
	// property="article:published_time">, <meta name="date"> or the first
	// <time datetime>. It is the zero time when Dated is false.
	Published time.Time
	Dated     bool

	// Text is the visible text to analyse. For plain text and Markdown it has
	// the same byte offsets as the file (after a byte order mark).
	Text string

	raw        string     // the file as stored
	base       int        // file offset of Text[0] when spans is nil (3 after a BOM)
	spans      []textSpan // HTML: text offset → file offset, sorted by text
	lineStarts []int      // file offset where each line begins; [0] is base
	// The last position Position computed, to count on from (an Article is read by one
	// goroutine at a time).
	lastLine, lastOff, lastCol int
}

// textSpan maps Text[text:] (up to the next span) to the file. An exact span
// maps byte for byte; an inexact one (a decoded entity, an inserted
// paragraph break) maps every byte to file.
type textSpan struct {
	text, file int
	exact      bool
}

// Error is an input problem located in a file.
type Error = diag.Error

const bom = "\ufeff"

// Parse builds an Article from the contents of the file at path; the
// extension of path selects the format (see FormatOf). An empty file is not
// an error: its Article has empty Text. Binary content, invalid UTF-8,
// front matter that is not valid YAML and a front-matter date that cannot be
// read are reported as *Error, with the file line where one applies.
func Parse(path string, data []byte) (*Article, error) {
	a := &Article{Path: path, Format: FormatOf(path)}
	// Editors on Windows save "Unicode" text as UTF-16 with a byte order mark: say so, rather
	// than call the file binary.
	if looksUTF16(data) {
		return nil, &Error{Path: path, Msg: "UTF-16 text; save the file as UTF-8"}
	}
	if isBinary(data) {
		return nil, &Error{Path: path, Msg: "binary file, not an article"}
	}
	if !utf8.Valid(data) {
		return nil, &Error{Path: path, Line: lineOfFirstInvalid(data), Msg: "invalid UTF-8"}
	}
	a.raw = string(data)
	if strings.HasPrefix(a.raw, bom) {
		a.base = len(bom)
	}
	a.lineStarts = lineStarts(a.raw, a.base)
	body := a.raw[a.base:]
	switch a.Format {
	case FormatMarkdown:
		buf := []byte(body)
		end, err := a.frontMatter(buf)
		if err != nil {
			return nil, err
		}
		maskMarkdown(buf, end, a.lineStarts, a.base)
		a.Text = string(buf)
	case FormatHTML:
		a.parseHTML(body)
	default:
		a.Text = body
	}
	return a, nil
}

// isBinary reports whether data is not text: it holds a NUL byte, or its
// first few kilobytes are mostly control characters or invalid UTF-8.
func isBinary(data []byte) bool {
	if bytes.IndexByte(data, 0) >= 0 {
		return true
	}
	sample := data
	if len(sample) > 8192 {
		sample = sample[:8192]
	}
	bad := 0
	for i := 0; i < len(sample); {
		c := sample[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1b) || c == 0x7f {
				bad++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(sample[i:])
		if r == utf8.RuneError && size == 1 {
			// A multi-byte rune cut by the sample's end is not evidence.
			if len(sample) < len(data) && i >= len(sample)-utf8.UTFMax {
				break
			}
			bad++
		}
		i += size
	}
	// A stray byte or two in a short file is a text encoding problem,
	// reported as invalid UTF-8 with its line.
	return bad >= 3 && bad*10 > len(sample)
}

// lineOfFirstInvalid returns the 1-based line holding the first byte that is
// not part of valid UTF-8.
func lineOfFirstInvalid(data []byte) int {
	line := 1
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if c == '\n' {
				line++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return line
		}
		i += size
	}
	return line
}

// lineStarts returns the file offset of every line start; the first line
// starts at base so that a byte order mark is not counted as a column.
func lineStarts(raw string, base int) []int {
	starts := make([]int, 1, 1+strings.Count(raw, "\n"))
	starts[0] = base
	for i := base; ; {
		j := strings.IndexByte(raw[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		starts = append(starts, i)
	}
	return starts
}

// fileOffset maps a Text offset (clamped to [0, len(Text)]) to a file offset.
func (a *Article) fileOffset(off int) int {
	off = max(0, min(off, len(a.Text)))
	if a.spans == nil {
		return min(off+a.base, len(a.raw))
	}
	i := sort.Search(len(a.spans), func(i int) bool { return a.spans[i].text > off }) - 1
	if i < 0 {
		return a.base
	}
	s := a.spans[i]
	if !s.exact {
		return s.file
	}
	return min(s.file+off-s.text, len(a.raw))
}

// Position maps a byte offset in Text to the 1-based line and 1-based column
// of the file as stored, counting every line (front matter included) and
// counting columns in characters, not bytes. Offsets outside Text are clamped
// to it; an offset past the end maps just after the last character.
func (a *Article) Position(off int) (line, col int) {
	if a == nil || len(a.lineStarts) == 0 {
		return 1, 1
	}
	fo := a.fileOffset(off)
	i := sort.Search(len(a.lineStarts), func(i int) bool { return a.lineStarts[i] > fo }) - 1
	if i < 0 {
		return 1, 1
	}
	start := a.lineStarts[i]
	// An offset inside a multi-byte character is that character's column.
	for fo > start && fo < len(a.raw) && !utf8.RuneStart(a.raw[fo]) {
		fo--
	}
	// Columns are counted in characters from the line start. Mentions come in text order, so
	// counting on from the last position asked for keeps a very long line from costing its
	// whole length for every mention on it.
	from, col := start, 1
	if a.lastLine == i+1 && a.lastOff >= start && a.lastOff <= fo {
		from, col = a.lastOff, a.lastCol
	}
	col += utf8.RuneCountInString(a.raw[from:fo])
	a.lastLine, a.lastOff, a.lastCol = i+1, fo, col
	return i + 1, col
}

// LineText returns the exact file text of a 1-based line, without its line
// ending (and without a byte order mark on line 1), for quoting. It returns
// "" for a line that does not exist.
func (a *Article) LineText(line int) string {
	if a == nil || line < 1 || line > len(a.lineStarts) {
		return ""
	}
	start := a.lineStarts[line-1]
	end := len(a.raw)
	if line < len(a.lineStarts) {
		end = a.lineStarts[line] - 1
	}
	return strings.TrimSuffix(a.raw[start:end], "\r")
}

// Lines returns the number of lines of the file (a final line without a line
// ending counts; an empty file has one empty line).
func (a *Article) Lines() int {
	if a == nil {
		return 0
	}
	return len(a.lineStarts)
}

// looksUTF16 reports whether data starts with a UTF-16 byte order mark followed by text whose
// high bytes are mostly zero, as Latin script in UTF-16 is.
func looksUTF16(data []byte) bool {
	var zeroAt int // 1 for little-endian: "A" is 41 00
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		zeroAt = 1
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		zeroAt = 0
	default:
		return false
	}
	body := data[2:min(len(data), 130)]
	units, zeros := 0, 0
	for i := 0; i+1 < len(body); i += 2 {
		units++
		if body[i+zeroAt] == 0 {
			zeros++
		}
	}
	return units > 0 && zeros*2 >= units
}
