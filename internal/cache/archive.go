package cache

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/claims"
)

// archiveMagic opens every archive index file.
const archiveMagic = "crosscheck-archive\x00v1\n"

// MaxArchiveSection is the largest section of an archive index that is read whole (the file
// table, the names, the block directory). A larger one is taken for corruption.
const MaxArchiveSection = 1 << 30

// maxBlockSize is the largest block of claims read; a larger one is taken for corruption.
const maxBlockSize = 256 << 20

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// ArchiveKey names the index of one archive: the folders it was listed from and everything its
// claims depend on.
type ArchiveKey struct {
	Roots   []string // the corpus folders and files as given, in order
	Rules   string   // a hash of the compiled rule set
	Version string   // the program's version
}

// ArchiveFile is one indexed article file as it was when its claims were taken.
type ArchiveFile struct {
	Path    string
	Size    int64
	ModTime int64 // Unix nanoseconds
	Story   int32 // index into Archive.Stories
}

// DirStamp is a folder's modification time when it was listed: adding, removing or renaming an
// entry changes it, so an unchanged stamp means an unchanged listing.
type DirStamp struct {
	Path    string
	ModTime int64 // Unix nanoseconds
}

// BlockKey names a block of claims: those of one story about one subject.
type BlockKey struct {
	Story   int32
	Subject string
}

// Archive is an archive's index: what is needed to tell whether the archive is unchanged, which
// story a draft belongs to, and where the claims about each subject are. Claims are read only
// when asked for, block by block.
type Archive struct {
	Built     time.Time     // when the listing that the index reflects began
	Dirs      []DirStamp    // every folder listed, in listing order
	Files     []ArchiveFile // the indexed articles, sorted by path
	Skipped   []string      // listed files that were not indexed (ignored), sorted
	Stories   []string      // story names; "" when the archive is one story
	LatestDay string        // the latest publication day in the archive ("" if none)
	Claims    int           // how many claims the archive holds in all
	Articles  int           // how many of Files have text (the rest are empty)
	Warnings  []string      // "path: message" for archive files passed over

	// Set for PutArchive to write; nil on an index read back, which reads them from the file
	// through Postings and BlocksOf.
	Anchors map[string][]int32          // name → indexes into Files of the articles bearing it
	Blocks  map[BlockKey][]claims.Claim // claims by story and subject

	file      *os.File
	names     []byte // the names section, scanned on demand
	blockDir  []byte // the block directory section, scanned on demand
	dataStart int64
}

// rootID names a corpus root as given and where it is: the paths claims carry are relative to
// the working folder, so the same folder reached by two relative names is two indexes.
func rootID(root string) string {
	abs, err := filepath.Abs(root)
	if err != nil {
		abs = "?"
	}
	return abs + "\x00" + root
}

// archivePath is where the index of k lives.
func (c *Cache) archivePath(k ArchiveKey) string {
	h := newKeyHash("archive")
	for _, r := range k.Roots {
		h.field(rootID(r))
	}
	// Rules and version are checked in the header, not put in the name: an archive has one
	// index, replaced when a new build or rule set rewrites it, rather than one per build.
	return c.shardPath(h.Sum(nil), "archive")
}

// PutArchive writes a's index for k, replacing any older one; readers never see a partly
// written file.
func (c *Cache) PutArchive(k ArchiveKey, a *Archive) error {
	if c == nil || c.Dir == "" {
		return errors.New("cache: no folder")
	}
	return replaceFile(c.archivePath(k), func(w io.Writer) error {
		buf := bufio.NewWriterSize(w, 1<<20)
		if err := writeArchive(buf, k, a); err != nil {
			return err
		}
		return buf.Flush()
	})
}

// The file: the magic line; three sections, each a uint64 length, the bytes and their CRC-32C:
// the header (key, times, counts, folders, stories), the file table and the names; the blocks,
// each a gob-encoded []claims.Claim followed by its CRC; the block directory, a section too; and
// the directory's offset as a uint64.
func writeArchive(w io.Writer, k ArchiveKey, a *Archive) error {
	bw := &countingWriter{w: w}
	io.WriteString(bw, archiveMagic)

	var hdr enc
	hdr.str(schema)
	hdr.uint(uint64(len(k.Roots)))
	for _, r := range k.Roots {
		hdr.str(rootID(r))
	}
	hdr.str(k.Rules)
	hdr.str(k.Version)
	hdr.int(a.Built.UnixNano())
	hdr.str(a.LatestDay)
	hdr.uint(uint64(a.Claims))
	hdr.uint(uint64(len(a.Dirs)))
	for _, d := range a.Dirs {
		hdr.str(d.Path)
		hdr.int(d.ModTime)
	}
	hdr.uint(uint64(len(a.Stories)))
	for _, s := range a.Stories {
		hdr.str(s)
	}
	hdr.uint(uint64(len(a.Skipped)))
	for _, s := range a.Skipped {
		hdr.str(s)
	}
	hdr.uint(uint64(a.Articles))
	hdr.uint(uint64(len(a.Warnings)))
	for _, s := range a.Warnings {
		hdr.str(s)
	}
	writeSection(bw, hdr)

	var files enc
	files.uint(uint64(len(a.Files)))
	prev := ""
	for _, f := range a.Files {
		// Paths are sorted, so each shares a long start with the one before.
		common := 0
		for common < len(prev) && common < len(f.Path) && prev[common] == f.Path[common] {
			common++
		}
		files.uint(uint64(common))
		files.str(f.Path[common:])
		files.int(f.Size)
		files.int(f.ModTime)
		files.uint(uint64(f.Story))
		prev = f.Path
	}
	writeSection(bw, files)

	var names enc
	anchors := make([]string, 0, len(a.Anchors))
	for n := range a.Anchors {
		anchors = append(anchors, n)
	}
	sort.Strings(anchors)
	names.uint(uint64(len(anchors)))
	for _, n := range anchors {
		list := a.Anchors[n]
		names.str(n)
		names.uint(uint64(len(list)))
		last := int32(0)
		for _, i := range list {
			names.uint(uint64(i - last))
			last = i
		}
	}
	writeSection(bw, names)

	// The blocks follow, each encoded straight to the file; the directory saying where each
	// one is comes after them, and the file ends with the directory's offset.
	dataStart := bw.n
	keys := make([]BlockKey, 0, len(a.Blocks))
	for bk := range a.Blocks {
		keys = append(keys, bk)
	}
	slices.SortFunc(keys, func(x, y BlockKey) int {
		if x.Story != y.Story {
			return int(x.Story - y.Story)
		}
		return strings.Compare(x.Subject, y.Subject)
	})
	var dir enc
	dir.uint(uint64(len(keys)))
	var block bytes.Buffer
	for _, bk := range keys {
		block.Reset()
		if err := gob.NewEncoder(&block).Encode(a.Blocks[bk]); err != nil {
			return err
		}
		var sum [4]byte
		binary.LittleEndian.PutUint32(sum[:], crc32.Checksum(block.Bytes(), crcTable))
		block.Write(sum[:])
		dir.uint(uint64(bk.Story))
		dir.str(bk.Subject)
		dir.uint(uint64(bw.n - dataStart))
		dir.uint(uint64(block.Len()))
		bw.Write(block.Bytes())
	}
	dirOff := bw.n
	writeSection(bw, dir)
	var trailer [8]byte
	binary.LittleEndian.PutUint64(trailer[:], uint64(dirOff))
	bw.Write(trailer[:])
	return bw.err
}

func writeSection(w io.Writer, e enc) {
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(e.b)))
	w.Write(n[:])
	w.Write(e.b)
	var sum [4]byte
	binary.LittleEndian.PutUint32(sum[:], crc32.Checksum(e.b, crcTable))
	w.Write(sum[:])
}

// OpenArchive reads the index of k: its header, file table, names and block directory, leaving
// the claims on disk until Block asks for them. A missing, corrupt or foreign index, or one
// written for another key, is a miss. The caller must Close a returned Archive.
func (c *Cache) OpenArchive(k ArchiveKey) (*Archive, bool) {
	if c == nil || c.Dir == "" {
		return nil, false
	}
	f, err := os.Open(c.archivePath(k))
	if err != nil {
		return nil, false
	}
	a, ok := readArchive(f, k)
	if !ok {
		f.Close()
		return nil, false
	}
	a.file = f
	return a, true
}

func readArchive(f *os.File, k ArchiveKey) (a *Archive, ok bool) {
	defer func() {
		if recover() != nil {
			a, ok = nil, false
		}
	}()
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return nil, false
	}
	r := &sectionReader{f: f, size: st.Size()}
	magic := make([]byte, len(archiveMagic))
	if !r.read(magic) || string(magic) != archiveMagic {
		return nil, false
	}
	hdrBytes, ok := r.section()
	if !ok {
		return nil, false
	}
	hdr := dec{b: hdrBytes}
	if hdr.str() != schema {
		return nil, false
	}
	if int(hdr.uint()) != len(k.Roots) {
		return nil, false
	}
	for _, root := range k.Roots {
		if hdr.str() != rootID(root) {
			return nil, false
		}
	}
	if hdr.str() != k.Rules || hdr.str() != k.Version {
		return nil, false
	}
	a = &Archive{}
	a.Built = time.Unix(0, hdr.int())
	a.LatestDay = hdr.str()
	a.Claims = int(hdr.uint())
	a.Dirs = make([]DirStamp, hdr.count())
	for i := range a.Dirs {
		a.Dirs[i] = DirStamp{Path: hdr.str(), ModTime: hdr.int()}
	}
	a.Stories = make([]string, hdr.count())
	for i := range a.Stories {
		a.Stories[i] = hdr.str()
	}
	a.Skipped = make([]string, hdr.count())
	for i := range a.Skipped {
		a.Skipped[i] = hdr.str()
	}
	a.Articles = int(hdr.uint())
	a.Warnings = make([]string, hdr.count())
	for i := range a.Warnings {
		a.Warnings[i] = hdr.str()
	}
	if hdr.err || len(hdr.b) != 0 {
		return nil, false
	}

	fileBytes, ok := r.section()
	if !ok {
		return nil, false
	}
	fd := dec{b: fileBytes}
	a.Files = make([]ArchiveFile, fd.count())
	prev := ""
	for i := range a.Files {
		common := int(fd.uint())
		rest := fd.str()
		if common > len(prev) {
			return nil, false
		}
		p := prev[:common] + rest
		af := ArchiveFile{Path: p, Size: fd.int(), ModTime: fd.int(), Story: int32(fd.uint())}
		if int(af.Story) >= len(a.Stories) || af.Story < 0 {
			return nil, false
		}
		a.Files[i] = af
		prev = p
	}
	if fd.err || len(fd.b) != 0 {
		return nil, false
	}
	if a.names, ok = r.section(); !ok {
		return nil, false
	}
	a.dataStart = r.off
	var trailer [8]byte
	if st.Size() < a.dataStart+8 {
		return nil, false
	}
	if _, err := f.ReadAt(trailer[:], st.Size()-8); err != nil {
		return nil, false
	}
	dirOff := int64(binary.LittleEndian.Uint64(trailer[:]))
	if dirOff < a.dataStart || dirOff > st.Size()-8 {
		return nil, false
	}
	dr := &sectionReader{f: f, off: dirOff, size: st.Size() - 8}
	if a.blockDir, ok = dr.section(); !ok || dr.off != dr.size {
		return nil, false
	}
	return a, true
}

// Close lets go of the index file.
func (a *Archive) Close() error {
	if a == nil || a.file == nil {
		return nil
	}
	return a.file.Close()
}

// Postings returns, for each of the wanted names the archive holds, the indexes into Files of
// the articles bearing it, in order. A damaged names section yields nothing.
func (a *Archive) Postings(wanted map[string]bool) map[string][]int32 {
	out := map[string][]int32{}
	d := dec{b: a.names}
	for n := d.count(); n > 0 && !d.err; n-- {
		name := d.bytes()
		m := d.count()
		if !wanted[string(name)] {
			for ; m > 0; m-- {
				d.uint()
			}
			continue
		}
		list := make([]int32, m)
		last := int32(0)
		for i := range list {
			last += int32(d.uint())
			if last < 0 || int(last) >= len(a.Files) {
				return map[string][]int32{}
			}
			list[i] = last
		}
		out[string(name)] = list
	}
	if d.err {
		return map[string][]int32{}
	}
	return out
}

// BlocksOf returns the claims of the wanted blocks the archive holds. It reports false when a
// block cannot be read whole and intact, so that the caller does not work from part of the
// archive.
func (a *Archive) BlocksOf(wanted map[BlockKey]bool) (map[BlockKey][]claims.Claim, bool) {
	out := map[BlockKey][]claims.Claim{}
	d := dec{b: a.blockDir}
	for n := d.count(); n > 0 && !d.err; n-- {
		story := int32(d.uint())
		subject := d.bytes()
		off, size := d.uint(), d.uint()
		k := BlockKey{Story: story, Subject: string(subject)}
		if !wanted[k] {
			continue
		}
		cs, ok := a.readBlock(off, size)
		if !ok {
			return nil, false
		}
		out[k] = cs
	}
	if d.err {
		return nil, false
	}
	return out, true
}

func (a *Archive) readBlock(off, size uint64) (cs []claims.Claim, ok bool) {
	if size < 4 || size > maxBlockSize {
		return nil, false
	}
	buf := make([]byte, size)
	if _, err := a.file.ReadAt(buf, a.dataStart+int64(off)); err != nil {
		return nil, false
	}
	body, sum := buf[:size-4], buf[size-4:]
	if crc32.Checksum(body, crcTable) != binary.LittleEndian.Uint32(sum) {
		return nil, false
	}
	defer func() {
		if recover() != nil {
			cs, ok = nil, false
		}
	}()
	r := bytes.NewReader(body)
	if err := gob.NewDecoder(r).Decode(&cs); err != nil || r.Len() != 0 {
		return nil, false
	}
	return cs, true
}

// Trusted reports whether a file or folder last modified at modTime (Unix nanoseconds) cannot
// have changed since the index was built without its time changing too.
func (a *Archive) Trusted(modTime int64) bool {
	return trusted(time.Unix(0, modTime), a.Built)
}

// sectionReader reads the length-prefixed, checksummed sections of an index in turn.
type sectionReader struct {
	f    *os.File
	off  int64
	size int64
}

func (r *sectionReader) read(p []byte) bool {
	if int64(len(p)) > r.size-r.off {
		return false
	}
	if _, err := r.f.ReadAt(p, r.off); err != nil {
		return false
	}
	r.off += int64(len(p))
	return true
}

func (r *sectionReader) section() ([]byte, bool) {
	var n [8]byte
	if !r.read(n[:]) {
		return nil, false
	}
	size := binary.LittleEndian.Uint64(n[:])
	if size > MaxArchiveSection || int64(size)+4 > r.size-r.off {
		return nil, false
	}
	b := make([]byte, size+4)
	if !r.read(b) {
		return nil, false
	}
	body, sum := b[:size], b[size:]
	if crc32.Checksum(body, crcTable) != binary.LittleEndian.Uint32(sum) {
		return nil, false
	}
	return body, true
}

// enc appends varints and length-prefixed strings.
type enc struct{ b []byte }

func (e *enc) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *enc) int(v int64)   { e.b = binary.AppendVarint(e.b, v) }
func (e *enc) str(s string) {
	e.uint(uint64(len(s)))
	e.b = append(e.b, s...)
}

// dec reads what enc wrote; after the first malformed value it returns zeros and sets err.
type dec struct {
	b   []byte
	err bool
}

func (d *dec) uint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err, d.b = true, nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *dec) int() int64 {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err, d.b = true, nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a length that must fit in what is left (every element takes at least a byte).
func (d *dec) count() int {
	v := d.uint()
	if v > uint64(len(d.b)) {
		d.err, d.b = true, nil
		return 0
	}
	return int(v)
}

func (d *dec) bytes() []byte {
	n := d.count()
	if d.err {
		return nil
	}
	s := d.b[:n]
	d.b = d.b[n:]
	return s
}

func (d *dec) str() string { return string(d.bytes()) }

// countingWriter counts what it writes and keeps the first error, so that a run of writes
// can be checked once.
type countingWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countingWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}
