package article

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// frontMatter reads the YAML front matter at the start of buf (the file
// after any byte order mark): a first line "---", YAML, and a closing line
// "---" or "...". It fills in the metadata fields, blanks the whole block in
// buf (keeping newlines, so offsets and lines stay put) and returns the
// offset just after it, or 0 when buf has no front matter.
//
// A block whose YAML is a plain scalar or a list is not front matter but
// Markdown that opens with a thematic break; it is left to the Markdown
// masking.
func (a *Article) frontMatter(buf []byte) (int, error) {
	first, yamlStart := lineAt(buf, 0)
	if string(bytes.TrimRight(first, " \t")) != "---" {
		return 0, nil
	}
	for pos := yamlStart; pos < len(buf); {
		line, next := lineAt(buf, pos)
		if t := string(bytes.TrimRight(line, " \t")); t == "---" || t == "..." {
			isFrontMatter, err := a.readYAML(buf[yamlStart:pos])
			if err != nil || !isFrontMatter {
				return 0, err
			}
			blank(buf[:next])
			return next, nil
		}
		pos = next
	}
	// A "---" on the first line that is never closed. When the next line reads like a
	// front-matter key ("title: …", "published: …"), reading on as text would lose the date
	// without a word, so it is an error; otherwise the "---" is a Markdown rule.
	if second, _ := lineAt(buf, yamlStart); !frontMatterKey.Match(second) {
		return 0, nil
	}
	return 0, &Error{Path: a.Path, Line: 1, Msg: `front matter opened here is never closed (end it with a line "---")`}
}

// lineAt returns the line starting at pos without its line ending, and the
// offset of the next line.
func lineAt(buf []byte, pos int) (line []byte, next int) {
	end := bytes.IndexByte(buf[pos:], '\n')
	if end < 0 {
		line, next = buf[pos:], len(buf)
	} else {
		line, next = buf[pos:pos+end], pos+end+1
	}
	return bytes.TrimSuffix(line, []byte{'\r'}), next
}

// blank overwrites every byte except '\n' with a space.
func blank(b []byte) {
	for i, c := range b {
		if c != '\n' {
			b[i] = ' '
		}
	}
}

// yamlFirstLine is the file line of the first YAML line: the line after the
// opening "---".
const yamlFirstLine = 2

// readYAML decodes front matter and sets Title, Source, URL and Published.
// It reports false when the YAML is not a mapping (so not front matter).
func (a *Article) readYAML(src []byte) (isFrontMatter bool, err error) {
	var doc yaml.Node
	if err := safeUnmarshal(src, &doc); err != nil {
		line, msg := yamlErrorLine(src, err)
		return false, &Error{Path: a.Path, Line: line + yamlFirstLine - 1, Msg: "front matter: " + msg}
	}
	root := &doc
	if root.Kind == yaml.DocumentNode {
		if len(root.Content) == 0 {
			return true, nil
		}
		root = root.Content[0]
	}
	switch root.Kind {
	case 0:
		return true, nil // only comments or nothing at all
	case yaml.MappingNode:
	default:
		return false, nil
	}
	var published, date *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		key, val := root.Content[i], root.Content[i+1]
		if val.Kind == yaml.AliasNode && val.Alias != nil {
			val = val.Alias
		}
		switch strings.ToLower(key.Value) {
		case "title":
			setOnce(&a.Title, val)
		case "source":
			setOnce(&a.Source, val)
		case "url":
			setOnce(&a.URL, val)
		case "published":
			if published == nil {
				published = val
			}
		case "date":
			if date == nil {
				date = val
			}
		}
	}
	if published == nil {
		published = date
	}
	if published == nil || isNull(published) {
		return true, nil
	}
	t, ok := time.Time{}, false
	if published.Kind == yaml.ScalarNode {
		t, ok = parseDate(published.Value)
	}
	if !ok {
		msg := fmt.Sprintf("front matter: %q is not a date", published.Value)
		if published.Kind != yaml.ScalarNode {
			var vals []string
			for _, c := range published.Content {
				vals = append(vals, c.Value)
			}
			msg = fmt.Sprintf("front matter: published must be one date, not a list or mapping (%s)", strings.Join(vals, ", "))
		}
		return false, &Error{
			Path: a.Path,
			Line: published.Line + yamlFirstLine - 1,
			Msg:  msg,
		}
	}
	a.Published, a.Dated = t, true
	return true, nil
}

// safeUnmarshal decodes YAML, turning a decoder panic into an error so that
// Parse stays total whatever the front matter holds.
func safeUnmarshal(src []byte, out *yaml.Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("yaml: cannot decode (%v)", r)
		}
	}()
	return yaml.Unmarshal(src, out)
}

// yamlErrorLine returns the 1-based YAML line an error belongs to and its
// message without the line. The line numbers of the YAML decoder are not
// reliable (parser errors count from 0 and point at the start of the
// enclosing block), so the line is found as the first line at which a
// prefix of the YAML stops decoding; the decoder's own number is the
// fallback for long front matter.
func yamlErrorLine(src []byte, err error) (int, string) {
	msg := err.Error()
	line := 1
	if rest, ok := strings.CutPrefix(msg, "yaml: line "); ok {
		if num, tail, ok := strings.Cut(rest, ": "); ok {
			if n, err := strconv.Atoi(num); err == nil && n > 0 {
				line, msg = n, "yaml: "+tail
				if parserProblems[tail] {
					line++
				}
			}
		}
	}
	if bytes.Count(src, []byte{'\n'}) <= maxBisectLines {
		var node yaml.Node
		for end, n := 0, 1; end < len(src); n++ {
			_, next := lineAt(src, end)
			if safeUnmarshal(src[:next], &node) != nil {
				return n, msg
			}
			end = next
		}
	}
	return line, msg
}

// maxBisectLines bounds the front matter searched line by line for the line
// of a YAML error.
const maxBisectLines = 200

// parserProblems are the YAML parser's (not scanner's) messages, whose line
// numbers count from 0.
var parserProblems = map[string]bool{
	"did not find expected ',' or ']'":       true,
	"did not find expected ',' or '}'":       true,
	"did not find expected '-' indicator":    true,
	"did not find expected <document start>": true,
	"did not find expected <stream-start>":   true,
	"did not find expected key":              true,
	"did not find expected node content":     true,
	"found duplicate %TAG directive":         true,
	"found duplicate %YAML directive":        true,
	"found incompatible YAML document":       true,
	"found undefined tag handle":             true,
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && (n.Tag == "!!null" || n.Value == "")
}

// setOnce stores a scalar value in *dst unless *dst is already set; a
// repeated key keeps its first value.
func setOnce(dst *string, n *yaml.Node) {
	if *dst == "" && n.Kind == yaml.ScalarNode && !isNull(n) {
		*dst = strings.TrimSpace(n.Value)
	}
}

// dateLayouts are the publication date forms accepted, tried in order.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan. 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"Monday, January 2, 2006",
	"Monday, 2 January 2006",
	time.RFC1123Z,
	time.RFC1123,
}

// parseDate reads a publication date in one of the accepted forms:
// 2026-07-11, RFC 3339 (2026-07-11T08:00:00Z), "July 11, 2026",
// "11 July 2026", and a few close variants. Times without a zone are UTC.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// frontMatterKey matches a line that starts a YAML key of the kind front matter holds.
var frontMatterKey = regexp.MustCompile(`^(?i)(title|source|published|date|url|author|slug|tags)\s*:`)
