package pipeline

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestStories(t *testing.T) {
	cases := []struct {
		name    string
		anchors [][]string
		want    []string
	}{
		{"one story: everything together, even an article with no names",
			[][]string{{"n:solenne", "p:elena varga"}, {"n:solenne", "p:elena varga"}, {}},
			[]string{"", "", ""}},
		{"two stories linked by two names each",
			[][]string{{"n:solenne", "p:elena varga"}, {"n:solenne", "p:elena varga"}, {"n:tarvel dam", "p:hamid qureshi"}, {"n:tarvel dam", "p:hamid qureshi"}},
			[]string{"a", "a", "c", "c"}},
		{"one shared name does not join two stories",
			[][]string{{"n:solenne", "p:elena varga", "p:red cross"}, {"n:solenne", "p:elena varga"}, {"n:tarvel dam", "p:hamid qureshi", "p:red cross"}, {"n:tarvel dam", "p:hamid qureshi"}},
			[]string{"a", "a", "c", "c"}},
		{"an article linked to nothing joins the story it shares most with",
			[][]string{{"n:solenne", "p:elena varga"}, {"n:solenne", "p:elena varga"}, {"n:tarvel dam", "p:hamid qureshi"}, {"n:tarvel dam", "p:hamid qureshi"}, {"p:elena varga"}},
			[]string{"a", "a", "c", "c", "a"}},
		{"a tie leaves it alone",
			[][]string{{"n:solenne", "p:elena varga"}, {"n:solenne", "p:elena varga"}, {"n:tarvel dam", "p:hamid qureshi"}, {"n:tarvel dam", "p:hamid qureshi"}, {"p:elena varga", "p:hamid qureshi"}},
			[]string{"a", "a", "c", "c", "e"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			paths := []string{"a", "b", "c", "d", "e"}[:len(tc.anchors)]
			if diff := cmp.Diff(tc.want, stories(paths, tc.anchors)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
