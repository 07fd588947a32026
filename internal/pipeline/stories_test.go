package pipeline

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestStoriesOfAFewArticles(t *testing.T) {
	// Two pairs that share nothing: with so few articles they are still one story.
	got := stories([]string{"a", "b", "c", "d"}, [][]string{{"n:x", "n:y"}, {"n:x", "n:y"}, {"n:p", "n:q"}, {"n:p", "n:q"}})
	if diff := cmp.Diff([]string{"", "", "", ""}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

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
			// Pad with unrelated articles so that the story split applies.
			paths := []string{"a", "b", "c", "d", "e"}[:len(tc.anchors)]
			anchors := tc.anchors
			want := tc.want
			for i := len(paths); i < minArticlesForStories; i++ {
				p := fmt.Sprintf("z%02d", i)
				paths = append(paths, p)
				anchors = append(anchors, []string{"n:other" + p})
				if want[0] == "" {
					want = append(want, "")
				} else {
					want = append(want, p)
				}
			}
			if diff := cmp.Diff(want, stories(paths, anchors)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestStoriesOfALongRunningStory(t *testing.T) {
	// Five stories of 500 articles each: every story's names are in more articles than
	// maxAnchorSpread, yet few enough of the archive to tell the stories apart.
	const perStory, nStories = 500, 5
	var paths []string
	var anchors [][]string
	var want []string
	for s := 0; s < nStories; s++ {
		for i := 0; i < perStory; i++ {
			p := fmt.Sprintf("s%d/%04d", s, i)
			paths = append(paths, p)
			anchors = append(anchors, []string{fmt.Sprintf("p:lead %d", s), fmt.Sprintf("n:place %d", s)})
			want = append(want, fmt.Sprintf("s%d/0000", s))
		}
	}
	if diff := cmp.Diff(want, stories(paths, anchors)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
