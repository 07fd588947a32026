package config

import (
	"errors"
	"fmt"
	"github.com/crosscheck-news/crosscheck/internal/yamlfile"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestErrorString(t *testing.T) {
	cases := []struct {
		err  Error
		want string
	}{
		{Error{Path: "p/.crosscheck.yaml", Line: 3, Msg: "unknown key"}, "p/.crosscheck.yaml:3: unknown key"},
		{Error{Path: ".crosscheck.yaml", Msg: "permission denied"}, ".crosscheck.yaml: permission denied"},
	}
	for _, c := range cases {
		if got := c.err.Error(); got != c.want {
			t.Errorf("%#v.Error() = %q, want %q", c.err, got, c.want)
		}
	}
}

// TestParseValues checks what each key turns into, with paths resolved against the folder of
// the configuration file.
func TestParseValues(t *testing.T) {
	const path = "proj/.crosscheck.yaml"
	abs := filepath.Join(string(filepath.Separator), "srv", "rules")
	cases := []struct {
		name string
		data string
		want Config
	}{
		{"empty file", "", Config{FailLevel: "error"}},
		{"only comments", "# nothing yet\n\n", Config{FailLevel: "error"}},
		{"document marker only", "---\n", Config{FailLevel: "error"}},
		{"keys without values", "rules:\nignore:\nfail-level:\n", Config{FailLevel: "error"}},
		{"rules as a string", "rules: rules/\n", Config{Rules: []string{"proj/rules"}, FailLevel: "error"}},
		{"rules as a list", "rules: [a.yaml, sub/b.yaml, ../shared/rules]\n",
			Config{Rules: []string{"proj/a.yaml", "proj/sub/b.yaml", "shared/rules"}, FailLevel: "error"}},
		{"rules absolute", "rules: " + filepath.ToSlash(abs) + "\n", Config{Rules: []string{abs}, FailLevel: "error"}},
		{"corpus as a string", "corpus: archive\n", Config{Corpus: []string{"proj/archive"}, FailLevel: "error"}},
		{"corpus as a list", "corpus:\n  - archive\n  - ./wires/\n", Config{Corpus: []string{"proj/archive", "proj/wires"}, FailLevel: "error"}},
		{"corpus named by a number", "corpus: 2024\n", Config{Corpus: []string{"proj/2024"}, FailLevel: "error"}},
		{"baseline", "baseline: .crosscheck-baseline.json\n", Config{Baseline: "proj/.crosscheck-baseline.json", FailLevel: "error"}},
		{"ignore as a list", "ignore: ['**/drafts/*.md', archive/**]\n", Config{Ignore: []string{"**/drafts/*.md", "archive/**"}, FailLevel: "error"}},
		{"ignore as a string", "ignore: '*.txt'\n", Config{Ignore: []string{"*.txt"}, FailLevel: "error"}},
		{"severity", "severity:\n  title: warning\n  Date: ERROR\n  weekday: off\n",
			Config{Severity: map[string]string{"title": "warning", "date": "error", "weekday": "off"}, FailLevel: "error"}},
		{"severity empty mapping", "severity: {}\n", Config{Severity: map[string]string{}, FailLevel: "error"}},
		{"fail-level error", "fail-level: error\n", Config{FailLevel: "error"}},
		{"fail-level warning", "fail-level: warning\n", Config{FailLevel: "warning"}},
		{"fail-level none", "fail-level: None\n", Config{FailLevel: "none"}},
		{"byte order mark and CRLF", "\ufeffcorpus: archive\r\nfail-level: none\r\n", Config{Corpus: []string{"proj/archive"}, FailLevel: "none"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := parse(path, []byte(c.data))
			if err != nil {
				t.Fatalf("parse: %v", err)
			}
			want := c.want
			want.Path = path
			for i, p := range want.Rules {
				want.Rules[i] = filepath.FromSlash(p)
			}
			for i, p := range want.Corpus {
				want.Corpus[i] = filepath.FromSlash(p)
			}
			want.Baseline = filepath.FromSlash(want.Baseline)
			if diff := cmp.Diff(&want, got); diff != "" {
				t.Errorf("parse(%q) mismatch (-want +got):\n%s", c.data, diff)
			}
		})
	}
}

// TestParseErrors checks that every problem is an *Error whose text starts with the exact
// "path:line: " of the offending line.
func TestParseErrors(t *testing.T) {
	const path = "proj/.crosscheck.yaml"
	cases := []struct {
		name string
		data string
		line int
		msg  []string // fragments the message must hold
	}{
		{"unknown key", "rules: r\ncorpus: c\nrule: x\n", 3, []string{`unknown key "rule"`, "fail-level"}},
		{"key given twice", "corpus: a\nrules: r\ncorpus: b\n", 3, []string{`key "corpus" given twice`}},
		{"top level is a list", "\n- rules\n- corpus\n", 2, []string{"a configuration is a mapping", "not a list"}},
		{"top level is a scalar", "# c\nrules\n", 2, []string{"not \"rules\""}},
		{"rules is a mapping", "rules:\n  path: x\n", 2, []string{"want a path or a list of them, not a mapping"}},
		{"rules item is a mapping", "rules:\n  - a\n  - b: c\n", 3, []string{"want a path, not a mapping"}},
		{"rules is true", "corpus: c\nrules: true\n", 2, []string{`want a path, not "true"`}},
		{"rules is an empty string", "rules: ''\n", 1, []string{"want a path, not an empty value"}},
		{"rules item is empty", "rules:\n  - a\n  - ''\n", 3, []string{"not an empty value"}},
		{"rules item is null", "rules:\n  - a\n  -\n", 3, []string{"not an empty value"}},
		{"corpus is a mapping", "corpus: {a: b}\n", 1, []string{"want a path or a list of them"}},
		{"corpus item is a list", "corpus:\n  - [a, b]\n", 2, []string{"want a path, not a list"}},
		{"baseline is a list", "\nbaseline: [a, b]\n", 2, []string{"want a path, not a list"}},
		{"baseline is empty", "baseline: \"  \"\n", 1, []string{"not an empty value"}},
		{"ignore is a mapping", "ignore:\n  drafts: yes\n", 2, []string{"want a glob pattern or a list of them, not a mapping"}},
		{"ignore pattern unclosed bracket", "ignore:\n  - '*.md'\n  - 'drafts/[ab.md'\n", 3, []string{`bad glob pattern "drafts/[ab.md"`, "syntax error in pattern"}},
		{"ignore pattern as a string", "rules: r\nignore: '[x'\n", 2, []string{`bad glob pattern "[x"`}},
		{"ignore pattern going up", "ignore: [../other/*.md]\n", 1, []string{`".." is not allowed`}},
		{"ignore pattern of slashes", "ignore:\n  - /\n", 2, []string{"empty pattern"}},
		{"severity is a list", "severity: [count]\n", 1, []string{"want a mapping of finding kind to error, warning or off, not a list"}},
		{"severity unknown kind", "severity:\n  count: warning\n  deaths: off\n", 3, []string{`unknown finding kind "deaths"`, "count, duration, date, weekday, money, age, length, percent, name, title"}},
		{"severity bad level", "severity:\n  count: warning\n  title: info\n", 3, []string{`want error, warning or off, not "info"`}},
		{"severity level missing", "severity:\n  title:\n", 2, []string{"want error, warning or off, not an empty value"}},
		{"severity level is a list", "severity:\n  title:\n    - off\n", 3, []string{"not a list"}},
		{"severity kind twice", "severity:\n  title: off\n  Title: error\n", 3, []string{`kind "title" given twice`}},
		{"fail-level bad value", "rules: r\nfail-level: fatal\n", 2, []string{`want error, warning or none, not "fatal"`}},
		{"fail-level off is not a fail level", "fail-level: off\n", 1, []string{`not "off"`}},
		{"fail-level is a list", "fail-level:\n  - error\n", 2, []string{"not a list"}},
		{"yaml: mapping value inside a value", "rules: r\ncorpus: a: b\n", 2, []string{"yaml: mapping values are not allowed"}},
		{"yaml: key without colon", "rules: r\ncorpus\n", 2, []string{"yaml: could not find expected ':'"}},
		{"yaml: unclosed list", "rules: r\ncorpus: [a, b}\n", 2, []string{"yaml: did not find expected ',' or ']'"}},
		{"yaml: unclosed list after blank lines", "rules: r\n\n\nignore: [a,\n  b,\n  c}\n", 4, []string{"did not find expected ',' or ']'"}},
		{"yaml: bad indentation", "rules:\n  - a\n corpus: b\n", 3, []string{"did not find expected key"}},
		{"yaml: tab indentation", "rules: r\n\tcorpus: b\n", 2, []string{"tab character"}},
		{"yaml: control character", "rules: r\ncorpus: ar\x01chive\n", 2, []string{"control characters are not allowed"}},
		{"yaml: unknown anchor", "rules: r\n\ncorpus: *base\n", 3, []string{"unknown anchor 'base'"}},
		{"yaml: second document", "rules: r\n---\ncorpus: c\n", 2, []string{"second YAML document"}},
		{"yaml: directive after a document", "rules: r\n%YAML 1.1\n", 2, []string{"yaml:"}},
		{"invalid UTF-8", "rules: r\n\ncorpus: \xff\n", 3, []string{"invalid UTF-8"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := parse(path, []byte(c.data))
			var cerr *Error
			if !errors.As(err, &cerr) {
				t.Fatalf("parse(%q) error = %v (%T), want an *Error", c.data, err, err)
			}
			prefix := fmt.Sprintf("%s:%d: ", path, c.line)
			if !strings.HasPrefix(err.Error(), prefix) {
				t.Errorf("error %q does not start with %q", err, prefix)
			}
			for _, m := range c.msg {
				if !strings.Contains(cerr.Msg, m) {
					t.Errorf("message %q lacks %q", cerr.Msg, m)
				}
			}
		})
	}
}

func TestLoad(t *testing.T) {
	got, err := Load(filepath.Join("testdata", "full.crosscheck.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		Path:      filepath.Join("testdata", "full.crosscheck.yaml"),
		Rules:     []string{filepath.Join("testdata", "rules"), filepath.FromSlash("/etc/crosscheck/extra.yaml")},
		Corpus:    []string{filepath.Join("testdata", "archive")},
		Baseline:  filepath.Join("testdata", ".crosscheck-baseline.json"),
		Ignore:    []string{"**/drafts/*.md", "archive/2019/**", "*.txt"},
		Severity:  map[string]string{"title": "warning", "weekday": "off", "count": "error"},
		FailLevel: "warning",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Load mismatch (-want +got):\n%s", diff)
	}
}

func TestLoadUnreadable(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name, path, msg string
	}{
		{"missing file", filepath.Join(dir, "absent.yaml"), "no such file"},
		{"a folder", dir, "is a directory"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load(c.path)
			var cerr *Error
			if !errors.As(err, &cerr) {
				t.Fatalf("Load error = %v (%T), want an *Error", err, err)
			}
			if cerr.Path != c.path || cerr.Line != 0 || !strings.Contains(cerr.Msg, c.msg) {
				t.Errorf("Load error = %#v, want path %q, line 0, message with %q", cerr, c.path, c.msg)
			}
			if want := c.path + ": "; !strings.HasPrefix(err.Error(), want) || strings.Count(err.Error(), c.path) != 1 {
				t.Errorf("error %q should start with %q and name the path once", err, want)
			}
		})
	}
}

// TestLoadResolvesAgainstConfigFolder loads the same file by a relative and an absolute path
// and checks that paths land in the file's folder either way.
func TestLoadResolvesAgainstConfigFolder(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "desk")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(sub, ".crosscheck.yaml")
	data := "rules: rules\ncorpus: [../wires, archive]\nbaseline: base.json\n"
	if err := os.WriteFile(cfg, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(root)
	for _, p := range []string{cfg, filepath.Join("desk", ".crosscheck.yaml"), filepath.Join(".", "desk", "..", "desk", ".crosscheck.yaml")} {
		c, err := Load(p)
		if err != nil {
			t.Fatal(err)
		}
		got := []string{c.Rules[0], c.Corpus[0], c.Corpus[1], c.Baseline}
		want := []string{filepath.Join(sub, "rules"), filepath.Join(root, "wires"), filepath.Join(sub, "archive"), filepath.Join(sub, "base.json")}
		for i := range got {
			a, err := filepath.Abs(got[i])
			if err != nil {
				t.Fatal(err)
			}
			if a != want[i] {
				t.Errorf("Load(%q): path %d = %q (%q absolute), want %q", p, i, got[i], a, want[i])
			}
		}
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	mk := func(rel string) string {
		p := filepath.Join(root, filepath.FromSlash(rel))
		if err := os.MkdirAll(p, 0o755); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write := func(rel string) string {
		p := filepath.Join(root, filepath.FromSlash(rel))
		if err := os.WriteFile(p, []byte("fail-level: none\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	mk("desk/politics/2026/july")
	mk("yml/a/b")
	mk("both/a")
	mk("bare/a/b")
	mk("dirnamed/.crosscheck.yaml")
	mk("dirnamed/a")
	deskCfg := write("desk/.crosscheck.yaml")
	ymlCfg := write("yml/.crosscheck.yml")
	write("both/.crosscheck.yml")
	bothCfg := write("both/.crosscheck.yaml")
	article := write("desk/politics/2026/july/story.md")
	outside, err := Find(filepath.Dir(root))
	if err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		name, start, want string
	}{
		{"nested three folders down", filepath.Join(root, "desk", "politics", "2026", "july"), deskCfg},
		{"in the folder itself", filepath.Join(root, "desk"), deskCfg},
		{"start is a file", article, deskCfg},
		{".yml accepted", filepath.Join(root, "yml", "a", "b"), ymlCfg},
		{".yaml preferred over .yml", filepath.Join(root, "both", "a"), bothCfg},
		{"a folder named like the file is returned", filepath.Join(root, "dirnamed", "a"), filepath.Join(root, "dirnamed", ".crosscheck.yaml")},
		{"none in the tree: same as above the tree", filepath.Join(root, "bare", "a", "b"), outside},
		{"untidy start", filepath.Join(root, "desk", "politics", "..", "politics", "2026") + string(filepath.Separator), deskCfg},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Find(c.start)
			if err != nil {
				t.Fatalf("Find(%q): %v", c.start, err)
			}
			if got != c.want {
				t.Errorf("Find(%q) = %q, want %q", c.start, got, c.want)
			}
		})
	}

	t.Run("relative start", func(t *testing.T) {
		t.Chdir(filepath.Join(root, "desk", "politics"))
		got, err := Find(".")
		if err != nil {
			t.Fatal(err)
		}
		if got != deskCfg {
			t.Errorf("Find(\".\") = %q, want %q", got, deskCfg)
		}
	})
}

func TestIgnored(t *testing.T) {
	abs := func(p string) string {
		a, err := filepath.Abs(filepath.FromSlash(p))
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	const cfg = "proj/.crosscheck.yaml"
	cases := []struct {
		pattern string
		path    string // relative to the test's working folder unless absolute
		want    bool
	}{
		{"**/drafts/*.md", "proj/drafts/a.md", true},
		{"**/drafts/*.md", "proj/desk/x/drafts/a.md", true},
		{"**/drafts/*.md", "proj/drafts/sub/a.md", false},
		{"**/drafts/*.md", "proj/drafts/a.txt", false},
		{"**/drafts/*.md", "proj/mydrafts/a.md", false},
		{"**/drafts/*.md", "/elsewhere/drafts/a.md", true},
		{"drafts/*.md", "/elsewhere/drafts/a.md", false},
		{"drafts/*.md", "proj/drafts/a.md", true},
		{"drafts/*.md", "proj/x/drafts/a.md", false},
		{"./drafts/*.md", "proj/drafts/a.md", true},
		{"/drafts/*.md", "proj/drafts/a.md", true},
		{"/drafts/*.md", "proj/x/drafts/a.md", false},
		{"archive/**", "proj/archive/a.md", true},
		{"archive/**", "proj/archive/2019/07/a.md", true},
		{"archive/**", "proj/x/archive/a.md", false},
		{"archive/**", "proj/archived/a.md", false},
		{"archive/2019/**/*.html", "proj/archive/2019/a.html", true},
		{"archive/2019/**/*.html", "proj/archive/2019/07/11/a.html", true},
		{"archive/2019/**/*.html", "proj/archive/2019/07/a.md", false},
		{"*.txt", "proj/a.txt", true},
		{"*.txt", "proj/x/y/a.txt", true},
		{"*.txt", "proj/a.md", false},
		{"*.txt", "proj/a.txt.md", false},
		{"*.MD", "proj/a.md", false},
		{"archive", "proj/archive/a.md", true},
		{"archive", "proj/x/archive/a.md", true},
		{"archive", "proj/archive.md", false},
		{"archive/", "proj/archive/a.md", true},
		{"archive/", "proj/archive", false},
		{"archive", "proj/archive", true},
		{"d?afts/[ab].md", "proj/drafts/a.md", true},
		{"d?afts/[ab].md", "proj/drafts/c.md", false},
		{"**", "proj/anything/at/all.md", true},
		{"**/**/x.md", "proj/x.md", true},
		{"a/**/**/b.md", "proj/a/1/2/3/b.md", true},
		{"a/**/b.md", "proj/a/b.md", true},
		{"a/**/b.md", "proj/a/c.md", false},
		{"drafts/*.md", abs("proj/drafts/a.md"), true},
		{"drafts/*.md", "proj/../proj/drafts/a.md", true},
		{"[x", "proj/[x", false},
	}
	for _, c := range cases {
		cf := &Config{Path: cfg, Ignore: []string{"unrelated/*.md", c.pattern}}
		if got := cf.Ignored(filepath.FromSlash(c.path)); got != c.want {
			t.Errorf("Ignore %q: Ignored(%q) = %v, want %v", c.pattern, c.path, got, c.want)
		}
	}

	t.Run("no configuration file: paths as given", func(t *testing.T) {
		cf := &Config{Ignore: []string{"drafts/*.md"}}
		if !cf.Ignored("drafts/a.md") || cf.Ignored("proj/drafts/a.md") {
			t.Error("without a file, patterns should match the path as given")
		}
	})
	t.Run("nil and empty", func(t *testing.T) {
		var nilCfg *Config
		if nilCfg.Ignored("a.md") || (&Config{}).Ignored("a.md") || (&Config{Ignore: []string{"**"}}).Ignored("") {
			t.Error("a nil config, a config without patterns and an empty path ignore nothing")
		}
	})
}

func FuzzParse(f *testing.F) {
	seeds := []string{
		"", "rules: r\n", "rules: [a, b]\ncorpus: c\nbaseline: b\nignore: ['**/x/*.md']\nseverity: {count: off}\nfail-level: none\n",
		"corpus: [a, b}\n", "a: *x\n", "x: \x01\n", "- a\n", "rules: r\n---\nx: y\n", "\n\n\nignore: [a,\n b,\n c}\n",
		"severity:\n  title: info\n", "%YAML 1.1\n---\nrules: r\n", "rules: &a [x]\ncorpus: *a\n",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const path = "c.yaml"
		c, err := parse(path, data)
		if err != nil {
			var cerr *Error
			if !errors.As(err, &cerr) {
				t.Fatalf("error %v (%T) is not an *Error", err, err)
			}
			if last := yamlfile.LastLine(data); cerr.Path != path || cerr.Line < 1 || cerr.Line > last {
				t.Fatalf("error at %s:%d, want %s with a line in [1, %d]", cerr.Path, cerr.Line, path, last)
			}
			return
		}
		switch c.FailLevel {
		case "error", "warning", "none":
		default:
			t.Fatalf("FailLevel %q", c.FailLevel)
		}
		for k, v := range c.Severity {
			if !contains(kinds, k) || (v != "error" && v != "warning" && v != "off") {
				t.Fatalf("Severity[%q] = %q", k, v)
			}
		}
		for _, g := range c.Ignore {
			if _, err := compileGlob(g); err != nil {
				t.Fatalf("accepted bad pattern %q: %v", g, err)
			}
		}
	})
}

func FuzzIgnored(f *testing.F) {
	f.Add("**/drafts/*.md", "x/drafts/a.md")
	f.Add("archive/", "archive")
	f.Add("[", "a/[")
	f.Add("**/**/**/**/*", strings.Repeat("a/", 50))
	f.Fuzz(func(t *testing.T, pattern, p string) {
		c := &Config{Ignore: []string{pattern}}
		got := c.Ignored(p)
		// A plain path used as its own pattern skips itself.
		segs := splitPath(p)
		plain := len(segs) > 0 && p == strings.TrimSpace(p) && !strings.ContainsAny(p, `*?[\`) && !strings.Contains(p, "..") && !strings.HasPrefix(p, "/")
		if plain && pattern == strings.Join(segs, "/") && !got {
			t.Fatalf("pattern %q does not match itself", pattern)
		}
	})
}
