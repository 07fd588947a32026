package ruleset

import (
	"fmt"
	"github.com/crosscheck-news/crosscheck/internal/diag"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Error is a problem in a rule file, located by line.
type Error = diag.Error

// MaxFileSize bounds a rule file; rules are small and a huge file is a mistake.
const MaxFileSize = 4 << 20

// LoadFS reads every *.yaml and *.yml file at the top of fsys, in name order, and merges them
// into r. Paths in errors are prefixed with prefix.
func (r *Rules) LoadFS(fsys fs.FS, prefix string) error {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return &Error{Path: prefix, Msg: err.Error()}
	}
	for _, e := range entries {
		if e.IsDir() || !isRuleFile(e.Name()) {
			continue
		}
		data, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			return &Error{Path: filepath.Join(prefix, e.Name()), Msg: err.Error()}
		}
		if err := r.Parse(filepath.Join(prefix, e.Name()), data); err != nil {
			return err
		}
	}
	return nil
}

// LoadPath reads a rule file, or every rule file under a folder (recursively, in path order),
// and merges them into r.
func (r *Rules) LoadPath(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return diag.FromOS(path, err)
	}
	if !info.IsDir() {
		return r.loadFile(path)
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return diag.FromOS(p, err)
		}
		if !d.IsDir() && isRuleFile(d.Name()) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return &Error{Path: path, Msg: "no rule files (*.yaml) in folder"}
	}
	sort.Strings(files)
	for _, f := range files {
		if err := r.loadFile(f); err != nil {
			return err
		}
	}
	return nil
}

func (r *Rules) loadFile(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return diag.FromOS(path, err)
	}
	if info.Size() > MaxFileSize {
		return &Error{Path: path, Msg: fmt.Sprintf("rule file too large (%d bytes; limit %d)", info.Size(), MaxFileSize)}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return diag.FromOS(path, err)
	}
	return r.Parse(path, data)
}

func isRuleFile(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}
