package pipeline

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestStoriesOfAFewArticles(t *testing.T) {
	// Two pairs that share nothing are two stories, however few the articles.
	got := stories([]string{"a", "b", "c", "d"}, [][]string{{"x", "y"}, {"x", "y"}, {"p", "q"}, {"p", "q"}})
	if diff := cmp.Diff([]string{"a", "a", "c", "c"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestStories(t *testing.T) {
	cases := []struct {
		name    string
		anchors [][]string
		want    []string
	}{
		{"an article that shares nothing stays alone",
			[][]string{{"solenne", "elena varga"}, {"solenne", "elena varga"}, {}},
			[]string{"a", "a", "c"}},
		{"two stories linked by two names each",
			[][]string{{"solenne", "elena varga"}, {"solenne", "elena varga"}, {"tarvel dam", "hamid qureshi"}, {"tarvel dam", "hamid qureshi"}},
			[]string{"a", "a", "c", "c"}},
		{"one shared one-word name does not join two stories",
			[][]string{{"solenne", "elena varga", "kelso"}, {"solenne", "elena varga"}, {"tarvel dam", "hamid qureshi", "kelso"}, {"tarvel dam", "hamid qureshi"}},
			[]string{"a", "a", "c", "c"}},
		{"one rare full name joins two loose articles",
			[][]string{{"piet lorens"}, {"piet lorens", "kelso"}, {"hamid qureshi"}},
			[]string{"a", "a", "c"}},
		{"an article linked to nothing joins the story it shares most with",
			[][]string{{"solenne", "elena varga"}, {"solenne", "elena varga"}, {"tarvel dam", "hamid qureshi"}, {"tarvel dam", "hamid qureshi"}, {"elena varga"}},
			[]string{"a", "a", "c", "c", "a"}},
		{"a tie leaves it alone",
			[][]string{{"solenne", "elena varga"}, {"solenne", "elena varga"}, {"tarvel dam", "hamid qureshi"}, {"tarvel dam", "hamid qureshi"}, {"elena varga", "hamid qureshi"}},
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
			anchors = append(anchors, []string{fmt.Sprintf("lead %d", s), fmt.Sprintf("place %d", s)})
			want = append(want, fmt.Sprintf("s%d/0000", s))
		}
	}
	if diff := cmp.Diff(want, stories(paths, anchors)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
