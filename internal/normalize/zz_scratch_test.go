package normalize

import (
	"fmt"
	"os"
	"strings"
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
