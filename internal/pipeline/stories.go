package pipeline

import "sort"

// minShared is how many distinctive names two articles must share to be one story: one shared
// name can be a coincidence (a minister in the news for two reasons), two rarely are.
const minShared = 2

// minArticlesForStories is the fewest articles worth splitting into stories: a handful of
// articles is one desk's story, and splitting it on thin evidence would only lose findings.
const minArticlesForStories = 12

// maxAnchorSpread bounds how many articles one name may tie together when counting shared names:
// a name in more articles than this is everywhere in the archive and tells no story apart.
const maxAnchorSpread = 400

// stories groups articles into stories by the distinctive names they share, and returns each
// article's story: the path of the first article of its story. Articles sharing at least
// minShared names are one story, and so is anything joined through such links. When only one
// story emerges, every article is in it (an article with too few names is taken to be of the
// only story there is); when there are several, an article linked to none stays on its own.
func stories(paths []string, anchors [][]string) []string {
	n := len(paths)
	if n < minArticlesForStories {
		return make([]string, n)
	}
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		// The root is the smaller index, so the story's name does not depend on link order.
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra
	}
	byAnchor := map[string][]int{}
	for i, as := range anchors {
		for _, a := range as {
			byAnchor[a] = append(byAnchor[a], i)
		}
	}
	names := make([]string, 0, len(byAnchor))
	for a := range byAnchor {
		names = append(names, a)
	}
	sort.Strings(names)
	shared := map[[2]int]int{}
	for _, a := range names {
		list := byAnchor[a]
		if len(list) < 2 || len(list) > maxAnchorSpread {
			continue
		}
		for x := 0; x < len(list); x++ {
			for y := x + 1; y < len(list); y++ {
				k := [2]int{list[x], list[y]}
				shared[k]++
				if shared[k] == minShared {
					union(k[0], k[1])
				}
			}
		}
	}
	size := map[int]int{}
	for i := range paths {
		size[find(i)]++
	}
	// An article linked to nothing (a short profile naming one person) joins the one story it
	// shares the most names with, if one story leads; on a tie it stays alone.
	for i := range paths {
		if size[find(i)] != 1 {
			continue
		}
		votes := map[int]int{}
		for _, a := range anchors[i] {
			list := byAnchor[a]
			if len(list) > maxAnchorSpread {
				continue
			}
			seen := map[int]bool{}
			for _, j := range list {
				if r := find(j); j != i && size[r] > 1 && !seen[r] {
					seen[r] = true
					votes[r]++
				}
			}
		}
		best, bestVotes, tie := -1, 0, false
		for r, v := range votes {
			switch {
			case v > bestVotes:
				best, bestVotes, tie = r, v, false
			case v == bestVotes:
				tie = true
			}
		}
		if best >= 0 && !tie {
			size[best]++
			size[find(i)]--
			parent[i] = best
		}
	}
	groups := 0
	for _, s := range size {
		if s > 1 {
			groups++
		}
	}
	out := make([]string, n)
	for i := range paths {
		if groups <= 1 {
			out[i] = ""
			continue
		}
		out[i] = paths[find(i)]
	}
	return out
}
