package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/normalize"
	"github.com/crosscheck-news/crosscheck/internal/ruleset"
)

const path = "archive/2024/ferry-fire.md"

func testKey() Key {
	return Key{
		Path:        path,
		ContentHash: sha256.Sum256([]byte("the article's bytes")),
		Rules:       "rules-3f2a",
		StoryDay:    "",
		Version:     "v1.4.0",
	}
}

// richEntry holds a claim of every kind, people with and without titles, facets, open and
// infinite bounds and zoned dates.
func richEntry() Entry {
	day := func(y int, m time.Month, d int) float64 {
		return float64(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	}
	minister := &claims.Person{
		Name: "Nadia Okafor-Lindqvist", Key: "nadia okafor-lindqvist",
		Given: []string{"nadia"}, Surname: "okafor-lindqvist", Core: "okafor-lindqvist",
		Title: &claims.Title{
			Text: "Deputy Transport Minister", Words: []string{"deputy", "transport", "minister"},
			Head: "minister", Party: "UK", Formal: true,
		},
		Parties: []string{"UK"},
	}
	chief := &claims.Person{
		Name: "Dale Whitcombe", Key: "dale whitcombe", Given: []string{"dale"},
		Surname: "whitcombe", Core: "whitcombe", Kin: true,
		Title: &claims.Title{Text: "former fire chief", Words: []string{"fire", "chief"}, Head: "chief", Former: true},
	}
	bare := &claims.Person{Name: "al-Rashidi", Surname: "al-rashidi", Core: "rashidi"}
	asOf := normalize.Day{Year: 2024, Month: time.March, Day: 14}
	base := func(line int, kind claims.Kind, text string) claims.Claim {
		return claims.Claim{
			Path: path, Line: line, Column: 3 + line, Text: text,
			Quote: "Sentence " + strconv.Itoa(line) + " quoting «" + text + "».",
			Kind:  kind, AsOf: asOf, Dated: true, Change: ruleset.Static,
		}
	}
	var cs []claims.Claim

	c := base(4, claims.KindCount, "more than 50 people")
	c.Subject, c.Label = "count|killed|people", "people killed"
	c.Facets = []claims.Facet{{Name: "entity", Value: "ferry"}, {Name: "proposal", Value: claims.Unknown}}
	c.Value = normalize.Interval{Low: 50, High: math.Inf(1), LowOpen: true}
	c.Display, c.Change = "more than 50", ruleset.Cumulative
	cs = append(cs, c)

	c = base(5, claims.KindCount, "fewer than 3")
	c.Subject, c.Label = "count|missing|people", "people missing"
	c.Value = normalize.Interval{Low: math.Inf(-1), High: 3, HighOpen: true}
	c.Display, c.Change, c.Dated, c.AsOf = "fewer than 3", ruleset.Varying, false, normalize.Day{}
	cs = append(cs, c)

	c = base(6, claims.KindDuration, "a 72-hour ceasefire")
	c.Subject, c.Label = "duration|ceasefire", "ceasefire"
	c.Facets = []claims.Facet{{Name: "proposal", Value: "egypt"}}
	c.Value, c.Unit, c.Display = normalize.Exact(72*3600), "s", "72 hours"
	cs = append(cs, c)

	c = base(7, claims.KindDate, "on March 12")
	c.Subject, c.Label = "date|fire|started", "date the fire started"
	c.Value = normalize.Interval{Low: day(2024, time.March, 12), High: day(2024, time.March, 12)}
	c.Display = "2024-03-12"
	cs = append(cs, c)

	c = base(8, claims.KindWeekday, "Tuesday")
	c.Subject, c.Label, c.Timeless, c.Implied = "weekday|2024-03-12", "weekday of March 12", true, true
	c.Value, c.Display = normalize.Exact(2), "Tuesday"
	cs = append(cs, c)

	c = base(9, claims.KindMoney, "$1.2 million")
	c.Subject, c.Label = "money|fine", "fine"
	c.Value, c.Unit, c.Display = normalize.Interval{Low: 1.15e6, High: 1.25e6}, "USD", "$1.2 million"
	cs = append(cs, c)

	c = base(10, claims.KindAge, "54")
	c.Subject, c.Label, c.Person = "age|"+chief.Key, "age of Dale Whitcombe", chief
	c.Value, c.Unit, c.Display = normalize.Exact(54), "years", "54"
	cs = append(cs, c)

	c = base(11, claims.KindLength, "some 300 metres")
	c.Subject, c.Label = "length|ferry", "length of the ferry"
	c.Value, c.Unit, c.Display = normalize.Interval{Low: 270, High: 330}, "m", "about 300 m"
	cs = append(cs, c)

	c = base(12, claims.KindName, "Nadia Okafor-Lindqvist")
	c.Subject, c.Label, c.Person = "name|okafor-lindqvist", "name", minister
	c.Display = minister.Name
	cs = append(cs, c)

	c = base(13, claims.KindTitle, "Deputy Transport Minister")
	c.Subject, c.Label, c.Person = "title|nadia okafor-lindqvist", "title of Nadia Okafor-Lindqvist", minister
	c.Facets = []claims.Facet{{Name: "person", Value: minister.Key}}
	c.Display = minister.Title.Text
	cs = append(cs, c)

	c = base(14, claims.KindName, "al-Rashidi")
	c.Subject, c.Label, c.Person = "name|rashidi", "name", bare
	c.Display = bare.Name
	cs = append(cs, c)

	return Entry{
		Published: time.Date(2024, time.March, 14, 9, 30, 15, 123456789, time.FixedZone("", 5*3600+30*60)),
		Dated:     true,
		Claims:    cs,
	}
}

func openTemp(t testing.TB) *Cache {
	t.Helper()
	c, err := Open(filepath.Join(t.TempDir(), "cache"))
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestRoundTrip(t *testing.T) {
	tests := []struct {
		name  string
		entry Entry
		opts  []cmp.Option
	}{
		{name: "rich", entry: richEntry()},
		{name: "no claims", entry: Entry{Published: time.Date(2023, 1, 2, 3, 4, 5, 0, time.UTC), Dated: true}},
		{name: "undated", entry: Entry{Claims: richEntry().Claims[:2]}},
		{name: "local time", entry: Entry{Published: time.Date(2024, 6, 1, 12, 0, 0, 0, time.Local), Dated: true}},
		{
			// gob does not tell an empty slice from a nil one; both mean "none" to every reader.
			name:  "empty slices",
			entry: Entry{Claims: []claims.Claim{{Kind: claims.KindName, Facets: []claims.Facet{}, Person: &claims.Person{Given: []string{}, Title: &claims.Title{}}}}},
			opts:  []cmp.Option{cmpopts.EquateEmpty()},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := openTemp(t)
			k := testKey()
			if _, ok := c.Get(k); ok {
				t.Fatal("Get before Put hit")
			}
			if err := c.Put(k, tt.entry); err != nil {
				t.Fatal(err)
			}
			got, ok := c.Get(k)
			if !ok {
				t.Fatal("Get after Put missed")
			}
			if diff := cmp.Diff(tt.entry, got, tt.opts...); diff != "" {
				t.Errorf("round trip changed the entry (-put +got):\n%s", diff)
			}
			// The date an undated article is given depends on the offset, not only the instant.
			if _, off := got.Published.Zone(); func() bool { _, o := tt.entry.Published.Zone(); return o != off }() {
				t.Errorf("zone offset changed: %v → %v", tt.entry.Published, got.Published)
			}
		})
	}
}

func TestRoundTripKeepsInfiniteBounds(t *testing.T) {
	c := openTemp(t)
	e := richEntry()
	if err := c.Put(testKey(), e); err != nil {
		t.Fatal(err)
	}
	got, _ := c.Get(testKey())
	if len(got.Claims) < 2 || !math.IsInf(got.Claims[0].Value.High, 1) || !math.IsInf(got.Claims[1].Value.Low, -1) {
		t.Fatalf("infinite bounds lost: %+v", got.Claims)
	}
	for i, cl := range got.Claims {
		if (cl.Person == nil) != (e.Claims[i].Person == nil) {
			t.Errorf("claim %d: person pointer nil-ness changed", i)
		}
	}
}

func TestKeyFieldChangeMisses(t *testing.T) {
	tests := []struct {
		name   string
		change func(*Key)
	}{
		{"path", func(k *Key) { k.Path = "archive/2024/ferry-fire-2.md" }},
		{"path case", func(k *Key) { k.Path = strings.ToUpper(k.Path) }},
		{"content hash", func(k *Key) { k.ContentHash[31] ^= 1 }},
		{"rules", func(k *Key) { k.Rules += "x" }},
		{"story day", func(k *Key) { k.StoryDay = "2024-03-14" }},
		{"version", func(k *Key) { k.Version = "v1.4.1" }},
		// Length-prefixed fields: moving a character from one field to the next is another key.
		{"field boundary", func(k *Key) { k.Rules, k.StoryDay = k.Rules[:len(k.Rules)-1], k.Rules[len(k.Rules)-1:] }},
	}
	c := openTemp(t)
	base := testKey()
	if err := c.Put(base, richEntry()); err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := base
			tt.change(&k)
			if k == base {
				t.Fatal("change left the key as it was")
			}
			if _, ok := c.Get(k); ok {
				t.Errorf("Get(%+v) hit an entry put under %+v", k, base)
			}
			if c.entryPath(k) == c.entryPath(base) {
				t.Errorf("two keys share the file %s", c.entryPath(k))
			}
		})
	}
	if _, ok := c.Get(base); !ok {
		t.Error("the original key missed")
	}
}

// TestRecordForAnotherKeyMisses puts well-formed files under a key's name that were written for
// another key or another layout of the types.
func TestRecordForAnotherKeyMisses(t *testing.T) {
	other := testKey()
	other.Version = "v0.9.0"
	tests := []struct {
		name string
		rec  entryRecord
	}{
		{"other key", entryRecord{Schema: schema, Key: other, Entry: richEntry()}},
		{"other schema", entryRecord{Schema: "0123", Key: testKey(), Entry: richEntry()}},
		{"no schema", entryRecord{Key: testKey(), Entry: richEntry()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := openTemp(t)
			if err := writeFile(c.entryPath(testKey()), &tt.rec); err != nil {
				t.Fatal(err)
			}
			if _, ok := c.Get(testKey()); ok {
				t.Error("Get hit a record written for something else")
			}
		})
	}
}

// sealed returns a cache file around an arbitrary gob payload, with a valid checksum.
func sealed(payload []byte) []byte {
	data := append([]byte(magic), payload...)
	sum := sha256.Sum256(data)
	return append(data, sum[:]...)
}

func gobOf(t testing.TB, vs ...any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := gob.NewEncoder(&buf)
	for _, v := range vs {
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

func TestCorruptFileMissesAndPutRepairs(t *testing.T) {
	valid, err := encode(&entryRecord{Schema: schema, Key: testKey(), Entry: richEntry()})
	if err != nil {
		t.Fatal(err)
	}
	payload := valid[len(magic) : len(valid)-sha256.Size]
	flip := func(i int) []byte {
		b := bytes.Clone(valid)
		b[i] ^= 0x10
		return b
	}
	random := make([]byte, 4096)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range random {
		random[i] = byte(rng.Uint32())
	}
	type foreign struct {
		Name  string
		Count int
	}
	tests := []struct {
		name  string
		write func(t *testing.T, file string)
	}{
		{"empty", contents(nil)},
		{"magic only", contents([]byte(magic))},
		{"truncated to half", contents(valid[:len(valid)/2])},
		{"last byte missing", contents(valid[:len(valid)-1])},
		{"checksum missing", contents(valid[:len(valid)-sha256.Size])},
		{"random bytes", contents(random)},
		{"random bytes after magic", contents(append([]byte(magic), random...))},
		{"wrong magic", contents(append([]byte("crosscheck-cache\x00v2\n"), valid[len(magic):]...))},
		{"no magic, sealed", contents(func() []byte {
			s := sealed(payload)
			return s[len(magic):]
		}())},
		{"bit flipped in payload", contents(flip(len(magic) + len(payload)/2))},
		{"bit flipped in checksum", contents(flip(len(valid) - 1))},
		{"gob of another type", contents(sealed(gobOf(t, foreign{Name: "x", Count: 3})))},
		{"gob of a string", contents(sealed(gobOf(t, "crosscheck")))},
		{"gob of the key alone", contents(sealed(gobOf(t, testKey())))},
		{"truncated gob, sealed", contents(sealed(payload[:len(payload)-7]))},
		{"trailing gob value, sealed", contents(sealed(append(bytes.Clone(payload), gobOf(t, 1)...)))},
		{"over the size limit", func(t *testing.T, file string) {
			f, err := os.Create(file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if _, err := f.Write(valid); err != nil {
				t.Fatal(err)
			}
			// Sparse: no disk space is used.
			if err := f.Truncate(MaxFileSize + 1); err != nil {
				t.Fatal(err)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := openTemp(t)
			k := testKey()
			file := c.entryPath(k)
			if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
				t.Fatal(err)
			}
			tt.write(t, file)
			if e, ok := c.Get(k); ok {
				t.Fatalf("Get hit a corrupt file: %+v", e)
			}
			if err := c.Put(k, richEntry()); err != nil {
				t.Fatalf("Put over a corrupt file: %v", err)
			}
			got, ok := c.Get(k)
			if !ok {
				t.Fatal("Get missed after Put repaired the file")
			}
			if diff := cmp.Diff(richEntry(), got); diff != "" {
				t.Errorf("repaired entry differs (-want +got):\n%s", diff)
			}
		})
	}
}

func contents(b []byte) func(*testing.T, string) {
	return func(t *testing.T, file string) {
		if err := os.WriteFile(file, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestNotAFileMisses(t *testing.T) {
	c := openTemp(t)
	k := testKey()
	if err := os.MkdirAll(c.entryPath(k), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Get(k); ok {
		t.Error("Get hit a directory")
	}
	if err := c.Put(k, richEntry()); err == nil {
		t.Error("Put over a directory reported no error")
	}
	if _, ok := c.Get(k); ok {
		t.Error("Get hit a directory after a failed Put")
	}
	assertNoTempFiles(t, c.Dir)
}

func TestUnwritable(t *testing.T) {
	tests := []struct {
		name  string
		block func(t *testing.T, c *Cache)
	}{
		{"file where the layout folder goes", func(t *testing.T, c *Cache) {
			if err := os.WriteFile(filepath.Join(c.Dir, layout), []byte("in the way"), 0o644); err != nil {
				t.Fatal(err)
			}
		}},
		{"read-only folder", func(t *testing.T, c *Cache) {
			if err := os.Chmod(c.Dir, 0o555); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.Chmod(c.Dir, 0o755) })
			probe := filepath.Join(c.Dir, "probe")
			if err := os.WriteFile(probe, nil, 0o644); err == nil {
				os.Remove(probe)
				t.Skip("permissions are not enforced for this user")
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := openTemp(t)
			tt.block(t, c)
			k := testKey()
			if err := c.Put(k, richEntry()); err == nil {
				t.Error("Put reported no error")
			}
			if _, ok := c.Get(k); ok {
				t.Error("Get hit")
			}
			old := time.Now().Add(-time.Hour)
			if err := c.Remember("a.md", 10, old, FileInfo{}); err == nil {
				t.Error("Remember reported no error")
			}
			if _, ok := c.Lookup("a.md", 10, old); ok {
				t.Error("Lookup hit")
			}
		})
	}
}

func TestNoFolder(t *testing.T) {
	for _, c := range []*Cache{nil, {}} {
		if _, ok := c.Get(testKey()); ok {
			t.Errorf("%#v: Get hit", c)
		}
		if err := c.Put(testKey(), richEntry()); err == nil {
			t.Errorf("%#v: Put reported no error", c)
		}
		if _, ok := c.Lookup("a.md", 1, time.Unix(0, 0)); ok {
			t.Errorf("%#v: Lookup hit", c)
		}
		if err := c.Remember("a.md", 1, time.Unix(0, 0), FileInfo{}); err == nil {
			t.Errorf("%#v: Remember reported no error", c)
		}
	}
}

func TestOpen(t *testing.T) {
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "file"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		dir     string
		wantErr bool
	}{
		{"", true},
		{filepath.Join(root, "a", "b", "c"), false},
		{root, false},
		{filepath.Join(root, "file"), true},
		{filepath.Join(root, "file", "below"), true},
	}
	for _, tt := range tests {
		c, err := Open(tt.dir)
		if (err != nil) != tt.wantErr {
			t.Errorf("Open(%q) error = %v, want error %v", tt.dir, err, tt.wantErr)
			continue
		}
		if err != nil {
			continue
		}
		if st, err := os.Stat(tt.dir); err != nil || !st.IsDir() {
			t.Errorf("Open(%q) left no folder: %v", tt.dir, err)
		}
		if c.Dir != tt.dir {
			t.Errorf("Open(%q).Dir = %q", tt.dir, c.Dir)
		}
	}
}

func TestDefaultDir(t *testing.T) {
	base := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", base)
	t.Setenv("LocalAppData", base)
	t.Setenv("HOME", base)
	want, err := os.UserCacheDir()
	if err != nil {
		t.Skip(err)
	}
	got, err := DefaultDir()
	if err != nil {
		t.Fatal(err)
	}
	if got != filepath.Join(want, "crosscheck") {
		t.Errorf("DefaultDir() = %q, want %q", got, filepath.Join(want, "crosscheck"))
	}
}

// variants returns entries that differ in every claim, so that a reader seeing parts of two
// would be caught.
func variants(n int) []Entry {
	out := make([]Entry, n)
	for i := range out {
		e := richEntry()
		e.Claims = e.Claims[:1+i%len(e.Claims)]
		for j := range e.Claims {
			e.Claims[j].Line += 100 * i
			e.Claims[j].Quote = strings.Repeat(strconv.Itoa(i), 200+i)
		}
		out[i] = e
	}
	return out
}

func checkVariant(got Entry, vs []Entry) error {
	for _, v := range vs {
		if cmp.Equal(v, got) {
			return nil
		}
	}
	return fmt.Errorf("Get returned an entry that was never put: %d claims", len(got.Claims))
}

func TestConcurrentPutGet(t *testing.T) {
	const workers, rounds = 8, 25
	c := openTemp(t)
	k := testKey()
	vs := variants(workers)
	var wg sync.WaitGroup
	errs := make(chan error, workers*rounds)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range rounds {
				if err := c.Put(k, vs[w]); err != nil {
					errs <- err
					return
				}
				got, ok := c.Get(k)
				if !ok {
					errs <- fmt.Errorf("worker %d: Get missed after its own Put", w)
					return
				}
				if err := checkVariant(got, vs); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	assertNoTempFiles(t, c.Dir)
}

// TestTwoProcesses runs writers and readers of one key in two child processes and this one.
func TestTwoProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("starts processes")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	c := openTemp(t)
	var cmds []*exec.Cmd
	for i := range 2 {
		cmd := exec.Command(exe, "-test.run=^TestHelperProcess$", "-test.count=1")
		cmd.Env = append(os.Environ(), "CROSSCHECK_CACHE_HELPER="+c.Dir, "CROSSCHECK_CACHE_HELPER_ID="+strconv.Itoa(i+1))
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			if t.Failed() {
				t.Logf("child %d:\n%s", i, out.String())
			}
		})
		cmds = append(cmds, cmd)
	}
	if err := hammer(c, 0, 3); err != nil {
		t.Error(err)
	}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Errorf("child %d: %v", i, err)
		}
	}
	assertNoTempFiles(t, c.Dir)
}

func TestHelperProcess(t *testing.T) {
	dir := os.Getenv("CROSSCHECK_CACHE_HELPER")
	if dir == "" {
		t.Skip("run by TestTwoProcesses")
	}
	id, _ := strconv.Atoi(os.Getenv("CROSSCHECK_CACHE_HELPER_ID"))
	if err := hammer(&Cache{Dir: dir}, id, 3); err != nil {
		t.Fatal(err)
	}
}

// hammer puts its own variant of one entry and reads the key back, many times.
func hammer(c *Cache, id, n int) error {
	vs := variants(n)
	k := testKey()
	for range 40 {
		if err := c.Put(k, vs[id]); err != nil {
			return err
		}
		got, ok := c.Get(k)
		if !ok {
			return fmt.Errorf("process %d: Get missed after its own Put", id)
		}
		if err := checkVariant(got, vs); err != nil {
			return err
		}
	}
	return nil
}

func assertNoTempFiles(t *testing.T, dir string) {
	t.Helper()
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && strings.HasPrefix(d.Name(), ".tmp-") {
			t.Errorf("temporary file left behind: %s", p)
		}
		return nil
	})
}

func TestLookupRemember(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "story.md")
	if err := os.WriteFile(file, []byte("text"), 0o644); err != nil {
		t.Fatal(err)
	}
	modTime := time.Date(2024, 3, 14, 9, 30, 0, 123456789, time.UTC)
	fi := FileInfo{
		ContentHash: sha256.Sum256([]byte("text")),
		Published:   time.Date(2024, 3, 14, 8, 0, 0, 0, time.FixedZone("", -4*3600)),
		Dated:       true,
	}
	rel, err := filepath.Rel(mustGetwd(t), file)
	if err != nil {
		t.Skip(err)
	}
	tests := []struct {
		name    string
		path    string
		size    int64
		modTime time.Time
		want    bool
	}{
		{"same", file, 4, modTime, true},
		{"same instant in another zone", file, 4, modTime.In(time.FixedZone("", 3600)), true},
		{"relative name of the same file", rel, 4, modTime, true},
		{"size changed", file, 5, modTime, false},
		{"mtime changed by a nanosecond", file, 4, modTime.Add(time.Nanosecond), false},
		{"mtime changed by a second", file, 4, modTime.Add(-time.Second), false},
		{"other file", filepath.Join(dir, "other.md"), 4, modTime, false},
	}
	c := openTemp(t)
	if err := c.Remember(file, 4, modTime, fi); err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := c.Lookup(tt.path, tt.size, tt.modTime)
			if ok != tt.want {
				t.Fatalf("Lookup hit = %v, want %v", ok, tt.want)
			}
			if ok {
				if diff := cmp.Diff(fi, got); diff != "" {
					t.Errorf("Lookup (-remembered +got):\n%s", diff)
				}
				if _, off := got.Published.Zone(); off != -4*3600 {
					t.Errorf("zone offset lost: %v", got.Published)
				}
			} else if got != (FileInfo{}) {
				t.Errorf("a miss returned %+v", got)
			}
		})
	}

	// A newer Remember replaces the record: the old size and time no longer hit.
	fi2 := fi
	fi2.ContentHash[0] ^= 0xff
	if err := c.Remember(file, 9, modTime.Add(time.Minute), fi2); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Lookup(file, 4, modTime); ok {
		t.Error("the replaced record still hit")
	}
	if got, ok := c.Lookup(file, 9, modTime.Add(time.Minute)); !ok || got != fi2 {
		t.Errorf("Lookup after a second Remember = %+v, %v", got, ok)
	}
}

func mustGetwd(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return wd
}

// TestRecentFilesAreNotTrusted checks that a file modified just now, or dated in the future, is
// not remembered: a second change within the same timestamp tick would keep size and time.
func TestRecentFilesAreNotTrusted(t *testing.T) {
	now := time.Now()
	tests := []struct {
		name    string
		modTime time.Time
		want    bool
	}{
		{"now", now, false},
		{"a second ago", now.Add(-time.Second), false},
		{"in the future", now.Add(time.Hour), false},
		{"a minute ago", now.Add(-time.Minute), true},
		{"zero time", time.Time{}, true},
	}
	c := openTemp(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(c.Dir, tt.name+".md")
			if err := c.Remember(p, 3, tt.modTime, FileInfo{Dated: true}); err != nil {
				t.Fatal(err)
			}
			if _, ok := c.Lookup(p, 3, tt.modTime); ok != tt.want {
				t.Errorf("Lookup hit = %v, want %v", ok, tt.want)
			}
		})
	}
}

// TestStatRecordMismatchMisses puts well-formed stat records under a path's name that do not
// vouch for the file asked about.
func TestStatRecordMismatchMisses(t *testing.T) {
	old := time.Now().Add(-time.Hour)
	good := func(abs string) statRecord {
		return statRecord{Schema: schema, Path: abs, Size: 1, ModTime: old, Recorded: old.Add(time.Minute), Info: FileInfo{Dated: true}}
	}
	tests := []struct {
		name   string
		change func(r *statRecord)
		want   bool
	}{
		{"as Remember writes it", func(r *statRecord) {}, true},
		{"another path", func(r *statRecord) { r.Path += ".bak" }, false},
		{"another schema", func(r *statRecord) { r.Schema = "0123" }, false},
		{"recorded within the same second", func(r *statRecord) { r.Recorded = old.Add(time.Second) }, false},
		{"recorded before the modification", func(r *statRecord) { r.Recorded = old.Add(-time.Minute) }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := openTemp(t)
			abs := filepath.Join(c.Dir, "a.md")
			rec := good(abs)
			tt.change(&rec)
			if err := writeFile(c.statPath(abs), &rec); err != nil {
				t.Fatal(err)
			}
			if _, ok := c.Lookup(abs, 1, old); ok != tt.want {
				t.Errorf("Lookup hit = %v, want %v", ok, tt.want)
			}
		})
	}
	c := openTemp(t)
	abs := filepath.Join(c.Dir, "a.md")
	if err := os.MkdirAll(filepath.Dir(c.statPath(abs)), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(c.statPath(abs), []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Lookup(abs, 1, old); ok {
		t.Error("Lookup hit garbage")
	}
	if err := c.Remember(abs, 1, old, FileInfo{Dated: true}); err != nil {
		t.Fatal(err)
	}
	if fi, ok := c.Lookup(abs, 1, old); !ok || !fi.Dated {
		t.Errorf("Lookup after Remember repaired the record = %+v, %v", fi, ok)
	}
}

func TestSchemaFollowsTypes(t *testing.T) {
	type a struct{ X int }
	type b struct {
		X int
		Y string
	}
	type c struct {
		X int
		y string
	}
	type d struct{ X float64 }
	type e struct{ P *a }
	type f struct{ P *b }
	tests := []struct {
		name string
		x, y any
		same bool
	}{
		{"same type", a{}, a{}, true},
		{"field added", a{}, b{}, false},
		{"field type changed", a{}, d{}, false},
		{"nested field added", e{}, f{}, false},
	}
	for _, tt := range tests {
		got := schemaOf(reflect.TypeOf(tt.x)) == schemaOf(reflect.TypeOf(tt.y))
		if got != tt.same {
			t.Errorf("%s: same schema = %v, want %v", tt.name, got, tt.same)
		}
	}
	// Only exported fields are stored: an unexported one changes nothing but the type's name.
	var sb1, sb2 strings.Builder
	describe(&sb1, reflect.TypeOf(a{}), map[reflect.Type]bool{})
	describe(&sb2, reflect.TypeOf(c{}), map[reflect.Type]bool{})
	_, fields1, _ := strings.Cut(sb1.String(), "{")
	_, fields2, _ := strings.Cut(sb2.String(), "{")
	if fields1 != fields2 {
		t.Errorf("an unexported field changed the description: %s vs %s", sb1.String(), sb2.String())
	}
	var whole strings.Builder
	describe(&whole, reflect.TypeFor[entryRecord](), map[reflect.Type]bool{})
	for _, want := range []string{"Claims ", "Facets ", "Person ", "Title ", "Formal ", "LowOpen ", "Change "} {
		if !strings.Contains(whole.String(), want) {
			t.Errorf("schema does not describe %q: %s", want, whole.String())
		}
	}
}
