// Package yamlfile holds what the YAML files of crosscheck (rules, configuration) share: turning
// the YAML library's errors into errors with the right line, and naming nodes in messages.
package yamlfile

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/crosscheck-news/crosscheck/internal/diag"
)

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// Error turns a YAML syntax error into an *Error with the line. The YAML parser counts
// lines in two ways: scanner errors ("mapping values are not allowed…") carry the 1-based
// line, but parser errors ("did not find expected …", "found incompatible YAML document", …)
// carry the 0-based line of the construct being parsed. Some errors carry no line at all;
// for those the offending text is searched for.
func Error(path string, data []byte, err error) *diag.Error {
	msg := err.Error()
	last := LastLine(data)
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		if isParserError(m[2]) {
			line++
		}
		return &diag.Error{Path: path, Line: min(max(line, 1), last), Msg: "yaml: " + m[2]}
	}
	line := 1
	switch {
	case strings.Contains(msg, "control characters are not allowed"):
		line = firstControlLine(data)
	case strings.Contains(msg, "unknown anchor"), strings.Contains(msg, "value contains itself"):
		if m := anchorName.FindStringSubmatch(msg); m != nil {
			sigil := "*"
			if strings.Contains(msg, "contains itself") {
				sigil = "&"
			}
			line = lineOfToken(data, sigil+m[1])
		}
	}
	return &diag.Error{Path: path, Line: min(line, last), Msg: msg}
}

var anchorName = regexp.MustCompile(`anchor '([^']*)'`)

func isParserError(msg string) bool {
	for _, prefix := range []string{
		"did not find expected", "found undefined tag handle", "found duplicate %",
		"found incompatible YAML document",
	} {
		if strings.HasPrefix(msg, prefix) {
			return true
		}
	}
	return false
}

// LastLine is the number of the last line that holds anything, counting line breaks as YAML
// does (CR LF, CR, LF, NEL, LS and PS).
func LastLine(data []byte) int {
	s := strings.TrimRight(string(data), "\r\n\u0085\u2028\u2029")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return 1 + strings.Count(s, "\n") + strings.Count(s, "\r") +
		strings.Count(s, "\u0085") + strings.Count(s, "\u2028") + strings.Count(s, "\u2029")
}

// firstControlLine returns the line of the first character YAML does not allow in a stream.
func firstControlLine(data []byte) int {
	line := 1
	for _, r := range string(data) {
		switch {
		case r == '\n':
			line++
		case r == '\t', r == '\r', r == 0x85, r == 0xFEFF:
		case r < 0x20, r >= 0x7F && r < 0xA0, r == 0xFFFE, r == 0xFFFF:
			return line
		}
	}
	return 1
}

// lineOfToken returns the line of the first occurrence of tok not followed by another name
// character, or 1.
func lineOfToken(data []byte, tok string) int {
	s := string(data)
	for off := 0; ; {
		i := strings.Index(s[off:], tok)
		if i < 0 {
			return 1
		}
		end := off + i + len(tok)
		if end == len(s) || strings.IndexByte(" \t\r\n,]}", s[end]) >= 0 {
			return strings.Count(s[:off+i], "\n") + 1
		}
		off += i + 1
	}
}

// InvalidUTF8Line returns the line of the first byte that is not UTF-8.
func InvalidUTF8Line(data []byte) int {
	line := 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size <= 1 {
			return line
		}
		if data[0] == '\n' {
			line++
		}
		data = data[size:]
	}
	return line
}

// IsNull reports whether a node is an empty YAML value.
func IsNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// KeyList names the keys of a mapping, sorted, for "want one of …" messages.
func KeyList(fields map[string]func(*yaml.Node) error) string {
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ", ")
}

// KindName names a node for a message: "a mapping", "a list", or its quoted value.
func KindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if IsNull(n) || n.Value == "" {
			return "an empty value"
		}
		return strconv.Quote(n.Value)
	case yaml.AliasNode:
		return "an alias"
	}
	return "nothing"
}
