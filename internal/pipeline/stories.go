package pipeline

import (
	"cmp"
	"slices"
	"strings"
)

func sortedKeys(m map[string][]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// minShared is how many distinctive names two articles must share to be one story: one shared
// name can be a coincidence (a minister in the news for two reasons), two rarely are.
const minShared = 2

// A name of several words carried by at most max(minRareSpread, articles/rareShare) articles
// joins them on its own.
const (
	minRareSpread = 3
	rareShare     = 8
)

// maxAnchorSpread bounds how many articles one name may tie together when counting shared names:
// a name in more articles than this is everywhere in the archive and tells no story apart.
const maxAnchorSpread = 400

// anchorSpreadShare scales maxAnchorSpread to big archives: there a long-running story has
// thousands of articles, and its names are everywhere in that story, not in the archive. A name
// in more than a quarter of all articles is everywhere.
const anchorSpreadShare = 4

// anchorSpread is how many of n articles a name may be in and still tell stories apart.
func anchorSpread(n int) int { return max(maxAnchorSpread, n/anchorSpreadShare) }

// maxPairedAnchors bounds the names of one article used for linking (in the order first seen
// in the archive), so that an article listing hundreds of names costs no more than a usual one.
const maxPairedAnchors = 64

// stories groups articles into stories by the distinctive names they share, and returns each
// article's story: the path of the first article of its story. Articles sharing at least
// minShared names are one story, and so is anything joined through such links. When only one
// story emerges, every article is in it (an article with too few names is taken to be of the
// only story there is); when there are several, an article linked to none stays on its own.
func stories(paths []string, anchors [][]string) []string {
	out, groups, capped := storiesWithin(paths, anchors, anchorSpread(len(paths)))
	// A name in most articles tells stories apart only when there are stories to tell apart:
	// in an archive of one story its names are everywhere, so they are used after all.
	if groups <= 1 && capped {
		out, _, _ = storiesWithin(paths, anchors, len(paths))
	}
	return out
}

// storiesWithin is stories using only names in at most spread articles. It also returns how
// many stories of more than one article it found, and whether any name was left out.
func storiesWithin(paths []string, anchors [][]string, spread int) (out []string, groups int, capped bool) {
	n := len(paths)
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
	// Two articles share at least two names exactly when they share a pair of names, so each
	// article's pairs of usable names are keyed, and articles with the same pair are joined.
	// This costs (names per article)² per article rather than (articles per name)² per name,
	// which in a long-running story is the larger by far.
	id := map[string]uint32{}
	firstWithPair := map[uint64]int{}
	var usable []uint32
	for i, as := range anchors {
		usable = usable[:0]
		for _, a := range as {
			if l := len(byAnchor[a]); l < 2 || l > spread {
				continue
			}
			k, ok := id[a]
			if !ok {
				k = uint32(len(id))
				id[a] = k
			}
			usable = append(usable, k)
		}
		slices.Sort(usable)
		usable = slices.Compact(usable)
		if len(usable) > maxPairedAnchors {
			usable = usable[:maxPairedAnchors]
		}
		for x := 0; x < len(usable); x++ {
			for y := x + 1; y < len(usable); y++ {
				k := uint64(usable[x])<<32 | uint64(usable[y])
				if j, ok := firstWithPair[k]; ok {
					union(j, i)
				} else {
					firstWithPair[k] = i
				}
			}
		}
	}
	// One rare name of several words (a person in full, "Careth Strait") is evidence too: a
	// name few articles of the archive carry is the story's, not a coincidence. A name many
	// carry (a head of government, a capital) is not enough alone.
	// Such a name joins two articles linked to nothing else; an article it would tie to a
	// story is left to the vote below, which keeps one that names two stories apart.
	size := map[int]int{}
	for i := range paths {
		size[find(i)]++
	}
	rare := max(minRareSpread, n/rareShare)
	for _, a := range sortedKeys(byAnchor) {
		list := byAnchor[a]
		if len(list) < 2 || len(list) > rare || !strings.Contains(a, " ") {
			continue
		}
		for _, j := range list[1:] {
			ri, rj := find(list[0]), find(j)
			if ri != rj && size[ri] == 1 && size[rj] == 1 {
				union(ri, rj)
				size[find(ri)] = 2
				if find(ri) == ri {
					delete(size, rj)
				} else {
					delete(size, ri)
				}
			}
		}
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
			if len(list) > spread {
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
		if best, ok := leader(votes, false); ok {
			size[best]++
			size[find(i)]--
			parent[i] = best
		}
	}
	// An article linked to no other stays a story of its own: a figure in it is compared with
	// nothing, which is silence rather than a guess.
	out = make([]string, n)
	for i := range paths {
		out[i] = paths[find(i)]
	}
	for _, list := range byAnchor {
		if len(list) > spread {
			capped = true
			break
		}
	}
	for _, sz := range size {
		if sz > 1 {
			groups++
		}
	}
	return out, groups, capped
}

// draftStories places drafts into the stories of an archive, the archive read on its own (a
// draft does not change how the archive is grouped). archiveStory is each archive article's
// story as stories returns it, postings gives for a name the archive articles bearing it (in
// order), and nArchive is how many archive articles there are. A draft joins the story it shares
// the most pairs of names with, through single articles, as stories links two articles; failing
// that, the story it shares the most names with, if one leads. Drafts that join no story are
// grouped among themselves as stories groups articles, under names of their own.
func draftStories(draftPaths []string, draftAnchors [][]string, archiveStory []string, nArchive int, postings map[string][]int32) []string {
	out := make([]string, len(draftPaths))
	oneStory := true
	for _, s := range archiveStory {
		if s != "" {
			oneStory = false
			break
		}
	}
	if oneStory {
		// A small or single-story archive: everything is one story, as stories has it.
		return out
	}
	spread := anchorSpread(nArchive)
	var alone []int
	for d, as := range draftAnchors {
		var usable []string
		for _, a := range as {
			if l := len(postings[a]); l >= 1 && l <= spread && !slices.Contains(usable, a) {
				usable = append(usable, a)
			}
		}
		slices.Sort(usable)
		if len(usable) > maxPairedAnchors {
			usable = usable[:maxPairedAnchors]
		}
		pairs := map[string]int{}
		for x := 0; x < len(usable); x++ {
			for y := x + 1; y < len(usable); y++ {
				for _, i := range intersect(postings[usable[x]], postings[usable[y]]) {
					pairs[archiveStory[i]]++
				}
			}
		}
		if st, ok := leader(pairs, true); ok {
			out[d] = st
			continue
		}
		votes := map[string]int{}
		for _, a := range usable {
			seen := map[string]bool{}
			for _, i := range postings[a] {
				if st := archiveStory[i]; !seen[st] {
					seen[st] = true
					votes[st]++
				}
			}
		}
		if st, ok := leader(votes, false); ok {
			out[d] = st
			continue
		}
		alone = append(alone, d)
	}
	if len(alone) > 0 {
		paths := make([]string, len(alone))
		anchors := make([][]string, len(alone))
		for k, d := range alone {
			paths[k], anchors[k] = draftPaths[d], draftAnchors[d]
		}
		for k, st := range stories(paths, anchors) {
			out[alone[k]] = "draft:" + st
		}
	}
	return out
}

// leader returns the key with the highest count. On a tie it returns the smallest such key when
// breakTies is set, and nothing otherwise.
func leader[K cmp.Ordered](counts map[K]int, breakTies bool) (K, bool) {
	var best, none K
	bestN, tie := 0, false
	for k, n := range counts {
		switch {
		case n > bestN:
			best, bestN, tie = k, n, false
		case n == bestN && n > 0:
			tie = true
			if k < best {
				best = k
			}
		}
	}
	if bestN == 0 || tie && !breakTies {
		return none, false
	}
	return best, true
}

// intersect returns the items in both sorted lists.
func intersect(a, b []int32) []int32 {
	var out []int32
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}
