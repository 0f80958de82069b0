package dedup

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"github.com/parallax-news/parallax/internal/text"
)

// Config tunes detection.
type Config struct {
	// ShingleWords is the length of the word shingles compared: 5 words
	// tell re-used sentences from shared phrases.
	ShingleWords int
	// Bands and Rows split the MinHash signature (Bands×Rows hashes) for
	// LSH. Two texts become candidates when one band matches entirely; the
	// chance is 1-(1-J^Rows)^Bands, which is 0.5 near J = (1/Bands)^(1/Rows)
	// (0.42 for 32×4) and close to 1 above 0.6.
	Bands, Rows int
	// Threshold is the estimated Jaccard similarity of shingle sets from
	// which two articles are near duplicates. Wire copy re-posted with a new
	// top paragraph or trimmed ending stays well above 0.5; two reports of
	// the same event in their own words stay under 0.1.
	Threshold float64
	// MinShingles is the fewest shingles a text needs for near-duplicate
	// detection; shorter texts are compared by fingerprint only.
	MinShingles int
	// Window is how many of the latest texts are kept for comparison (0:
	// all). Copies appear within days of their original; an ingest of a
	// large archive keeps memory bounded by the window.
	Window int
}

// DefaultConfig returns the tested settings.
func DefaultConfig() Config {
	return Config{ShingleWords: 5, Bands: 32, Rows: 4, Threshold: 0.5, MinShingles: 8, Window: 10000}
}

// Signature is a MinHash signature.
type Signature []uint64

// Fingerprint is a hash of the body with case, punctuation and spacing
// normalised: two bodies with the same fingerprint are the same text.
func Fingerprint(body string) string {
	var b strings.Builder
	space := false
	for _, r := range body {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(unicode.ToLower(r))
			space = false
		} else {
			space = true
		}
	}
	h := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(h[:16])
}

// seeds of the hash family: h_i(x) = mix(x ^ seed_i). Fixed, so signatures
// stored today compare with those computed tomorrow.
func seeds(n int) []uint64 {
	out := make([]uint64, n)
	s := uint64(0x9e3779b97f4a7c15)
	for i := range out {
		s = mix(s + uint64(i) + 1)
		out[i] = s
	}
	return out
}

// mix is splitmix64's finaliser: a fast, well-spread 64-bit permutation.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// Sign computes the MinHash signature of body, or nil when it has fewer
// than cfg.MinShingles shingles.
func (c Config) Sign(body string, seed []uint64) Signature {
	sh := text.Shingles(body, c.ShingleWords)
	if len(sh) < c.MinShingles {
		return nil
	}
	sig := make(Signature, len(seed))
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	for _, s := range sh {
		for i, sd := range seed {
			if h := mix(s ^ sd); h < sig[i] {
				sig[i] = h
			}
		}
	}
	return sig
}

// Similarity estimates the Jaccard similarity of the shingle sets behind
// two signatures: the share of positions where they agree.
func Similarity(a, b Signature) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}
