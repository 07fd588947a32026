package pipeline_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/benchcorpus"
	"github.com/crosscheck-news/crosscheck/internal/pipeline"
)

// BenchmarkCheck runs the whole check — reading, extraction on all cores, stories, comparison —
// over generated corpora of 1,000 and 10,000 articles, in bytes of article text per second.
// Comparing the two sizes shows how the cost grows.
func BenchmarkCheck(b *testing.B) {
	rules, err := pipeline.LoadRules(nil, false)
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{1_000, 10_000} {
		dir := b.TempDir()
		stats, err := benchcorpus.Generate(benchcorpus.Config{Articles: n, Stories: max(1, n/200), Seed: 1, ContradictionRate: 0.02},
			func(path string, data []byte) error {
				p := filepath.Join(dir, filepath.FromSlash(path))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					return err
				}
				return os.WriteFile(p, data, 0o644)
			})
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			b.SetBytes(stats.Bytes)
			for i := 0; i < b.N; i++ {
				if _, err := pipeline.Check(pipeline.Options{Paths: []string{dir}}, rules); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
