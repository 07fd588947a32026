package benchcorpus

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzGenerate checks that any Config gives an error or a well-formed corpus, never a panic.
func FuzzGenerate(f *testing.F) {
	f.Add(5, 2, int64(1), 0.5)
	f.Add(0, 1, int64(0), 0.0)
	f.Add(30, 999, int64(-1), 1.0)
	f.Add(-3, 0, int64(math.MaxInt64), math.NaN())
	f.Add(12, 12, int64(math.MinInt64), 0.999999)
	f.Fuzz(func(t *testing.T, articles, stories int, seed int64, rate float64) {
		cfg := Config{Articles: articles % 40, Stories: stories, Seed: seed, ContradictionRate: rate}
		n := 0
		st, err := Generate(cfg, func(path string, data []byte) error {
			n++
			if !utf8.Valid(data) || !strings.HasPrefix(string(data), "---\ntitle: ") {
				t.Fatalf("%s: malformed", path)
			}
			_, body, _ := strings.Cut(string(data), "\n---\n")
			if w := wordCount(body); w < MinWords || w > MaxWords {
				t.Fatalf("%s: %d words", path, w)
			}
			return nil
		})
		if err != nil {
			if cfg.Validate() == nil {
				t.Fatalf("valid %+v failed: %v", cfg, err)
			}
			return
		}
		if st.Articles != n || n != cfg.Articles || st.Planted < 0 || st.Planted > n {
			t.Fatalf("%+v: wrote %d, stats %+v", cfg, n, st)
		}
	})
}
