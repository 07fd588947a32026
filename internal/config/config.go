package config

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/crosscheck-news/crosscheck/internal/diag"
	"github.com/crosscheck-news/crosscheck/internal/yamlfile"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
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

// Error is a problem with a configuration file, located by line.
type Error = diag.Error

// fileNames are the names Find looks for in each folder, the preferred first.
var fileNames = []string{".crosscheck.yaml", ".crosscheck.yml"}

// kinds are the finding kinds severity may name.
var kinds = []string{"count", "duration", "date", "weekday", "money", "age", "length", "percent", "name", "title"}

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
		return nil, diag.FromOS(path, err)
	}
	return parse(path, data)
}

// parse decodes the contents of the configuration file at path.
func parse(path string, data []byte) (*Config, error) {
	c := &Config{Path: path}
	if !utf8.Valid(data) {
		return nil, &Error{Path: path, Line: yamlfile.InvalidUTF8Line(data), Msg: "invalid UTF-8"}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	switch err := dec.Decode(&doc); {
	case err == io.EOF:
		c.FailLevel = "error"
		return c, nil
	case err != nil:
		return nil, yamlfile.Error(path, data, err)
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case err == io.EOF:
	case err != nil:
		return nil, yamlfile.Error(path, data, err)
	default:
		return nil, &Error{Path: path, Line: max(extra.Line, 1), Msg: "a second YAML document: a configuration file holds one"}
	}
	p := &parser{path: path, dir: filepath.Dir(path)}
	if len(doc.Content) > 0 && !yamlfile.IsNull(doc.Content[0]) {
		root := doc.Content[0]
		if root.Kind != yaml.MappingNode {
			return nil, p.errorf(root, "a configuration is a mapping of keys (%s), not %s", yamlfile.KeyList(p.fields(c)), yamlfile.KindName(root))
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
			return p.errorf(k, "unknown key %s (want one of %s)", yamlfile.KindName(k), yamlfile.KeyList(fields))
		}
		if seen[k.Value] {
			return p.errorf(k, "key %q given twice", k.Value)
		}
		seen[k.Value] = true
		if yamlfile.IsNull(v) {
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
	if n.Kind != yaml.ScalarNode || n.Tag == "!!bool" || yamlfile.IsNull(n) {
		return "", p.errorf(n, "want %s, not %s", what, yamlfile.KindName(n))
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
			return nil, p.errorf(n, "want %s or a list of them, not %s", what, yamlfile.KindName(n))
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
			return p.errorf(n, "want a mapping of finding kind to error, warning or off, not %s", yamlfile.KindName(n))
		}
		m := map[string]string{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			kind := strings.ToLower(strings.TrimSpace(k.Value))
			if k.Kind != yaml.ScalarNode || !contains(kinds, kind) {
				return p.errorf(k, "unknown finding kind %s (want one of %s)", yamlfile.KindName(k), strings.Join(kinds, ", "))
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
			return p.errorf(n, "want %s, not %s", want, yamlfile.KindName(n))
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

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

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
