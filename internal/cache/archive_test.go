package cache

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/crosscheck-news/crosscheck/internal/claims"
)

func testArchiveKey() ArchiveKey {
	return ArchiveKey{Roots: []string{"archive", "extra/one.md"}, Rules: "rules-3f2a", Version: "v1.4.0"}
}

// testArchive has two stories, names shared across articles, and blocks of every kind.
func testArchive() *Archive {
	cs := richEntry().Claims
	return &Archive{
		Built:     time.Unix(1_800_000_000, 123),
		Dirs:      []DirStamp{{Path: "archive", ModTime: 17}, {Path: "archive/2024", ModTime: -3}},
		Files:     []ArchiveFile{{Path: "archive/2024/a.md", Size: 10, ModTime: 5, Story: 0}, {Path: "archive/2024/ab.md", Size: 0, ModTime: 6, Story: 1}, {Path: "extra/one.md", Size: 1 << 40, ModTime: 7, Story: 1}},
		Skipped:   []string{"archive/2024/ignored.md"},
		Stories:   []string{"archive/2024/a.md", ""},
		LatestDay: "2024-06-01",
		Claims:    len(cs) + 1,
		Articles:  2,
		Warnings:  []string{"archive/2024/ab.md: empty article, skipped"},
		Anchors:   map[string][]int32{"p:elena varga": {0, 2}, "n:solenne": {1}, "": {0, 1, 2}},
		Blocks: map[BlockKey][]claims.Claim{
			{Story: 0, Subject: "count|killed"}: cs,
			{Story: 1, Subject: "count|killed"}: cs[:1],
			{Story: 1, Subject: "\x00person"}:   {},
		},
	}
}

// header is what OpenArchive fills in from the file, without the blocks.
func header(a *Archive) *Archive {
	h := *a
	h.Anchors, h.Blocks = nil, nil
	return &h
}

var archiveOpts = []cmp.Option{cmpopts.IgnoreUnexported(Archive{}), cmpopts.EquateEmpty()}

func TestArchiveRoundTrip(t *testing.T) {
	c := openTemp(t)
	k := testArchiveKey()
	if _, ok := c.OpenArchive(k); ok {
		t.Fatal("OpenArchive before PutArchive hit")
	}
	want := testArchive()
	if err := c.PutArchive(k, want); err != nil {
		t.Fatal(err)
	}
	got, ok := c.OpenArchive(k)
	if !ok {
		t.Fatal("OpenArchive after PutArchive missed")
	}
	defer got.Close()
	if diff := cmp.Diff(header(want), header(got), archiveOpts...); diff != "" {
		t.Errorf("header changed (-put +got):\n%s", diff)
	}
	wanted := map[string]bool{"p:elena varga": true, "n:solenne": true, "": true, "p:nobody": true}
	if diff := cmp.Diff(want.Anchors, got.Postings(wanted)); diff != "" {
		t.Errorf("postings (-put +got):\n%s", diff)
	}
	blocks := map[BlockKey]bool{}
	for bk := range want.Blocks {
		blocks[bk] = true
	}
	blocks[BlockKey{Story: 2, Subject: "count|killed"}] = true // no such block
	gotBlocks, ok := got.BlocksOf(blocks)
	if !ok {
		t.Fatal("BlocksOf failed on an intact index")
	}
	if diff := cmp.Diff(want.Blocks, gotBlocks, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("blocks (-put +got):\n%s", diff)
	}
	// Asking for one block reads that block only.
	one, ok := got.BlocksOf(map[BlockKey]bool{{Story: 1, Subject: "count|killed"}: true})
	if !ok || len(one) != 1 || len(one[BlockKey{Story: 1, Subject: "count|killed"}]) != 1 {
		t.Errorf("one block: %v, %v", one, ok)
	}
}

func TestArchiveKeyMisses(t *testing.T) {
	c := openTemp(t)
	if err := c.PutArchive(testArchiveKey(), testArchive()); err != nil {
		t.Fatal(err)
	}
	for name, change := range map[string]func(*ArchiveKey){
		"rules":        func(k *ArchiveKey) { k.Rules = "rules-other" },
		"version":      func(k *ArchiveKey) { k.Version = "v1.4.1" },
		"roots":        func(k *ArchiveKey) { k.Roots = k.Roots[:1] },
		"root order":   func(k *ArchiveKey) { k.Roots = []string{k.Roots[1], k.Roots[0]} },
		"root spelled": func(k *ArchiveKey) { k.Roots = []string{"./archive", k.Roots[1]} },
	} {
		k := testArchiveKey()
		change(&k)
		if a, ok := c.OpenArchive(k); ok {
			a.Close()
			t.Errorf("%s changed: the index still opened", name)
		}
	}
}

// TestArchiveDamage flips every byte of an index and truncates it at every length: each damaged
// file must either fail to open, fail to give its blocks, or give exactly what was put.
func TestArchiveDamage(t *testing.T) {
	c := openTemp(t)
	k := testArchiveKey()
	want := testArchive()
	if err := c.PutArchive(k, want); err != nil {
		t.Fatal(err)
	}
	path := c.archivePath(k)
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	blocks := map[BlockKey]bool{}
	for bk := range want.Blocks {
		blocks[bk] = true
	}
	wanted := map[string]bool{"p:elena varga": true, "n:solenne": true, "": true}
	check := func(what string, data []byte) {
		t.Helper()
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		a, ok := c.OpenArchive(k)
		if !ok {
			return
		}
		defer a.Close()
		if diff := cmp.Diff(header(want), header(a), archiveOpts...); diff != "" {
			t.Fatalf("%s: opened with another header:\n%s", what, diff)
		}
		got, ok := a.BlocksOf(blocks)
		if !ok {
			return
		}
		if diff := cmp.Diff(want.Blocks, got, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("%s: gave other blocks:\n%s", what, diff)
		}
		if diff := cmp.Diff(want.Anchors, a.Postings(wanted)); diff != "" {
			// The names section is checksummed: damage there fails the open.
			t.Fatalf("%s: gave other postings:\n%s", what, diff)
		}
	}
	for i := range good {
		bad := append([]byte(nil), good...)
		bad[i] ^= 0x41
		check("byte "+filepath.Base(path)+" flipped at "+strconv.Itoa(i), bad)
	}
	for n := 0; n < len(good); n++ {
		check("truncated to "+strconv.Itoa(n), good[:n])
	}
}

// FuzzOpenArchive checks that any bytes in an index's place are either refused or read as an
// index whose blocks and names can be asked for without a panic.
func FuzzOpenArchive(f *testing.F) {
	dir := f.TempDir()
	c, err := Open(dir)
	if err != nil {
		f.Fatal(err)
	}
	k := testArchiveKey()
	if err := c.PutArchive(k, testArchive()); err != nil {
		f.Fatal(err)
	}
	good, err := os.ReadFile(c.archivePath(k))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte(archiveMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		if err := os.WriteFile(c.archivePath(k), data, 0o644); err != nil {
			t.Fatal(err)
		}
		a, ok := c.OpenArchive(k)
		if !ok {
			return
		}
		defer a.Close()
		a.Postings(map[string]bool{"p:elena varga": true, "": true})
		blocks := map[BlockKey]bool{}
		for bk := range testArchive().Blocks {
			blocks[bk] = true
		}
		a.BlocksOf(blocks)
		for _, f := range a.Files {
			if int(f.Story) >= len(a.Stories) {
				t.Fatalf("file %s in story %d of %d", f.Path, f.Story, len(a.Stories))
			}
		}
	})
}
