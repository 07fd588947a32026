package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Config is what a .crosscheck.yaml says.
type Config struct {
	Path      string            // the file read ("" when none)
	Rules     []string          // rule files or folders, resolved against the file's folder
	Corpus    []string          // corpus folders, resolved against the file's folder
	Baseline  string            // baseline file, resolved likewise ("" when unset)
	Ignore    []string          // glob patterns of article paths to skip (see the package doc)
	Severity  map[string]string // finding kind → "error", "warning" or "off" (nil when unset)
	FailLevel string            // "error", "warning" or "none"; Load sets "error" when unset
}

// Error is a problem with a configuration file. Line is 1-based; 0 when the problem concerns
// the whole file (it cannot be read).
type Error struct {
	Path string
	Line int
	Msg  string
}

// Error returns "path:line: message", or "path: message" when Line is 0.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg)
	}
	return e.Path + ": " + e.Msg
}

// fileNames are the names Find looks for in each folder, the preferred first.
var fileNames = []string{".crosscheck.yaml", ".crosscheck.yml"}

// kinds are the finding kinds severity may name.
var kinds = []string{"count", "duration", "date", "weekday", "money", "age", "length", "name", "title"}

// Find looks for a configuration file in start and then in each folder above it up to the
// filesystem root, and returns the path of the first one found. It returns "" and a nil
// error when there is none; an error only when a folder cannot be searched.
func Find(start string) (string, error) {
	dir, err := filepath.Abs(start)
	if err != nil {
		return "", err
	}
	for {
		for _, name := range fileNames {
			p := filepath.Join(dir, name)
			_, err := os.Stat(p)
			switch {
			case err == nil:
				// A folder of that name is returned too: Load then says what is wrong,
				// rather than a configuration further up taking over unnoticed.
				return p, nil
			case errors.Is(err, fs.ErrNotExist), errors.Is(err, syscall.ENOTDIR):
			default:
				return "", err
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Load reads the configuration file at path. Every problem is an *Error.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &Error{Path: path, Msg: err.Error()}
	}
	return parse(path, data)
}

// parse decodes the contents of the configuration file at path.
func parse(path string, data []byte) (*Config, error) {
	c := &Config{Path: path}
	if !utf8.Valid(data) {
		return nil, &Error{Path: path, Line: firstInvalidLine(data), Msg: "invalid UTF-8"}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	switch err := dec.Decode(&doc); {
	case err == io.EOF:
		c.FailLevel = "error"
		return c, nil
	case err != nil:
		return nil, yamlError(path, data, err)
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case err == io.EOF:
	case err != nil:
		return nil, yamlError(path, data, err)
	default:
		return nil, &Error{Path: path, Line: max(extra.Line, 1), Msg: "a second YAML document: a configuration file holds one"}
	}
	p := &parser{path: path, dir: filepath.Dir(path)}
	if len(doc.Content) > 0 && !isNull(doc.Content[0]) {
		root := doc.Content[0]
		if root.Kind != yaml.MappingNode {
			return nil, p.errorf(root, "a configuration is a mapping of keys (%s), not %s", keyList(p.fields(c)), kindName(root))
		}
		if err := p.mapping(root, p.fields(c)); err != nil {
			return nil, err
		}
	}
	if c.FailLevel == "" {
		c.FailLevel = "error"
	}
	return c, nil
}

type parser struct {
	path string // the file, for errors
	dir  string // its folder, for resolving paths
}

// fields are the handlers of the top-level keys.
func (p *parser) fields(c *Config) map[string]func(*yaml.Node) error {
	return map[string]func(*yaml.Node) error{
		"rules":      p.paths(&c.Rules),
		"corpus":     p.paths(&c.Corpus),
		"baseline":   p.path1(&c.Baseline),
		"ignore":     p.globs(&c.Ignore),
		"severity":   p.severity(&c.Severity),
		"fail-level": p.choice(&c.FailLevel, "error", "warning", "none"),
	}
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) error {
	return &Error{Path: p.path, Line: max(n.Line, 1), Msg: fmt.Sprintf(format, args...)}
}

// mapping hands each key's value to its handler. Unknown and repeated keys are errors; a key
// with no value is skipped, so that a list whose entries are all commented out is no error.
func (p *parser) mapping(n *yaml.Node, fields map[string]func(*yaml.Node) error) error {
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		h, ok := fields[k.Value]
		if !ok || k.Kind != yaml.ScalarNode {
			return p.errorf(k, "unknown key %s (want one of %s)", kindName(k), keyList(fields))
		}
		if seen[k.Value] {
			return p.errorf(k, "key %q given twice", k.Value)
		}
		seen[k.Value] = true
		if isNull(v) {
			continue
		}
		if err := h(v); err != nil {
			return err
		}
	}
	return nil
}

// text reads a scalar that names something: not a mapping or list, not true or false, not
// empty.
func (p *parser) text(n *yaml.Node, what string) (string, error) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!bool" || isNull(n) {
		return "", p.errorf(n, "want %s, not %s", what, kindName(n))
	}
	s := strings.TrimSpace(n.Value)
	if s == "" {
		return "", p.errorf(n, "want %s, not an empty value", what)
	}
	return s, nil
}

// texts reads one scalar or a list of scalars.
func (p *parser) texts(n *yaml.Node, what string) ([]string, error) {
	if n.Kind != yaml.SequenceNode {
		if n.Kind != yaml.ScalarNode {
			return nil, p.errorf(n, "want %s or a list of them, not %s", what, kindName(n))
		}
		s, err := p.text(n, what)
		if err != nil {
			return nil, err
		}
		return []string{s}, nil
	}
	out := make([]string, 0, len(n.Content))
	for _, item := range n.Content {
		s, err := p.text(item, what)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

func (p *parser) paths(out *[]string) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		ps, err := p.texts(n, "a path")
		if err != nil {
			return err
		}
		for _, s := range ps {
			*out = append(*out, p.resolve(s))
		}
		return nil
	}
}

func (p *parser) path1(out *string) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		s, err := p.text(n, "a path")
		if err != nil {
			return err
		}
		*out = p.resolve(s)
		return nil
	}
}

// resolve makes a path written in the file relative to the file's folder.
func (p *parser) resolve(s string) string {
	s = filepath.FromSlash(s)
	if filepath.IsAbs(s) {
		return filepath.Clean(s)
	}
	return filepath.Join(p.dir, s)
}

func (p *parser) globs(out *[]string) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		gs, err := p.texts(n, "a glob pattern")
		if err != nil {
			return err
		}
		for i, g := range gs {
			if _, err := compileGlob(g); err != nil {
				at := n
				if n.Kind == yaml.SequenceNode {
					at = n.Content[i]
				}
				return p.errorf(at, "bad glob pattern %q: %v", g, err)
			}
			*out = append(*out, g)
		}
		return nil
	}
}

func (p *parser) severity(out *map[string]string) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		if n.Kind != yaml.MappingNode {
			return p.errorf(n, "want a mapping of finding kind to error, warning or off, not %s", kindName(n))
		}
		m := map[string]string{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			kind := strings.ToLower(strings.TrimSpace(k.Value))
			if k.Kind != yaml.ScalarNode || !contains(kinds, kind) {
				return p.errorf(k, "unknown finding kind %s (want one of %s)", kindName(k), strings.Join(kinds, ", "))
			}
			if _, dup := m[kind]; dup {
				return p.errorf(k, "kind %q given twice", kind)
			}
			level := ""
			if err := p.choice(&level, "error", "warning", "off")(v); err != nil {
				return err
			}
			m[kind] = level
		}
		*out = m
		return nil
	}
}

// choice reads one of a few words, in any case.
func (p *parser) choice(out *string, words ...string) func(*yaml.Node) error {
	return func(n *yaml.Node) error {
		want := strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
		w := ""
		if n.Kind == yaml.ScalarNode {
			w = strings.ToLower(strings.TrimSpace(n.Value))
		}
		if !contains(words, w) {
			return p.errorf(n, "want %s, not %s", want, kindName(n))
		}
		*out = w
		return nil
	}
}

func contains(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

func keyList(fields map[string]func(*yaml.Node) error) string {
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, ", ")
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if isNull(n) || n.Value == "" {
			return "an empty value"
		}
		return strconv.Quote(n.Value)
	case yaml.AliasNode:
		return "an alias"
	}
	return "nothing"
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlError turns a YAML syntax error into an *Error with the line. The YAML parser counts
// lines in two ways: scanner errors ("mapping values are not allowed…") carry the 1-based
// line, but parser errors ("did not find expected …", "found incompatible YAML document", …)
// carry the 0-based line of the construct being parsed. Some errors carry no line at all;
// for those the offending text is searched for.
func yamlError(path string, data []byte, err error) error {
	msg := err.Error()
	last := lastLine(data)
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		if isParserError(m[2]) {
			line++
		}
		return &Error{Path: path, Line: min(max(line, 1), last), Msg: "yaml: " + m[2]}
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
	return &Error{Path: path, Line: min(line, last), Msg: msg}
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

// lastLine is the number of the last line that holds anything, counting line breaks as YAML
// does (CR LF, CR, LF, NEL, LS and PS).
func lastLine(data []byte) int {
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

func firstInvalidLine(data []byte) int {
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

// Ignored reports whether articlePath matches one of the Ignore patterns. The path is taken
// relative to the configuration's folder when it lies inside it, else as given.
func (c *Config) Ignored(articlePath string) bool {
	if c == nil || len(c.Ignore) == 0 || articlePath == "" {
		return false
	}
	segs := splitPath(c.relative(articlePath))
	for _, pattern := range c.Ignore {
		g, err := compileGlob(pattern)
		if err == nil && g.match(segs) {
			return true
		}
	}
	return false
}

// relative returns p relative to the configuration's folder, slash-separated, when p lies
// inside that folder, else p slash-separated.
func (c *Config) relative(p string) string {
	if c.Path != "" {
		base, err1 := filepath.Abs(filepath.Dir(c.Path))
		abs, err2 := filepath.Abs(p)
		if err1 == nil && err2 == nil {
			rel, err := filepath.Rel(base, abs)
			if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				p = rel
			}
		}
	}
	return filepath.ToSlash(p)
}

// splitPath cleans a slash-separated path and splits it into its non-empty segments.
func splitPath(p string) []string {
	var segs []string
	for _, s := range strings.Split(path.Clean(p), "/") {
		if s != "" && s != "." {
			segs = append(segs, s)
		}
	}
	return segs
}

// glob is a compiled ignore pattern.
type glob struct {
	segs    []string // "**" or a path.Match pattern
	dirOnly bool     // the pattern ended with a slash
}

// compileGlob splits a pattern into segments and checks that each is well formed.
func compileGlob(pattern string) (glob, error) {
	var g glob
	p := strings.TrimSpace(pattern)
	g.dirOnly = strings.HasSuffix(p, "/")
	p = strings.TrimRight(p, "/")
	for strings.HasPrefix(p, "./") {
		p = strings.TrimLeft(p[2:], "/")
	}
	if p == "" || p == "." {
		return g, errors.New("empty pattern")
	}
	anchored := strings.Contains(p, "/")
	if !anchored {
		g.segs = append(g.segs, "**")
	}
	for _, s := range strings.Split(p, "/") {
		switch {
		case s == "" || s == ".":
		case s == "**":
			if len(g.segs) == 0 || g.segs[len(g.segs)-1] != "**" {
				g.segs = append(g.segs, s)
			}
		case s == "..":
			return g, errors.New(`".." is not allowed`)
		default:
			if _, err := path.Match(s, ""); err != nil {
				return g, err
			}
			g.segs = append(g.segs, s)
		}
	}
	return g, nil
}

// match reports whether the pattern matches the whole path or one of the folders that hold
// it (only those when dirOnly).
func (g glob) match(segs []string) bool {
	// prev[j] and cur[j] say whether the pattern's first i segments match segs[:j].
	prev := make([]bool, len(segs)+1)
	cur := make([]bool, len(segs)+1)
	prev[0] = true
	for _, ps := range g.segs {
		for j := range cur {
			if ps == "**" {
				cur[j] = prev[j] || (j > 0 && cur[j-1])
				continue
			}
			cur[j] = false
			if j > 0 && prev[j-1] {
				ok, _ := path.Match(ps, segs[j-1])
				cur[j] = ok
			}
		}
		prev, cur = cur, prev
	}
	last := len(segs)
	if g.dirOnly {
		last--
	}
	for k := 1; k <= last; k++ {
		if prev[k] {
			return true
		}
	}
	return false
}
