package cache

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// FuzzGet feeds arbitrary gob payloads, sealed with a valid magic line and checksum so that they
// reach the decoder, to Get and Lookup. Neither may panic; an entry that is read back must
// survive another round trip unchanged, and a stat record may only vouch for the file asked about.
func FuzzGet(f *testing.F) {
	valid, err := encode(&entryRecord{Schema: schema, Key: testKey(), Entry: richEntry()})
	if err != nil {
		f.Fatal(err)
	}
	old := time.Date(2020, 1, 2, 3, 4, 5, 6, time.UTC)
	c, err := Open(filepath.Join(f.TempDir(), "cache"))
	if err != nil {
		f.Fatal(err)
	}
	abs := filepath.Join(c.Dir, "story.md")
	stat, err := encode(&statRecord{Schema: schema, Path: abs, Size: 7, ModTime: old, Recorded: old.Add(time.Hour), Info: FileInfo{Dated: true, Published: old}})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(valid[len(magic):len(valid)-32], false)
	f.Add(stat[len(magic):len(stat)-32], true)
	f.Add(gobOf(f, "crosscheck"), false)
	f.Add(gobOf(f, testKey()), true)
	f.Add([]byte{}, false)
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f}, true)

	entryFile, statFile := c.entryPath(testKey()), c.statPath(abs)
	for _, p := range []string{entryFile, statFile} {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			f.Fatal(err)
		}
	}
	same := []cmp.Option{cmpopts.EquateEmpty(), cmpopts.EquateNaNs()}
	f.Fuzz(func(t *testing.T, payload []byte, asStat bool) {
		if !asStat {
			if err := os.WriteFile(entryFile, sealed(payload), 0o644); err != nil {
				t.Fatal(err)
			}
			got, ok := c.Get(testKey())
			if !ok {
				if !cmp.Equal(got, Entry{}) {
					t.Fatalf("a miss returned %+v", got)
				}
				return
			}
			if err := c.Put(testKey(), got); err != nil {
				t.Fatal(err)
			}
			again, ok := c.Get(testKey())
			if !ok {
				t.Fatal("Get missed after Put")
			}
			if diff := cmp.Diff(got, again, same...); diff != "" {
				t.Fatalf("second round trip changed the entry:\n%s", diff)
			}
			return
		}
		if err := os.WriteFile(statFile, sealed(payload), 0o644); err != nil {
			t.Fatal(err)
		}
		var rec statRecord
		decoded := decode(sealed(payload), &rec)
		fi, ok := c.Lookup(abs, 7, old)
		if ok && (!decoded || rec.Path != abs || rec.Size != 7 || !rec.ModTime.Equal(old) || !trusted(old, rec.Recorded)) {
			t.Fatalf("Lookup hit a record that does not vouch for the file: %+v", rec)
		}
		if !ok && fi != (FileInfo{}) {
			t.Fatalf("a miss returned %+v", fi)
		}
	})
}
