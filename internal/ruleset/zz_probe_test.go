package ruleset

import (
	"os"
	"testing"
	"fmt"
	"time"
)

func FuzzZZProbe(f *testing.F) {
	seeds, _ := os.ReadDir("../../rules")
	for _, e := range seeds {
		d, _ := os.ReadFile("../../rules/" + e.Name())
		f.Add(d)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		os.WriteFile(fmt.Sprintf("/tmp/last-%d.yaml", os.Getpid()), data, 0o644)
		lf, _ := os.OpenFile("/tmp/fzlog", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644); fmt.Fprintln(lf, time.Now().Format("15:04:05.000"), len(data)); lf.Close()
		var r Rules
		err := r.Parse("f.yaml", data)
		os.WriteFile(fmt.Sprintf("/tmp/last-%d.stage", os.Getpid()), []byte("parsed "+time.Now().String()), 0o644)
		if err == nil {
			checkParsed(t, &r)
			s, _ := Compile(r)
			os.WriteFile(fmt.Sprintf("/tmp/last-%d.stage", os.Getpid()), []byte("compiled "+time.Now().String()), 0o644)
			words := Words(string(data))
			if len(words) > 200 { words = words[:200] }
			for i := range words {
				for c := CatMeasure; c <= CatAbove; c++ {
					s.Match(c, words, i)
				}
			}
		}
		os.WriteFile(fmt.Sprintf("/tmp/last-%d.stage", os.Getpid()), []byte("done "+time.Now().String()), 0o644)
	})
}
