package cache

import (
	"testing"
	"time"
)

// entryOf returns an entry of n claims built from the rich entry's.
func entryOf(n int) Entry {
	rich := richEntry()
	e := Entry{Published: rich.Published, Dated: true}
	for i := range n {
		c := rich.Claims[i%len(rich.Claims)]
		c.Line += i
		e.Claims = append(e.Claims, c)
	}
	return e
}

func opsPerSecond(b *testing.B) {
	if s := b.Elapsed().Seconds(); s > 0 {
		b.ReportMetric(float64(b.N)/s, "ops/s")
	}
}

func BenchmarkGet(b *testing.B) {
	c := openTemp(b)
	const files = 64
	keys := make([]Key, files)
	for i := range keys {
		keys[i] = testKey()
		keys[i].ContentHash[0] = byte(i)
		if err := c.Put(keys[i], entryOf(20)); err != nil {
			b.Fatal(err)
		}
	}
	i := 0
	for b.Loop() {
		if e, ok := c.Get(keys[i%files]); !ok || len(e.Claims) != 20 {
			b.Fatal("miss")
		}
		i++
	}
	opsPerSecond(b)
}

func BenchmarkPut(b *testing.B) {
	c := openTemp(b)
	e := entryOf(20)
	k := testKey()
	for b.Loop() {
		if err := c.Put(k, e); err != nil {
			b.Fatal(err)
		}
	}
	opsPerSecond(b)
}

func BenchmarkLookup(b *testing.B) {
	c := openTemp(b)
	old := time.Now().Add(-time.Hour)
	if err := c.Remember("story.md", 1234, old, FileInfo{Dated: true, Published: old}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, ok := c.Lookup("story.md", 1234, old); !ok {
			b.Fatal("miss")
		}
	}
	opsPerSecond(b)
}
