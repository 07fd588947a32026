package normalize

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"syscall"
	"testing"
)

func TestZZScratch(t *testing.T) {
	in := os.Getenv("ZZ")
	if in == "" {
		t.Skip()
	}
	for _, line := range strings.Split(in, "|") {
		fmt.Printf("%q\n", line)
		for _, q := range Scan(line) {
			fmt.Printf("   [%s] dim=%v val=%v cur=%q qual=%q adj=%v ord=%v year=%v num=%q\n", line[q.Start:q.End], q.Dim, q.Value, q.Currency, q.Qualifier, q.Adjectival, q.Ordinal, q.Year, line[q.NumStart:q.End])
		}
		v, ok := ParseNumber(line)
		d, ok2 := ParseDuration(line)
		fmt.Printf("   ParseNumber=%v %v ParseDuration=%v %v\n", v, ok, d, ok2)
	}
}

func TestZZFiles(t *testing.T) {
	files := os.Getenv("ZZF")
	if files == "" {
		t.Skip()
	}
	for _, f := range strings.Fields(files) {
		b, _ := os.ReadFile(f)
		text := string(b)
		for _, q := range Scan(text) {
			ls := strings.LastIndexByte(text[:q.Start], '\n') + 1
			le := strings.IndexByte(text[q.End:], '\n')
			if le < 0 { le = len(text) } else { le += q.End }
			ctxS := q.Start - 30; if ctxS < ls { ctxS = ls }
			ctxE := q.End + 30; if ctxE > le { ctxE = le }
			fmt.Printf("%-8v %-22s q=%-10q adj=%v ord=%v yr=%v cur=%s | %s[[%s]]%s\n", q.Dim, q.Value, q.Qualifier, q.Adjectival, q.Ordinal, q.Year, q.Currency, text[ctxS:q.Start], text[q.Start:q.End], text[q.End:ctxE])
		}
	}
}

func TestZZCPU(t *testing.T) {
	if os.Getenv("ZZCPU") == "" {
		t.Skip()
	}
	text := strings.Repeat(qBenchProse, 3)
	var ru0, ru1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	n := 3000
	for k := 0; k < n; k++ {
		Scan(text)
	}
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	cpu := float64(ru1.Utime.Nano()-ru0.Utime.Nano()+ru1.Stime.Nano()-ru0.Stime.Nano()) / 1e9
	fmt.Printf("bench prose: %.1f MB per CPU-second\n", float64(len(text)*n)/cpu/1e6)
}

func TestZZCPU2(t *testing.T) {
	if os.Getenv("ZZCPU") == "" {
		t.Skip()
	}
	var b strings.Builder
	for _, f := range []string{"seeds/000_999075e99d089573.txt", "seeds/001_d108385c832d3299.txt", "seeds/002_dd5e9240f9449526.txt", "seeds/003_4e023ebb63c0eecc.txt", "seeds/004_fa88d73c38dbfb6d.txt"} {
		d, _ := os.ReadFile("/work/shared/eval/" + f)
		b.Write(d)
	}
	for _, c := range []struct{ name, text string }{{"corpus", b.String()}, {"nodigits", strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return 'x'
		}
		return r
	}, b.String())}} {
		var ru0, ru1 syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
		n := 300
		for k := 0; k < n; k++ {
			Scan(c.text)
		}
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
		cpu := float64(ru1.Utime.Nano()-ru0.Utime.Nano()+ru1.Stime.Nano()-ru0.Stime.Nano()) / 1e9
		fmt.Printf("%s: %.1f MB per CPU-second (%d bytes, %d mentions)\n", c.name, float64(len(c.text)*n)/cpu/1e6, len(c.text), len(Scan(c.text)))
	}
}

func TestZZIr(t *testing.T) {
	which := os.Getenv("ZZIR")
	if which == "" {
		t.Skip()
	}
	var b strings.Builder
	for _, f := range []string{"seeds/000_999075e99d089573.txt", "seeds/001_d108385c832d3299.txt", "seeds/002_dd5e9240f9449526.txt", "seeds/003_4e023ebb63c0eecc.txt", "seeds/004_fa88d73c38dbfb6d.txt"} {
		d, _ := os.ReadFile("/work/shared/eval/" + f)
		b.Write(d)
	}
	text := b.String()
	if which == "dense" {
		text = strings.Repeat(qBenchProse, 18)
	}
	for k := 0; k < 20; k++ {
		Scan(text)
	}
	fmt.Println("bytes", len(text)*20)
}

func TestZZFilter(t *testing.T) {
	if os.Getenv("ZZF2") == "" {
		t.Skip()
	}
	var b strings.Builder
	for _, f := range []string{"seeds/000_999075e99d089573.txt", "seeds/001_d108385c832d3299.txt", "seeds/002_dd5e9240f9449526.txt", "seeds/003_4e023ebb63c0eecc.txt", "seeds/004_fa88d73c38dbfb6d.txt"} {
		d, _ := os.ReadFile("/work/shared/eval/" + f)
		b.Write(d)
	}
	words := strings.FieldsFunc(b.String(), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') })
	pass := map[string]int{}
	n := 0
	for _, w := range words {
		if qtyPrefixFilter.has(w) && qtyShapeFilter.has(w) {
			n++
			pass[strings.ToLower(w)]++
		}
	}
	fmt.Println("words", len(words), "pass", n)
	type kv struct{ k string; v int }
	var l []kv
	for k, v := range pass { l = append(l, kv{k, v}) }
	sort.Slice(l, func(a, b int) bool { return l[a].v > l[b].v })
	for _, e := range l[:30] { fmt.Print(e.k, ":", e.v, " ") }
	fmt.Println()
}
