package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/gob"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/claims"
)

// magic opens every cache file; a file without it was not written by this package.
const magic = "crosscheck-cache\x00v1\n"

// layout names the folder of this file format, so that a future format can live beside it.
const layout = "v1"

// MaxFileSize is the largest cache file read or written. A larger file is a miss: no article
// yields that many claims, so it is corrupt or foreign, and reading it would only waste memory.
const MaxFileSize = 64 << 20

// racyWindow is how much older than the moment it is remembered a file's modification time must
// be for the stat index to trust it. A file changed twice within one timestamp tick keeps its
// size and time; two seconds covers the coarsest common file systems (FAT).
const racyWindow = 2 * time.Second

// Cache stores the claims of articles on disk under Dir.
type Cache struct {
	Dir string
}

// Open returns the cache stored under dir, creating the folder if needed.
func Open(dir string) (*Cache, error) {
	if dir == "" {
		return nil, errors.New("cache: no folder given")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("cache: %w", err)
	}
	return &Cache{Dir: dir}, nil
}

// DefaultDir returns the folder the cache lives in unless the user names one: "crosscheck" in
// the user's cache folder.
func DefaultDir() (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("cache: %w", err)
	}
	return filepath.Join(base, "crosscheck"), nil
}

// Entry is what is cached for one article file.
type Entry struct {
	// Published and Dated are the article's date, which is needed before extraction: undated
	// articles take their year from the latest date of the story.
	Published time.Time
	Dated     bool
	Claims    []claims.Claim
	Anchors   []string // the article's distinctive names, for grouping articles into stories
}

// Key identifies an article's extraction: the file's content hash plus everything the claims
// depend on.
type Key struct {
	Path        string   // as given (claims carry it)
	ContentHash [32]byte // SHA-256 of the file's bytes
	Rules       string   // a hash of the compiled rule set
	StoryDay    string   // the story's day for undated articles ("" for dated ones)
	Version     string   // the program's version
}

// FileInfo is what the stat index holds for one file.
type FileInfo struct {
	ContentHash [32]byte
	Published   time.Time
	Dated       bool
}

// entryRecord is the payload of an entry file. It repeats the key so that a file found under a
// key's name but written for another (a hash collision, a foreign or renamed file) is a miss.
type entryRecord struct {
	Schema string
	Key    Key
	Entry  Entry
}

// statRecord is the payload of a stat index file.
type statRecord struct {
	Schema   string
	Path     string // absolute
	Size     int64
	ModTime  time.Time
	Recorded time.Time // when Remember was called
	Info     FileInfo
}

// Get returns the entry stored for k. Absent, unreadable, corrupt or foreign files and files
// written for another key are all a miss. Slices that were empty when put come back nil.
func (c *Cache) Get(k Key) (Entry, bool) {
	if c == nil || c.Dir == "" {
		return Entry{}, false
	}
	var rec entryRecord
	if !readFile(c.entryPath(k), &rec) || rec.Schema != schema || rec.Key != k {
		return Entry{}, false
	}
	return rec.Entry, true
}

// Put stores e under k, replacing what was there. Readers never see a partly written file.
func (c *Cache) Put(k Key, e Entry) error {
	if c == nil || c.Dir == "" {
		return errors.New("cache: no folder")
	}
	return writeFile(c.entryPath(k), &entryRecord{Schema: schema, Key: k, Entry: e})
}

// Lookup returns what was remembered about the file at path if its size and modification time
// are still those remembered. The path is made absolute, so that one relative name used from two
// working folders does not mix two files.
func (c *Cache) Lookup(path string, size int64, modTime time.Time) (FileInfo, bool) {
	if c == nil || c.Dir == "" {
		return FileInfo{}, false
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return FileInfo{}, false
	}
	var rec statRecord
	if !readFile(c.statPath(abs), &rec) || rec.Schema != schema || rec.Path != abs ||
		rec.Size != size || !rec.ModTime.Equal(modTime) || !trusted(modTime, rec.Recorded) {
		return FileInfo{}, false
	}
	return rec.Info, true
}

// Remember records fi for the file at path with the given size and modification time. The size
// and time must come from a stat taken before the file was read for fi, and Remember should be
// called soon after that read. A file whose modification time is not at least two seconds in the
// past is not remembered (nor is a file dated in the future): a change within the same timestamp
// tick could not be told apart.
func (c *Cache) Remember(path string, size int64, modTime time.Time, fi FileInfo) error {
	if c == nil || c.Dir == "" {
		return errors.New("cache: no folder")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	now := time.Now()
	if !trusted(modTime, now) {
		return nil
	}
	return writeFile(c.statPath(abs), &statRecord{
		Schema: schema, Path: abs, Size: size, ModTime: modTime, Recorded: now, Info: fi,
	})
}

// trusted reports whether a file modified at modTime and read before recorded cannot have
// changed since without its modification time changing too.
func trusted(modTime, recorded time.Time) bool {
	return modTime.Before(recorded.Add(-racyWindow))
}

func (c *Cache) entryPath(k Key) string {
	h := newKeyHash("entry")
	h.field(k.Path)
	h.Write(k.ContentHash[:])
	h.field(k.Rules)
	h.field(k.StoryDay)
	h.field(k.Version)
	return c.shardPath(h.Sum(nil))
}

func (c *Cache) statPath(abs string) string {
	h := newKeyHash("stat")
	h.field(abs)
	return c.shardPath(h.Sum(nil), "stat")
}

// shardPath spreads files over 256 folders by the first byte of their name, so that no folder
// grows too large for the file system to list quickly.
func (c *Cache) shardPath(sum []byte, sub ...string) string {
	name := hex.EncodeToString(sum)
	parts := append([]string{c.Dir, layout}, sub...)
	parts = append(parts, name[:2], name+".gob")
	return filepath.Join(parts...)
}

// keyHash hashes key fields unambiguously: every string is preceded by its length, and the
// schema of the stored types is mixed in so that a changed type looks up a different file.
type keyHash struct{ hash.Hash }

func newKeyHash(kind string) keyHash {
	h := keyHash{sha256.New()}
	h.field(magic)
	h.field(kind)
	h.field(schema)
	return h
}

func (h keyHash) field(s string) {
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(len(s)))
	h.Write(n[:])
	io.WriteString(h, s)
}

// readFile decodes the cache file at path into rec and reports whether it could.
func readFile(path string, rec any) (ok bool) {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() || st.Size() > MaxFileSize {
		return false
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil || len(data) > MaxFileSize {
		return false
	}
	return decode(data, rec)
}

// decode checks the magic and checksum of a cache file's contents and decodes its payload into
// rec, which must be fresh. It reports whether all of data was one well-formed record.
func decode(data []byte, rec any) (ok bool) {
	if len(data) < len(magic)+sha256.Size || string(data[:len(magic)]) != magic {
		return false
	}
	body, sum := data[:len(data)-sha256.Size], data[len(data)-sha256.Size:]
	if want := sha256.Sum256(body); !bytes.Equal(sum, want[:]) {
		return false
	}
	defer func() {
		// gob reports malformed input as errors; this guards against any it might miss.
		if recover() != nil {
			ok = false
		}
	}()
	r := bytes.NewReader(body[len(magic):])
	if err := gob.NewDecoder(r).Decode(rec); err != nil {
		return false
	}
	return r.Len() == 0
}

// encode returns the contents of a cache file holding rec.
func encode(rec any) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(magic)
	if err := gob.NewEncoder(&buf).Encode(rec); err != nil {
		return nil, fmt.Errorf("cache: %w", err)
	}
	sum := sha256.Sum256(buf.Bytes())
	buf.Write(sum[:])
	if buf.Len() > MaxFileSize {
		return nil, fmt.Errorf("cache: entry of %d bytes is over the limit of %d", buf.Len(), MaxFileSize)
	}
	return buf.Bytes(), nil
}

// writeFile replaces the file at path with one holding rec.
func writeFile(path string, rec any) error {
	data, err := encode(rec)
	if err != nil {
		return err
	}
	return replaceFile(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// replaceFile replaces the file at path with what write writes: it writes a temporary file in
// the same folder and renames it over path, so that a reader sees the old file or the new one,
// never a part; after a crash a file may be empty or cut short, which its checksum turns into a
// miss.
func replaceFile(path string, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	f, err := os.CreateTemp(dir, ".tmp-*")
	if err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
			err = fmt.Errorf("cache: %w", err)
		}
	}()
	if err = write(f); err != nil {
		return err
	}
	if err = f.Chmod(0o644); err != nil {
		return err
	}
	// No fsync: a file a crash leaves empty or cut short fails its checksum and is a miss, and
	// syncing each of a hundred thousand entries would cost more than extracting them afresh.
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
