package benchcorpus

import (
	"math/bits"
	"math/rand/v2"
)

// rng draws from a PCG stream. Bounded draws use Lemire's multiply-shift on the full 64-bit
// output rather than rand.IntN, whose algorithm differs on 32-bit platforms: the corpus must be
// the same bytes everywhere.
type rng struct{ r *rand.Rand }

func newRNG(seed1, seed2 uint64) *rng {
	return &rng{r: rand.New(rand.NewPCG(seed1, seed2))}
}

// split returns a new stream seeded from two draws of this one.
func (g *rng) split() *rng {
	a := g.r.Uint64()
	b := g.r.Uint64()
	return newRNG(a, b)
}

func (g *rng) uint64() uint64 { return g.r.Uint64() }

// intn returns a number in [0, n), or 0 when n <= 0.
func (g *rng) intn(n int) int {
	if n <= 1 {
		return 0
	}
	bound := uint64(n)
	hi, lo := bits.Mul64(g.r.Uint64(), bound)
	if lo < bound {
		threshold := -bound % bound
		for lo < threshold {
			hi, lo = bits.Mul64(g.r.Uint64(), bound)
		}
	}
	return int(hi)
}

// between returns a number in [lo, hi].
func (g *rng) between(lo, hi int) int {
	if hi <= lo {
		return lo
	}
	return lo + g.intn(hi-lo+1)
}

// chance reports true with probability num/den.
func (g *rng) chance(num, den int) bool {
	return g.intn(den) < num
}

func (g *rng) pick(list []string) string {
	if len(list) == 0 {
		return ""
	}
	return list[g.intn(len(list))]
}

// perm returns a random permutation of [0, n).
func (g *rng) perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	for i := n - 1; i > 0; i-- {
		j := g.intn(i + 1)
		p[i], p[j] = p[j], p[i]
	}
	return p
}
