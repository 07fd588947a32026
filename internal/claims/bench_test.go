package claims_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/article"
	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/normalize"
)

// BenchmarkExtract measures extraction over the example corpus: article parsing, sentences,
// mentions and claims, in bytes of article text per second on one core.
func BenchmarkExtract(b *testing.B) {
	files, err := filepath.Glob("../../testdata/corpus/*/*.md")
	if err != nil || len(files) == 0 {
		b.Fatalf("no example articles: %v", err)
	}
	var data [][]byte
	var size int64
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		data = append(data, d)
		size += int64(len(d))
	}
	x := claims.NewExtractor(defaultRules(b))
	day := normalize.Day{Year: 2026, Month: 7, Day: 12}
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, d := range data {
			a, err := article.Parse(files[j], d)
			if err != nil {
				b.Fatal(err)
			}
			x.Extract(a, day)
		}
	}
}
