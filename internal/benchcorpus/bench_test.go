package benchcorpus

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkGenerate10k writes a corpus of 10,000 articles into a temporary folder, as the gen
// command does.
func BenchmarkGenerate10k(b *testing.B) {
	cfg := Config{Articles: 10000, Stories: 50, Seed: 1, ContradictionRate: 0.02}
	for b.Loop() {
		dir := b.TempDir()
		made := map[string]bool{}
		st, err := Generate(cfg, func(path string, data []byte) error {
			full := filepath.Join(dir, filepath.FromSlash(path))
			if d := filepath.Dir(full); !made[d] {
				if err := os.MkdirAll(d, 0o755); err != nil {
					return err
				}
				made[d] = true
			}
			return os.WriteFile(full, data, 0o644)
		})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(st.Bytes)/1e6, "MB")
		b.ReportMetric(float64(st.Bytes)/float64(st.Articles), "bytes/article")
		b.ReportMetric(float64(st.Planted), "planted")
	}
}

// BenchmarkGenerateMemory measures generation alone.
func BenchmarkGenerateMemory(b *testing.B) {
	cfg := Config{Articles: 1000, Stories: 50, Seed: 1, ContradictionRate: 0.02}
	for b.Loop() {
		st, err := Generate(cfg, func(string, []byte) error { return nil })
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(st.Bytes)
	}
}
