package article

import (
	"fmt"
	"github.com/crosscheck-news/crosscheck/internal/diag"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// MaxSize is the largest file Read accepts, in bytes.
var MaxSize int64 = 64 << 20

// Read reads and parses one file. A file larger than MaxSize, a folder and
// an unreadable file are reported as *Error.
func Read(path string) (*Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, diag.FromOS(path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, diag.FromOS(path, err)
	}
	if info.IsDir() {
		return nil, &Error{Path: path, Msg: "is a directory, not a file"}
	}
	if info.Size() > MaxSize {
		return nil, tooLarge(path, info.Size())
	}
	// Read at most one byte past the limit, in case the file grows or its
	// size is not known in advance (a pipe).
	data, err := io.ReadAll(io.LimitReader(f, MaxSize+1))
	if err != nil {
		return nil, diag.FromOS(path, err)
	}
	if int64(len(data)) > MaxSize {
		return nil, tooLarge(path, int64(len(data)))
	}
	return Parse(path, data)
}

func tooLarge(path string, size int64) *Error {
	return &Error{Path: path, Msg: fmt.Sprintf("file too large (%s MiB; limit %s MiB)", mib(size), mib(MaxSize))}
}

// mib formats a byte count in MiB: whole numbers without decimals, others
// with one.
func mib(n int64) string {
	if n%(1<<20) == 0 {
		return strconv.FormatInt(n>>20, 10)
	}
	return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64)
}

// articleExts are the extensions, lower-cased, of the files taken from a
// folder.
var articleExts = map[string]bool{".md": true, ".markdown": true, ".txt": true, ".html": true, ".htm": true}

// Expand turns PATH arguments (files or folders) into the sorted list of
// article files, without duplicates (paths compared after cleaning).
//
// A file named explicitly is taken whatever its extension. Folders are read
// recursively for .md, .markdown, .txt, .html and .htm files
// (case-insensitive); hidden files and folders (names starting with ".") are
// skipped; symbolic links are followed, and every real folder is read at
// most once so link loops end. A PATH that does not exist is an *Error.
func Expand(paths []string) ([]string, error) {
	l, err := ExpandListing(paths)
	return l.Files, err
}

// Listing is what Expand found: the article files, and every folder it read with the folder's
// modification time from just before it was read.
type Listing struct {
	Files []string
	Dirs  []Dir
}

// Dir is a folder that was listed. Adding, removing or renaming an entry changes a folder's
// modification time, so a folder whose time is unchanged still holds what was listed.
type Dir struct {
	Path    string
	ModTime time.Time
}

// ExpandListing is Expand, also returning the folders it read.
func ExpandListing(paths []string) (Listing, error) {
	e := expander{visited: map[string]bool{}, seen: map[string]bool{}}
	for _, p := range paths {
		clean := filepath.Clean(p)
		info, err := os.Stat(clean)
		if err != nil {
			return Listing{}, diag.FromOS(p, err)
		}
		if !info.IsDir() {
			e.add(clean)
			continue
		}
		if err := e.walk(clean); err != nil {
			return Listing{}, err
		}
	}
	sort.Strings(e.files)
	return Listing{Files: e.files, Dirs: e.dirs}, nil
}

type expander struct {
	visited map[string]bool // real paths of folders already read
	seen    map[string]bool // files already listed
	files   []string
	dirs    []Dir
}

func (e *expander) add(path string) {
	if !e.seen[path] {
		e.seen[path] = true
		e.files = append(e.files, path)
	}
}

// walk lists the article files under the folder dir.
func (e *expander) walk(dir string) error {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return diag.FromOS(dir, err)
	}
	if abs, err := filepath.Abs(real); err == nil {
		real = abs
	}
	if e.visited[real] {
		return nil
	}
	e.visited[real] = true
	// The time is taken before the folder is read: a change while reading leaves it stale.
	if st, err := os.Stat(dir); err == nil {
		e.dirs = append(e.dirs, Dir{Path: dir, ModTime: st.ModTime()})
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return diag.FromOS(dir, err)
	}
	for _, entry := range entries {
		name := entry.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		path := filepath.Join(dir, name)
		isDir := entry.IsDir()
		if entry.Type()&fs.ModeSymlink != 0 {
			info, err := os.Stat(path)
			if err != nil {
				continue // a dangling link names no article
			}
			isDir = info.IsDir()
		}
		if isDir {
			if err := e.walk(path); err != nil {
				return err
			}
			continue
		}
		if t := entry.Type(); t&fs.ModeSymlink == 0 && !t.IsRegular() {
			continue // a device, pipe or socket
		}
		if articleExts[strings.ToLower(filepath.Ext(name))] {
			e.add(path)
		}
	}
	return nil
}
