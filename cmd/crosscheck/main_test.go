package main

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the stdout and stderr sections of testdata/*.txtar")

// binary is the crosscheck binary built once for the end-to-end tests.
var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "crosscheck-e2e")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "crosscheck")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("go build: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TestScripts runs each testdata/*.txtar case against the real binary. A case's comment holds
// one command line ("crosscheck check a.md b.md") and the expected exit status ("exit 1"); its
// files are written to a fresh folder the command runs in, except the sections "stdout" and
// "stderr", which hold the expected output. A case with no article files runs in the project's
// testdata folder, so it can read the example corpus. With -update the output sections are
// rewritten from what the binary printed.
func TestScripts(t *testing.T) {
	cases, err := filepath.Glob("testdata/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) == 0 {
		t.Fatal("no test cases in testdata/*.txtar")
	}
	projectTestdata, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range cases {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			args, wantExit := parseComment(t, string(ar.Comment))
			dir := projectTestdata
			var articles []txtar.File
			for _, f := range ar.Files {
				if f.Name != "stdout" && f.Name != "stderr" {
					articles = append(articles, f)
				}
			}
			if len(articles) > 0 {
				dir = t.TempDir()
				for _, f := range articles {
					p := filepath.Join(dir, filepath.FromSlash(f.Name))
					if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(p, f.Data, 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			cmd := exec.Command(binary, args...)
			cmd.Dir = dir
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			err = cmd.Run()
			exit := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				exit = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if exit != wantExit {
				t.Errorf("exit status %d, want %d\nstderr:\n%s", exit, wantExit, stderr.String())
			}
			got := map[string]string{"stdout": stdout.String(), "stderr": stderr.String()}
			if *update {
				var files []txtar.File
				for _, f := range ar.Files {
					if f.Name != "stdout" && f.Name != "stderr" {
						files = append(files, f)
					}
				}
				for _, name := range []string{"stdout", "stderr"} {
					if got[name] != "" {
						files = append(files, txtar.File{Name: name, Data: []byte(got[name])})
					}
				}
				ar.Files = files
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, name := range []string{"stdout", "stderr"} {
				want := ""
				for _, f := range ar.Files {
					if f.Name == name {
						want = string(f.Data)
					}
				}
				if diff := cmp.Diff(want, got[name]); diff != "" {
					t.Errorf("%s differs (-want +got); run go test ./cmd/crosscheck -update to accept:\n%s", name, diff)
				}
			}
		})
	}
}

// parseComment reads the command line and the expected exit status from a case's comment.
func parseComment(t *testing.T, comment string) (args []string, exit int) {
	t.Helper()
	for _, line := range strings.Split(comment, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "exit "):
			n, err := strconv.Atoi(strings.TrimPrefix(line, "exit "))
			if err != nil {
				t.Fatalf("bad exit line %q", line)
			}
			exit = n
		case strings.HasPrefix(line, "crosscheck"):
			args = strings.Fields(line)[1:]
		default:
			t.Fatalf("unknown line in case comment: %q", line)
		}
	}
	return args, exit
}

// runBinary runs crosscheck in dir and returns its output and exit status.
func runBinary(t *testing.T, dir string, args ...string) (stdout, stderr string, exit int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return out.String(), errb.String(), ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), 0
}

// TestBadInput checks that input the checker cannot read stops it with exit status 2, a
// "crosscheck: path:line: message" on standard error and nothing on standard output.
func TestBadInput(t *testing.T) {
	cases := []struct {
		name    string
		file    string
		data    []byte
		wantErr string
	}{
		{"binary", "a.txt", []byte("GIF89a\x00\x01\x02\x00\x00binary"), "crosscheck: a.txt: binary file"},
		{"NUL byte", "a.md", []byte("The toll rose\x00 to 41.\n"), "crosscheck: a.md: binary file"},
		{"invalid UTF-8", "a.md", []byte("Line one.\nLine \xff two.\n"), "crosscheck: a.md:2: invalid UTF-8"},
		{"front matter not YAML", "a.md", []byte("---\ntitle: [unclosed\npublished: 2026-01-01\n---\nText.\n"), "crosscheck: a.md:"},
		{"published not a date", "a.md", []byte("---\npublished: last Tuesday\n---\nText.\n"), "crosscheck: a.md:2:"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, tc.file), tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			stdout, stderr, exit := runBinary(t, dir, "check", tc.file)
			if exit != exitError {
				t.Errorf("exit status %d, want %d", exit, exitError)
			}
			if stdout != "" {
				t.Errorf("stdout not empty: %q", stdout)
			}
			if !strings.HasPrefix(stderr, tc.wantErr) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("stderr = %q, want one line starting %q", stderr, tc.wantErr)
			}
			if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine") {
				t.Errorf("stderr shows a panic: %s", stderr)
			}
		})
	}
}

// TestSymlinkLoop checks that a folder holding a link to itself is read once, not forever.
func TestSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "news"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "news", "a.md"), []byte("At least 12 people died.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("..", filepath.Join(dir, "news", "loop")); err != nil {
		t.Skipf("no symlinks here: %v", err)
	}
	stdout, stderr, exit := runBinary(t, dir, "check", "news")
	if exit != exitClean {
		t.Fatalf("exit status %d, stderr %q", exit, stderr)
	}
	if !strings.Contains(stdout, "in 1 article") {
		t.Errorf("want the one article read once, got %q", stdout)
	}
}

// TestDeterministic checks that output is byte-identical across runs and across the order of
// PATH arguments, in every format.
func TestDeterministic(t *testing.T) {
	dir, err := filepath.Abs("../../testdata/corpus/dam")
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		if e.Name() != "gold.json" {
			files = append(files, e.Name())
		}
	}
	reversed := make([]string, len(files))
	for i, f := range files {
		reversed[len(files)-1-i] = f
	}
	for _, format := range []string{"table", "json"} {
		for _, cmd := range []string{"check", "claims"} {
			first, _, _ := runBinary(t, dir, append([]string{cmd, "--format", format}, files...)...)
			for i := 0; i < 3; i++ {
				args := files
				if i%2 == 1 {
					args = reversed
				}
				again, _, _ := runBinary(t, dir, append([]string{cmd, "--format", format}, args...)...)
				if again != first {
					t.Fatalf("%s --format %s: run %d differs from the first", cmd, format, i+2)
				}
			}
		}
	}
}
