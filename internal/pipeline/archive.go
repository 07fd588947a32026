package pipeline

import (
	"os"
	"slices"
	"sort"
	"time"

	"github.com/crosscheck-news/crosscheck/internal/article"
	"github.com/crosscheck-news/crosscheck/internal/cache"
	"github.com/crosscheck-news/crosscheck/internal/claims"
	"github.com/crosscheck-news/crosscheck/internal/compare"
	"github.com/crosscheck-news/crosscheck/internal/normalize"
	"github.com/crosscheck-news/crosscheck/internal/ruleset"
)

// personBlock is the subject under which an archive index keeps a story's claims about people:
// which person a name, title or age belongs to is settled over all of them at once.
const personBlock = "\x00person"

// checkDrafts checks drafts against a corpus. With a cache, an index of the whole archive is
// kept: when nothing in the archive changed since it was written, the archive is not read at
// all, and only the claims of the drafts' stories about the drafts' subjects are loaded.
// Otherwise everything is extracted (through the per-article cache) and the index rewritten.
// Both ways give the same findings.
func checkDrafts(opt Options, rules *ruleset.Set) (*Result, error) {
	key := cache.ArchiveKey{Roots: opt.Corpus, Rules: RulesDigest(rules), Version: opt.Version}
	if opt.Cache != nil {
		if a, ok := opt.Cache.OpenArchive(key); ok {
			res, ok, err := checkWithArchive(opt, rules, a)
			a.Close()
			if err != nil {
				return nil, err
			}
			if ok {
				return res, nil
			}
		}
	}
	started := time.Now()
	r, err := extract(opt, rules)
	if err != nil {
		return nil, err
	}
	res := r.res
	res.Findings = draftFindings(res.Claims, res.Drafts, rules)
	if opt.Cache != nil {
		if a := r.archive(started); a != nil {
			_ = opt.Cache.PutArchive(key, a) // a cache that cannot be written only costs time
		}
	}
	return res, nil
}

// draftFindings compares the claims and keeps the findings with a draft claim.
func draftFindings(cs []claims.Claim, drafts map[string]bool, rules *ruleset.Set) []compare.Finding {
	return compare.CompareFor(draftRelevant(cs, drafts), rules, func(c claims.Claim) bool { return drafts[c.Path] })
}

// archive builds the index of the run's corpus, or returns nil when some corpus file was not
// stat'ed before it was read (then its claims cannot be tied to a file state).
func (r *run) archive(started time.Time) *cache.Archive {
	a := &cache.Archive{
		Built:   started,
		Anchors: map[string][]int32{},
		Blocks:  map[cache.BlockKey][]claims.Claim{},
	}
	if r.corpusDay.Complete() {
		a.LatestDay = r.corpusDay.String()
	}
	for _, d := range r.listing.Dirs {
		a.Dirs = append(a.Dirs, cache.DirStamp{Path: d.Path, ModTime: d.ModTime.UnixNano()})
	}
	storyIndex := map[string]int32{}
	fileIndex := map[string]int32{}
	var anchors [][]string
	k := 0
	for _, s := range r.srcs {
		if !s.corpus {
			continue
		}
		if s.stat == nil {
			return nil
		}
		st := r.archiveStory[k]
		k++
		idx, ok := storyIndex[st]
		if !ok {
			idx = int32(len(a.Stories))
			storyIndex[st] = idx
			a.Stories = append(a.Stories, st)
		}
		fileIndex[s.path] = int32(len(a.Files))
		a.Files = append(a.Files, cache.ArchiveFile{Path: s.path, Size: s.stat.Size(), ModTime: s.stat.ModTime().UnixNano(), Story: idx})
		anchors = append(anchors, s.anchors)
		if s.empty {
			a.Warnings = append(a.Warnings, emptyWarning(s.path))
		} else {
			a.Articles++
		}
	}
	for _, p := range r.listing.Files {
		if _, indexed := fileIndex[p]; !indexed {
			a.Skipped = append(a.Skipped, p)
		}
	}
	a.Anchors = postingsOf(anchors)
	for _, c := range r.res.Claims {
		fi, ok := fileIndex[c.Path]
		if !ok {
			continue // a draft's
		}
		bk := cache.BlockKey{Story: a.Files[fi].Story, Subject: c.Subject}
		if aboutPerson(c) {
			bk.Subject = personBlock
		}
		a.Blocks[bk] = append(a.Blocks[bk], c)
		a.Claims++
	}
	return a
}

// checkWithArchive checks the drafts against an archive index. It reports false, having done
// no harm, when the archive is not exactly as indexed: a folder or file changed, appeared or
// went, a draft is one of the indexed files, or a block cannot be read.
func checkWithArchive(opt Options, rules *ruleset.Set, a *cache.Archive) (*Result, bool, error) {
	draftPaths, err := article.Expand(opt.Paths)
	if err != nil {
		return nil, false, err
	}
	drafts := map[string]bool{}
	var srcs []source
	for _, p := range draftPaths {
		if opt.Ignore != nil && opt.Ignore(p) || drafts[p] {
			continue
		}
		drafts[p] = true
		srcs = append(srcs, source{path: p})
	}
	if !archiveUnchanged(opt, a, drafts) {
		return nil, false, nil
	}

	// The drafts: read and extracted as in a full run.
	corpusDay := normalize.Day{}
	if t, err := time.Parse(time.DateOnly, a.LatestDay); err == nil {
		corpusDay = normalize.DayOf(t)
	}
	storyDay := corpusDay
	parallel(len(srcs), func(i int) { srcs[i].read() })
	for _, s := range srcs {
		if s.err != nil {
			return nil, false, s.err
		}
		if day := normalize.DayOf(s.info.Published); s.info.Dated && storyDay.Before(day) {
			storyDay = day
		}
	}
	x := claims.NewExtractor(rules)
	parallel(len(srcs), func(i int) { srcs[i].extract(x, storyDay, nil, cache.Key{}) })

	// Their stories, from the archive's names.
	wanted := map[string]bool{}
	dPaths := make([]string, len(srcs))
	dAnchors := make([][]string, len(srcs))
	for i, s := range srcs {
		dPaths[i], dAnchors[i] = s.path, s.anchors
		for _, n := range s.anchors {
			wanted[n] = true
		}
	}
	archiveStory := make([]string, len(a.Files))
	for i, f := range a.Files {
		archiveStory[i] = a.Stories[f.Story]
	}
	story := draftStories(dPaths, dAnchors, archiveStory, len(a.Files), a.Postings(wanted))

	// The claims that bear on theirs.
	storyIndex := map[string]int32{}
	for i, s := range a.Stories {
		storyIndex[s] = int32(i)
	}
	res := &Result{Drafts: drafts, Cached: len(a.Files), Count: a.Articles}
	res.Warnings = append(res.Warnings, a.Warnings...)
	var draftClaims []claims.Claim
	blocks := map[cache.BlockKey]bool{}
	for i, s := range srcs {
		res.Read++
		if s.empty {
			res.Warnings = append(res.Warnings, emptyWarning(s.path))
			continue
		}
		res.Count++
		for _, c := range s.claims {
			c.Story = story[i]
			draftClaims = append(draftClaims, c)
			idx, ok := storyIndex[c.Story]
			if !ok {
				continue
			}
			bk := cache.BlockKey{Story: idx, Subject: c.Subject}
			if aboutPerson(c) {
				bk.Subject = personBlock
			}
			blocks[bk] = true
		}
	}
	loaded, ok := a.BlocksOf(blocks)
	if !ok {
		return nil, false, nil
	}
	all := slices.Clone(draftClaims)
	for _, cs := range loaded {
		all = append(all, cs...)
	}
	sortClaims(all)
	sortClaims(draftClaims)
	sort.Strings(res.Warnings)
	res.Claims = draftClaims
	res.ClaimCount = a.Claims + len(draftClaims)
	res.Findings = draftFindings(all, drafts, rules)
	return res, true, nil
}

// archiveUnchanged reports whether the corpus is as the index has it: the same files, none of
// them a draft, each with the size and modification time it had, and none changed so recently
// that a second change could hide in the same timestamp.
func archiveUnchanged(opt Options, a *cache.Archive, drafts map[string]bool) bool {
	var listed []string
	if dirsUnchanged(a) {
		listed = make([]string, 0, len(a.Files)+len(a.Skipped))
		for _, f := range a.Files {
			listed = append(listed, f.Path)
		}
		listed = append(listed, a.Skipped...)
		sort.Strings(listed)
	} else {
		l, err := article.Expand(opt.Corpus)
		if err != nil {
			return false
		}
		listed = l
	}
	k := 0
	for _, p := range listed {
		if drafts[p] || opt.Ignore != nil && opt.Ignore(p) {
			continue
		}
		if k >= len(a.Files) || a.Files[k].Path != p {
			return false
		}
		k++
	}
	// A draft among the indexed files fails here too: it was passed over in the listing.
	if k != len(a.Files) {
		return false
	}
	same := make([]bool, len(a.Files))
	parallelChunks(len(a.Files), func(i int) {
		f := a.Files[i]
		st, err := os.Stat(f.Path)
		same[i] = err == nil && st.Mode().IsRegular() && st.Size() == f.Size &&
			st.ModTime().UnixNano() == f.ModTime && a.Trusted(f.ModTime)
	})
	return !slices.Contains(same, false)
}

// dirsUnchanged reports whether every folder listed for the index still has the time it had.
func dirsUnchanged(a *cache.Archive) bool {
	for _, d := range a.Dirs {
		st, err := os.Stat(d.Path)
		if err != nil || !st.IsDir() || st.ModTime().UnixNano() != d.ModTime || !a.Trusted(d.ModTime) {
			return false
		}
	}
	return true
}

func emptyWarning(path string) string { return path + ": empty article, skipped" }

func sortClaims(cs []claims.Claim) {
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
}
