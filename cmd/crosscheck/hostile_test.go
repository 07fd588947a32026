package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The tests in this file feed the real binary hostile and broken input. Every run has a deadline,
// so a hang fails the test instead of stalling the suite. A run must end in one of two ways:
// exit status 2 with one "crosscheck: path[:line]: message" line on standard error and nothing on
// standard output, or a normal exit (0 or 1) with a "crosscheck: warning: …" line for input that
// is passed over. A panic is always a failure.
//
// A case with a known bug still runs; when it does not end as it should, it is skipped with the
// bug's description, so the suite stays green and the bug stays written down. Cases whose bug is
// a hang are skipped before running, as they would only burn the deadline; -hostile.hangs runs
// them.

// hostileDeadline is how long one run of the binary may take.
const hostileDeadline = 20 * time.Second

var runHangs = flag.Bool("hostile.hangs", false, "also run the hostile cases whose known bug is a hang")

// usageHint is the second line a usage error prints after its message.
const usageHint = "Run 'crosscheck --help' for usage."

// hostileRun is what one run of the binary did.
type hostileRun struct {
	stdout, stderr string
	exit           int
	elapsed        time.Duration
}

func (r hostileRun) String() string {
	return fmt.Sprintf("exit %d after %v\nstdout: %q\nstderr: %q", r.exit, r.elapsed.Round(time.Millisecond), clip(r.stdout), clip(r.stderr))
}

// clip shortens long output for failure messages.
func clip(s string) string {
	if len(s) > 600 {
		return s[:600] + fmt.Sprintf("… (%d bytes)", len(s))
	}
	return s
}

// runHostile runs the binary in dir with a deadline. A run that outlives it, or that shows a
// panic, fails the test at once: no known bug excuses either.
func runHostile(t *testing.T, dir string, args ...string) hostileRun {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hostileDeadline)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	cmd.Dir = dir
	cmd.WaitDelay = time.Second
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	r := hostileRun{stdout: out.String(), stderr: errb.String(), elapsed: time.Since(start)}
	if ctx.Err() != nil {
		t.Fatalf("crosscheck %s: still running after %v (a hang)\nstderr so far: %q", strings.Join(args, " "), hostileDeadline, clip(r.stderr))
	}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.exit = ee.ExitCode()
	case err != nil:
		t.Fatalf("crosscheck %s: %v", strings.Join(args, " "), err)
	}
	if strings.Contains(r.stderr, "panic:") || strings.Contains(r.stderr, "goroutine ") {
		t.Fatalf("crosscheck %s: panicked\n%s", strings.Join(args, " "), r)
	}
	return r
}

// errorProblems lists how r falls short of an input or usage error: exit status 2, nothing on
// standard output, and on standard error one line starting with prefix (a usage error may add
// the usage hint as a second line).
func errorProblems(r hostileRun, prefix string) []string {
	var probs []string
	if r.exit != exitError {
		probs = append(probs, fmt.Sprintf("exit status %d, want %d", r.exit, exitError))
	}
	if r.stdout != "" {
		probs = append(probs, "standard output is not empty")
	}
	lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
	if !strings.HasSuffix(r.stderr, "\n") || len(lines) > 2 || len(lines) == 2 && lines[1] != usageHint {
		probs = append(probs, "standard error is not one line (plus the usage hint)")
	}
	if !strings.HasPrefix(lines[0], prefix) {
		probs = append(probs, fmt.Sprintf("standard error does not start with %q", prefix))
	}
	return probs
}

// warningProblems lists how r falls short of input passed over with a warning: exit status
// exit, a report on standard output, and a line starting with prefix on standard error.
func warningProblems(r hostileRun, exit int, prefix string) []string {
	var probs []string
	if r.exit != exit {
		probs = append(probs, fmt.Sprintf("exit status %d, want %d", r.exit, exit))
	}
	if r.stdout == "" {
		probs = append(probs, "no report on standard output")
	}
	found := false
	for _, line := range strings.Split(r.stderr, "\n") {
		if strings.HasPrefix(line, prefix) {
			found = true
		}
	}
	if !found {
		probs = append(probs, fmt.Sprintf("no standard error line starting %q", prefix))
	}
	return probs
}

// hostileCase is one run of the binary on prepared files.
type hostileCase struct {
	name  string
	files map[string]string              // relative path → contents, written before the run
	setup func(t *testing.T, dir string) // more preparation: links, permissions
	wd    string                         // folder to run in, relative to the case's folder
	args  []string

	// How the run must end. With exit 2, stderr is the start of the one error line; with
	// exit 0 or 1, the start of a warning line ("" when no warning is due) and, when
	// articles is not empty, the summary must count that many ("in 1 article").
	exit     int
	stderr   string
	contains string // more text the stderr must hold (a clearer message)
	lacks    string // text the stderr must not hold (an internal detail)
	articles string

	bug  string // a known bug: the case is skipped when it ends otherwise
	hang bool   // the known bug is a hang or a run far past the deadline: skip before running
}

// runHostileCases runs each case in a fresh folder.
func runHostileCases(t *testing.T, cases []hostileCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if tc.hang && !*runHangs {
				t.Skipf("known bug (run with -hostile.hangs to see it): %s", tc.bug)
			}
			dir := t.TempDir()
			for name, text := range tc.files {
				writeHostileFile(t, dir, name, text)
			}
			if tc.setup != nil {
				tc.setup(t, dir)
			}
			r := runHostile(t, filepath.Join(dir, filepath.FromSlash(tc.wd)), tc.args...)
			var probs []string
			if tc.exit == exitError {
				probs = errorProblems(r, tc.stderr)
			} else if tc.stderr != "" {
				probs = warningProblems(r, tc.exit, tc.stderr)
			} else {
				if r.exit != tc.exit {
					probs = append(probs, fmt.Sprintf("exit status %d, want %d", r.exit, tc.exit))
				}
				if r.stderr != "" {
					probs = append(probs, "standard error is not empty")
				}
			}
			if tc.contains != "" && !strings.Contains(r.stderr, tc.contains) {
				probs = append(probs, fmt.Sprintf("standard error does not mention %q", tc.contains))
			}
			if tc.lacks != "" && strings.Contains(r.stderr, tc.lacks) {
				probs = append(probs, fmt.Sprintf("standard error shows %q", tc.lacks))
			}
			if tc.articles != "" && !regexp.MustCompile(`\bin `+regexp.QuoteMeta(tc.articles)+`\b`).MatchString(r.stdout) {
				probs = append(probs, fmt.Sprintf("summary does not count %q", tc.articles))
			}
			switch {
			case len(probs) > 0 && tc.bug != "":
				t.Skipf("known bug: %s\n%s\n%s", tc.bug, strings.Join(probs, "\n"), r)
			case len(probs) > 0:
				t.Errorf("crosscheck %s:\n%s\n%s", strings.Join(tc.args, " "), strings.Join(probs, "\n"), r)
			case tc.bug != "":
				t.Logf("the known bug no longer shows; drop its note: %s", tc.bug)
			}
		})
	}
}

// writeHostileFile writes text to dir/name, making folders as needed.
func writeHostileFile(t *testing.T, dir, name, text string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// symlink makes a symbolic link, skipping the test where the system has none.
func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
}

// utf16 encodes ASCII text as UTF-16 with a byte order mark.
func utf16(s string, bigEndian bool) string {
	var b strings.Builder
	if bigEndian {
		b.WriteString("\xfe\xff")
	} else {
		b.WriteString("\xff\xfe")
	}
	for i := 0; i < len(s); i++ {
		if bigEndian {
			b.WriteByte(0)
			b.WriteByte(s[i])
		} else {
			b.WriteByte(s[i])
			b.WriteByte(0)
		}
	}
	return b.String()
}

const (
	pngHeader = "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
	fireStory = "The fire killed 12 people.\n"
)

// TestHostileFileContents covers files that are not UTF-8 text, are empty, have broken front
// matter, or are links that go nowhere.
func TestHostileFileContents(t *testing.T) {
	t.Parallel()
	runHostileCases(t, []hostileCase{
		// Not text.
		{name: "PNG named .md", files: map[string]string{"photo.md": pngHeader},
			args: []string{"check", "photo.md"}, exit: exitError, stderr: "crosscheck: photo.md: binary file"},
		{name: "PNG named .md in a folder", files: map[string]string{"news/a.md": fireStory, "news/photo.md": pngHeader},
			args: []string{"check", "news"}, exit: exitError, stderr: "crosscheck: " + filepath.FromSlash("news/photo.md") + ": binary file"},
		{name: "PNG with its own extension in a folder is not an article", files: map[string]string{"news/a.md": fireStory, "news/photo.png": pngHeader},
			args: []string{"check", "news"}, exit: exitClean, articles: "1 article"},
		{name: "NUL byte", files: map[string]string{"a.txt": "The toll rose\x00 to 41.\n"},
			args: []string{"check", "a.txt"}, exit: exitError, stderr: "crosscheck: a.txt: binary file"},
		{name: "NUL byte after 20 KB of text", files: map[string]string{"a.md": strings.Repeat(fireStory, 800) + "\x00\n"},
			args: []string{"check", "a.md"}, exit: exitError, stderr: "crosscheck: a.md: binary file"},
		{name: "invalid UTF-8 on line 3", files: map[string]string{"latin1.txt": "One.\nTwo.\nThe caf\xe9 burned.\n"},
			args: []string{"check", "latin1.txt"}, exit: exitError, stderr: "crosscheck: latin1.txt:3: invalid UTF-8"},
		{name: "invalid UTF-8 in front matter", files: map[string]string{"a.md": "---\ntitle: Caf\xe9 fire\n---\nText.\n"},
			args: []string{"check", "a.md"}, exit: exitError, stderr: "crosscheck: a.md:2: invalid UTF-8"},
		{name: "invalid UTF-8 in HTML", files: map[string]string{"a.html": "<html><body>\n<p>The caf\xe9 burned.</p>\n</body></html>\n"},
			args: []string{"check", "a.html"}, exit: exitError, stderr: "crosscheck: a.html:2: invalid UTF-8"},
		{name: "UTF-16LE with BOM", files: map[string]string{"a.txt": utf16(fireStory, false)},
			args: []string{"check", "a.txt"}, exit: exitError, stderr: "crosscheck: a.txt: ", contains: "UTF-16"},
		{name: "UTF-16BE with BOM", files: map[string]string{"a.txt": utf16(fireStory, true)},
			args: []string{"check", "a.txt"}, exit: exitError, stderr: "crosscheck: a.txt: ", contains: "UTF-16"},

		// Empty.
		{name: "empty file", files: map[string]string{"empty.md": "", "a.md": fireStory},
			args: []string{"check", "empty.md", "a.md"}, exit: exitClean, stderr: "crosscheck: warning: empty.md: empty article, skipped", articles: "1 article"},
		{name: "whitespace-only HTML", files: map[string]string{"blank.html": " \n\t\n", "a.md": fireStory},
			args: []string{"check", "blank.html", "a.md"}, exit: exitClean, stderr: "crosscheck: warning: blank.html: empty article, skipped", articles: "1 article"},
		{name: "whitespace-only Markdown", files: map[string]string{"blank.md": "   \n\t\n  \n", "a.md": fireStory},
			args: []string{"check", "blank.md", "a.md"}, exit: exitClean, stderr: "crosscheck: warning: blank.md: empty article, skipped", articles: "1 article"},
		{name: "blank-lines-only text", files: map[string]string{"blank.txt": "\n\n\n", "a.md": fireStory},
			args: []string{"check", "blank.txt", "a.md"}, exit: exitClean, stderr: "crosscheck: warning: blank.txt: empty article, skipped", articles: "1 article"},

		// Front matter.
		{name: "front matter not YAML", files: map[string]string{"a.md": "---\n: : :\n---\nText.\n"},
			args: []string{"check", "a.md"}, exit: exitError, stderr: "crosscheck: a.md:2: front matter: "},
		{name: "published not a date", files: map[string]string{"a.md": "---\npublished: next week\n---\nText.\n"},
			args: []string{"check", "a.md"}, exit: exitError, stderr: `crosscheck: a.md:2: front matter: "next week" is not a date`},
		{name: "published an impossible date", files: map[string]string{"a.md": "---\npublished: 2026-02-30\n---\nText.\n"},
			args: []string{"check", "a.md"}, exit: exitError, stderr: `crosscheck: a.md:2: front matter: "2026-02-30" is not a date`},
		{name: "published a list", files: map[string]string{"a.md": "---\npublished: [2026-03-02, 2026-03-03]\n---\nText.\n"},
			args: []string{"check", "a.md"}, exit: exitError, stderr: "crosscheck: a.md:2: front matter: ", contains: "2026-03-02"},
		{name: "front matter never closed", files: map[string]string{"a.md": "---\ntitle: Warehouse fire\npublished: 2026-03-02\n\nThe fire killed 12 people.\n"},
			args: []string{"check", "a.md"}, exit: exitError, stderr: "crosscheck: a.md:1: "},

		// Links.
		{name: "symlink loop between files in a folder", files: map[string]string{"news/a.md": fireStory},
			setup: func(t *testing.T, dir string) {
				symlink(t, "loop2.md", filepath.Join(dir, "news", "loop1.md"))
				symlink(t, "loop1.md", filepath.Join(dir, "news", "loop2.md"))
			},
			args: []string{"check", "news"}, exit: exitClean, stderr: "crosscheck: warning: ", articles: "1 article",
			bug: "links in a loop (loop1.md → loop2.md → loop1.md) inside a folder are skipped silently (article.Expand drops any link os.Stat cannot follow); the run should warn that they were passed over"},
		{name: "symlink loop between folders", files: map[string]string{"news/x/a.md": fireStory},
			setup: func(t *testing.T, dir string) {
				symlink(t, filepath.Join("..", "y"), filepath.Join(dir, "news", "x", "to-y"))
				if err := os.MkdirAll(filepath.Join(dir, "news", "y"), 0o755); err != nil {
					t.Fatal(err)
				}
				symlink(t, filepath.Join("..", "x"), filepath.Join(dir, "news", "y", "to-x"))
			},
			args: []string{"check", "news"}, exit: exitClean, articles: "1 article"},
		{name: "symlink loop named as PATH", setup: func(t *testing.T, dir string) {
			symlink(t, "b.md", filepath.Join(dir, "a.md"))
			symlink(t, "a.md", filepath.Join(dir, "b.md"))
		},
			args: []string{"check", "a.md"}, exit: exitError, stderr: "crosscheck: a.md: too many levels of symbolic links"},
		{name: "dangling symlink in a folder", files: map[string]string{"news/a.md": fireStory},
			setup: func(t *testing.T, dir string) {
				symlink(t, "deleted.md", filepath.Join(dir, "news", "gone.md"))
			},
			args: []string{"check", "news"}, exit: exitClean, stderr: "crosscheck: warning: ", articles: "1 article",
			bug: "a dangling link gone.md → deleted.md inside a folder is skipped silently; an article file that vanished should be named in a warning"},
		{name: "dangling symlink named as PATH", setup: func(t *testing.T, dir string) {
			symlink(t, "deleted.md", filepath.Join(dir, "gone.md"))
		},
			args: []string{"check", "gone.md"}, exit: exitError, stderr: "crosscheck: gone.md: no such file or directory"},
	})
}

// TestHostileFIFO checks that a named pipe inside a folder is passed over instead of blocking
// the run on a pipe nobody writes to.
func TestHostileFIFO(t *testing.T) {
	t.Parallel()
	mkfifo, err := exec.LookPath("mkfifo")
	if err != nil {
		t.Skip("no mkfifo here")
	}
	runHostileCases(t, []hostileCase{
		{name: "FIFO in a folder", files: map[string]string{"news/a.md": fireStory},
			setup: func(t *testing.T, dir string) {
				if out, err := exec.Command(mkfifo, filepath.Join(dir, "news", "pipe.md")).CombinedOutput(); err != nil {
					t.Skipf("mkfifo: %v %s", err, out)
				}
			},
			args: []string{"check", "news"}, exit: exitClean, articles: "1 article"},
	})
}

// TestHostileUnreadable covers files and folders the checker may not read.
func TestHostileUnreadable(t *testing.T) {
	t.Parallel()
	if os.Geteuid() == 0 {
		t.Skip("running as root, which can read anything")
	}
	lock := func(rel string) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) {
			p := filepath.Join(dir, filepath.FromSlash(rel))
			if err := os.Chmod(p, 0); err != nil {
				t.Fatal(err)
			}
			// Give the permissions back, or the temporary folder cannot be removed.
			t.Cleanup(func() { os.Chmod(p, 0o755) })
			if f, err := os.Open(p); err == nil {
				info, _ := f.Stat()
				_, rerr := f.Readdirnames(1)
				f.Close()
				if info != nil && !info.IsDir() || rerr == nil {
					t.Skip("permissions are not enforced here")
				}
			}
		}
	}
	denied := func(rel string) string {
		return "crosscheck: " + filepath.FromSlash(rel) + ": permission denied"
	}
	runHostileCases(t, []hostileCase{
		{name: "unreadable file", files: map[string]string{"secret.md": fireStory},
			setup: lock("secret.md"), args: []string{"check", "secret.md"}, exit: exitError, stderr: denied("secret.md")},
		{name: "unreadable file among readable ones", files: map[string]string{"a.md": fireStory, "secret.md": fireStory},
			setup: lock("secret.md"), args: []string{"check", "a.md", "secret.md"}, exit: exitError, stderr: denied("secret.md")},
		{name: "unreadable file in a folder", files: map[string]string{"news/a.md": fireStory, "news/secret.md": fireStory},
			setup: lock("news/secret.md"), args: []string{"check", "news"}, exit: exitError, stderr: denied("news/secret.md")},
		{name: "unreadable folder", files: map[string]string{"locked/a.md": fireStory},
			setup: lock("locked"), args: []string{"check", "locked"}, exit: exitError, stderr: denied("locked")},
		{name: "unreadable folder inside a folder", files: map[string]string{"news/a.md": fireStory, "news/locked/b.md": fireStory},
			setup: lock("news/locked"), args: []string{"check", "news"}, exit: exitError, stderr: denied("news/locked")},
		{name: "unreadable rules file", files: map[string]string{"a.md": fireStory, "rules.yaml": "measures: []\n"},
			setup: lock("rules.yaml"), args: []string{"check", "--rules", "rules.yaml", "a.md"}, exit: exitError, stderr: denied("rules.yaml")},
	})
}

// singleLine returns size bytes of text with no line break, built by repeating unit.
func singleLine(unit string, size int) []byte {
	return bytes.Repeat([]byte(unit), size/len(unit)+1)[:size]
}

// TestHostileLargeFiles covers files past the size limit and long files of one line.
func TestHostileLargeFiles(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("large files are slow to write and read")
	}
	// 100 MB of text on one line, written a megabyte at a time.
	writeBig := func(t *testing.T, dir string) {
		f, err := os.Create(filepath.Join(dir, "huge.txt"))
		if err != nil {
			t.Fatal(err)
		}
		chunk := singleLine("The fire killed 12 people and injured 30 more. ", 1<<20)
		for i := 0; i < 100; i++ {
			if _, err := f.Write(chunk); err != nil {
				t.Fatal(err)
			}
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
	}
	// One byte past the limit, as a sparse file: only its size is looked at.
	writeJustOver := func(t *testing.T, dir string) {
		f, err := os.Create(filepath.Join(dir, "over.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.WriteString(fireStory); err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(64<<20 + 1); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	writeLine := func(name, unit string, size int) func(t *testing.T, dir string) {
		return func(t *testing.T, dir string) {
			if err := os.WriteFile(filepath.Join(dir, name), singleLine(unit, size), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Distinct reports on one line: every claim is a new one.
	distinct := func(t *testing.T, dir string) {
		var b strings.Builder
		for i := 0; b.Len() < 2<<20; i++ {
			fmt.Fprintf(&b, "At least %d people died in the blast. ", i%50+1)
		}
		if err := os.WriteFile(filepath.Join(dir, "distinct.txt"), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	runHostileCases(t, []hostileCase{
		{name: "100 MB single line", setup: writeBig,
			args: []string{"check", "huge.txt"}, exit: exitError, stderr: "crosscheck: huge.txt: file too large (100 MiB; limit 64 MiB)"},
		{name: "100 MB single line in a folder", setup: writeBig, files: map[string]string{"a.md": fireStory},
			args: []string{"check", "."}, exit: exitError, stderr: "crosscheck: huge.txt: file too large"},
		{name: "one byte past the limit", setup: writeJustOver,
			args: []string{"check", "over.txt"}, exit: exitError, stderr: "crosscheck: over.txt: file too large"},
		{name: "10 MB single line of prose", setup: writeLine("long.txt", "At least 12 people died and 3 were injured in the blast on Monday. ", 10<<20),
			args: []string{"check", "long.txt"}, exit: exitClean, articles: "1 article"},
		{name: "2 MB single line of distinct reports", setup: distinct,
			args: []string{"check", "distinct.txt"}, exit: exitClean, articles: "1 article"},
		{name: "200 KB run-on sentence of counts", setup: writeLine("runon.txt", "12 people died, 3 injured, ", 216000),
			args: []string{"check", "runon.txt"}, exit: exitClean, articles: "1 article"},
	})
}

// TestHostileManyFiles checks that thousands of small articles in nested folders are all read.
func TestHostileManyFiles(t *testing.T) {
	t.Parallel()
	const n = 3000
	dir := t.TempDir()
	for i := 0; i < n; i++ {
		killed := 12
		if i == n-1 {
			killed = 14 // the one contradiction
		}
		name := fmt.Sprintf("story/d%02d/e%02d/a%04d.md", i%30, i/30%10, i)
		writeHostileFile(t, dir, name, fmt.Sprintf("---\npublished: 2026-05-04\n---\nThe warehouse fire killed %d people.\n\nMayor Lena Ortiz and fire chief Tomas Berg spoke.\n", killed))
	}
	r := runHostile(t, dir, "check", "story")
	if r.exit != exitContradiction || !strings.Contains(r.stdout, fmt.Sprintf("in %d articles", n)) || r.stderr != "" {
		t.Fatalf("want exit 1 and %d articles in the summary\n%s", n, r)
	}
	r = runHostile(t, dir, "check", "--format", "json", "story")
	var rep struct {
		Summary struct {
			Articles       int `json:"articles"`
			Claims         int `json:"claims"`
			Contradictions int `json:"contradictions"`
		} `json:"summary"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, r)
	}
	// Each article: one count, and a name and a title for each of its two people.
	if rep.Summary.Articles != n || rep.Summary.Claims != 5*n || rep.Summary.Contradictions != 1 {
		t.Errorf("summary %+v, want %d articles, %d claims, 1 contradiction", rep.Summary, n, 5*n)
	}
	t.Logf("%d articles in %v", n, r.elapsed.Round(time.Millisecond))
}

// TestHostileRules covers broken --rules files and folders.
func TestHostileRules(t *testing.T) {
	t.Parallel()
	story := map[string]string{"a.md": fireStory}
	with := func(extra map[string]string) map[string]string {
		m := map[string]string{"a.md": fireStory}
		for k, v := range extra {
			m[k] = v
		}
		return m
	}
	runHostileCases(t, []hostileCase{
		{name: "syntax error", files: with(map[string]string{"r.yaml": "measures:\n  - name: [unclosed\n"}),
			args: []string{"check", "--rules", "r.yaml", "a.md"}, exit: exitError, stderr: "crosscheck: r.yaml:2: yaml: "},
		{name: "unknown key", files: with(map[string]string{"r.yaml": "measures:\n  - name: evacuated\n    phrases: [evacuated]\n    chnage: cumulative\n"}),
			args: []string{"check", "--rules", "r.yaml", "a.md"}, exit: exitError, stderr: `crosscheck: r.yaml:4: unknown key "chnage"`},
		{name: "unknown top-level key", files: with(map[string]string{"r.yaml": "measure:\n  - name: evacuated\n"}),
			args: []string{"check", "--rules", "r.yaml", "a.md"}, exit: exitError, stderr: `crosscheck: r.yaml:1: unknown key "measure"`},
		{name: "wrong type: word for list", files: with(map[string]string{"r.yaml": "measures:\n  - name: evacuated\n    phrases: evacuated\n"}),
			args: []string{"check", "--rules", "r.yaml", "a.md"}, exit: exitError, stderr: "crosscheck: r.yaml:3: want a list"},
		{name: "wrong type: number for list", files: with(map[string]string{"r.yaml": "measures: 5\n"}),
			args: []string{"check", "--rules", "r.yaml", "a.md"}, exit: exitError, stderr: "crosscheck: r.yaml:1: want a list"},
		{name: "binary rules file", files: with(map[string]string{"r.yaml": pngHeader}),
			args: []string{"check", "--rules", "r.yaml", "a.md"}, exit: exitError, stderr: "crosscheck: r.yaml:"},
		{name: "empty file is fine", files: with(map[string]string{"r.yaml": ""}),
			args: []string{"check", "--rules", "r.yaml", "a.md"}, exit: exitClean, articles: "1 article"},
		{name: "empty file alone is fine", files: with(map[string]string{"r.yaml": ""}),
			args: []string{"check", "--no-default-rules", "--rules", "r.yaml", "a.md"}, exit: exitClean, articles: "1 article"},
		{name: "folder with no .yaml", files: with(map[string]string{"rules/readme.txt": "notes\n"}),
			args: []string{"check", "--rules", "rules", "a.md"}, exit: exitError, stderr: "crosscheck: rules: no rule files"},
		{name: "path does not exist", files: story,
			args: []string{"check", "--rules", "nothere.yaml", "a.md"}, exit: exitError, stderr: "crosscheck: nothere.yaml: no such file or directory"},
	})
}

// TestHostileFlags covers command lines that are wrong.
func TestHostileFlags(t *testing.T) {
	t.Parallel()
	story := map[string]string{"a.md": fireStory}
	cases := []struct {
		args   []string
		stderr string
	}{
		{[]string{"check", "--colour", "a.md"}, "crosscheck: unknown flag: --colour"},
		{[]string{"check", "-z", "a.md"}, "crosscheck: unknown shorthand flag: 'z' in -z"},
		{[]string{"check", "a.md", "--format"}, "crosscheck: flag needs an argument: --format"},
		{[]string{"--format"}, "crosscheck: flag needs an argument: --format"},
		{[]string{"check", "--baseline", "x", "--write-baseline", "y", "a.md"}, "crosscheck: --baseline and --write-baseline cannot be used together"},
		{[]string{"check", "--no-cache", "--cache-dir", "d", "a.md"}, "crosscheck: --no-cache and --cache-dir cannot be used together"},
		{[]string{"check", "--no-default-rules", "a.md"}, "crosscheck: --no-default-rules needs at least one --rules file"},
		{[]string{"check", "--format", "xml", "a.md"}, `crosscheck: --format must be table, json, sarif, github or markdown, not "xml"`},
		{[]string{"check", "--format=", "a.md"}, `crosscheck: --format must be table, json, sarif, github or markdown, not ""`},
		{[]string{"claims", "--format", "sarif", "a.md"}, `crosscheck: --format must be table or json, not "sarif"`},
		{[]string{"check", "--fail-level", "fatal", "a.md"}, `crosscheck: --fail-level must be error, warning or none, not "fatal"`},
		{[]string{"check", "--no-cache=maybe", "a.md"}, `crosscheck: invalid argument "maybe" for "--no-cache" flag`},
		{[]string{"check"}, "crosscheck: no articles given"},
		{[]string{"check", "--", "-a.md"}, "crosscheck: -a.md: no such file or directory"},
	}
	var hc []hostileCase
	for _, c := range cases {
		hc = append(hc, hostileCase{name: strings.Join(c.args, " "), files: story, args: c.args, exit: exitError, stderr: c.stderr})
	}
	runHostileCases(t, hc)
}

// TestHostileBaseline covers baseline files that cannot be read or written.
func TestHostileBaseline(t *testing.T) {
	t.Parallel()
	two := map[string]string{"a.md": fireStory, "b.md": "The fire killed 14 people.\n"}
	with := func(name, text string) map[string]string {
		m := map[string]string{name: text}
		for k, v := range two {
			m[k] = v
		}
		return m
	}
	args := func(flag, path string) []string { return []string{"check", flag, path, "a.md", "b.md"} }
	runHostileCases(t, []hostileCase{
		{name: "not JSON", files: with("base.json", "not json {\n"),
			args: args("--baseline", "base.json"), exit: exitError, stderr: "crosscheck: base.json:1: "},
		{name: "empty", files: with("base.json", ""),
			args: args("--baseline", "base.json"), exit: exitError, stderr: "crosscheck: base.json:1: empty baseline file"},
		{name: "binary", files: with("base.json", pngHeader),
			args: args("--baseline", "base.json"), exit: exitError, stderr: "crosscheck: base.json:"},
		{name: "JSON of another shape", files: with("base.json", "[1, 2]\n"),
			args: args("--baseline", "base.json"), exit: exitError, stderr: "crosscheck: base.json:1: ", lacks: "Go value"},
		{name: "a folder", files: with("base/keep.txt", "x\n"),
			args: args("--baseline", "base"), exit: exitError, stderr: "crosscheck: base: is a directory"},
		{name: "does not exist", files: two,
			args: args("--baseline", "nothere.json"), exit: exitError, stderr: "crosscheck: nothere.json: no such file or directory"},
		{name: "write to a folder", files: with("base/keep.txt", "x\n"),
			args: args("--write-baseline", "base"), exit: exitError, stderr: "crosscheck: base: ", lacks: ".tmp"},
		{name: "write into a missing folder", files: two,
			args: args("--write-baseline", "missing/base.json"), exit: exitError, stderr: "crosscheck: " + filepath.FromSlash("missing/base.json") + ": no such file or directory"},
	})
}

// TestHostileConfig covers a broken .crosscheck.yaml found by walking up from a nested folder.
func TestHostileConfig(t *testing.T) {
	t.Parallel()
	up := filepath.FromSlash("../../../.crosscheck.yaml")
	article := "a/b/c/x.md"
	runHostileCases(t, []hostileCase{
		{name: "unknown key", files: map[string]string{".crosscheck.yaml": "severity:\n  name: off\ncolour: always\n", article: fireStory},
			wd: "a/b/c", args: []string{"check", "x.md"}, exit: exitError, stderr: "crosscheck: " + up + `:3: unknown key "colour"`},
		{name: "not YAML", files: map[string]string{".crosscheck.yaml": ": : :\n", article: fireStory},
			wd: "a/b/c", args: []string{"check", "x.md"}, exit: exitError, stderr: "crosscheck: " + up + ":1: "},
		{name: "rules file it names is broken", files: map[string]string{".crosscheck.yaml": "rules: [r.yaml]\n", "r.yaml": "bogus: 1\n", article: fireStory},
			wd: "a/b/c", args: []string{"check", "x.md"}, exit: exitError, stderr: "crosscheck: " + filepath.FromSlash("../../../r.yaml") + `:1: unknown key "bogus"`},
		{name: "fail-level wrong", files: map[string]string{".crosscheck.yaml": "fail-level: fatal\n", article: fireStory},
			wd: "a/b/c", args: []string{"check", "x.md"}, exit: exitError, stderr: "crosscheck: " + up + `:1: want error, warning or none, not "fatal"`},
		{name: "explicit --config that does not exist", files: map[string]string{article: fireStory},
			wd: "a/b/c", args: []string{"check", "--config", "nothere.yaml", "x.md"}, exit: exitError, stderr: "crosscheck: nothere.yaml: no such file or directory"},
	})
}

// TestHostileDeterminism checks that every format prints byte-identical output whatever the
// order of the PATH arguments.
func TestHostileDeterminism(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	articles := map[string]string{
		"a.md": "---\npublished: 2026-03-02\n---\nThe fire at the Linden warehouse killed 12 people on Monday.\n\n" +
			"The government declared three days of national mourning.\n\nMayor Lena Ortiz and fire chief Tomas Berg spoke.\n",
		"b.md": "---\npublished: 2026-03-03\n---\nThe warehouse fire killed 14 people, officials said.\n\n" +
			"The warehouse, built in 1986, had failed two inspections.\n\nMayor Lena Ortiz and fire chief Tomas Berg spoke.\n",
		"c.txt": "The fire killed 12 people. The government declared five days of national mourning.\n\nMayor Lena Ortiz and fire chief Tomas Berg spoke.\n",
		"d.html": "<html><head><title>Warehouse fire</title><meta name=\"date\" content=\"2026-03-04\"></head>\n" +
			"<body><p>The warehouse, built in 1990, burned for six hours.</p>\n<p>The fire killed 15 people.</p>\n<p>Mayor Lena Ortiz and fire chief Tomas Berg spoke.</p></body></html>\n",
	}
	for name, text := range articles {
		writeHostileFile(t, dir, name, text)
	}
	orders := [][]string{
		{"a.md", "b.md", "c.txt", "d.html"},
		{"d.html", "c.txt", "b.md", "a.md"},
		{"c.txt", "a.md", "d.html", "b.md"},
	}
	for _, format := range []string{"table", "json", "sarif", "github", "markdown"} {
		t.Run(format, func(t *testing.T) {
			var first hostileRun
			for i, order := range orders {
				r := runHostile(t, dir, append([]string{"check", "--format", format}, order...)...)
				if i == 0 {
					first = r
					if r.exit != exitContradiction || r.stdout == "" {
						t.Fatalf("want exit 1 and a report for articles that disagree\n%s", r)
					}
					if format == "json" {
						var rep struct {
							Summary struct {
								Articles       int `json:"articles"`
								Contradictions int `json:"contradictions"`
							} `json:"summary"`
						}
						if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil || rep.Summary.Articles != 4 || rep.Summary.Contradictions < 2 {
							t.Fatalf("want 4 articles and at least 2 contradictions (%v)\n%s", err, r)
						}
					}
					continue
				}
				if r.stdout != first.stdout || r.stderr != first.stderr || r.exit != first.exit {
					t.Fatalf("order %v prints something else than order %v\nfirst:\n%s\nthis:\n%s", order, orders[0], first, r)
				}
			}
		})
	}
}
