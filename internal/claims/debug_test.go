package claims

import (
	"fmt"
	"os"
	"testing"

	"github.com/crosscheck-news/crosscheck/internal/article"
	"github.com/crosscheck-news/crosscheck/internal/segment"
)

func TestDebugScan(t *testing.T) {
	data, _ := os.ReadFile("../../../shared/eval/dev/d-03.md")
	a, err := article.Parse("d-03.md", data)
	fmt.Println(err)
	for _, sp := range segment.Sentences(a.Text) {
		fmt.Printf("%q\n", a.Text[sp.Start:sp.End])
	}
}
