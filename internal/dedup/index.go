package dedup

// Match is the outcome of adding an article to an Index.
type Match struct {
	// Of is the id of the earliest copy this article duplicates, "" when it
	// is an original.
	Of string
	// Similarity is 1 for an exact copy, else the estimated Jaccard
	// similarity of the two texts' shingles.
	Similarity float64
	// Exact says the normalised bodies are identical.
	Exact bool
}

// Index holds the fingerprints and LSH buckets of the articles seen so far.
// It keeps per article a fingerprint and a signature (Bands×Rows×8 bytes:
// 1 KB with the defaults), and only originals are indexed: a copy points
// at its original, so chains never form.
type Index struct {
	cfg     Config
	seed    []uint64
	exact   map[string]string    // fingerprint -> original id
	buckets map[uint64][]string  // band key -> original ids
	sigs    map[string]Signature // original id -> signature
}

// NewIndex returns an empty index.
func NewIndex(cfg Config) *Index {
	return &Index{
		cfg:     cfg,
		seed:    seeds(cfg.Bands * cfg.Rows),
		exact:   map[string]string{},
		buckets: map[uint64][]string{},
		sigs:    map[string]Signature{},
	}
}

// Add records the article id with the given body and reports whether it
// copies an article added before. Articles are expected in the order they
// should win: the first added of a set of copies is the original.
func (x *Index) Add(id, body string) Match {
	fp := Fingerprint(body)
	if orig, ok := x.exact[fp]; ok {
		return Match{Of: orig, Similarity: 1, Exact: true}
	}
	sig := x.cfg.Sign(body, x.seed)
	if sig != nil {
		best, bestSim := "", 0.0
		seen := map[string]bool{}
		for _, key := range x.bandKeys(sig) {
			for _, cand := range x.buckets[key] {
				if seen[cand] {
					continue
				}
				seen[cand] = true
				if s := Similarity(sig, x.sigs[cand]); s > bestSim {
					best, bestSim = cand, s
				}
			}
		}
		if bestSim >= x.cfg.Threshold {
			x.exact[fp] = best
			return Match{Of: best, Similarity: bestSim}
		}
	}
	x.exact[fp] = id
	if sig != nil {
		x.sigs[id] = sig
		for _, key := range x.bandKeys(sig) {
			x.buckets[key] = append(x.buckets[key], id)
		}
	}
	return Match{}
}

// bandKeys hashes each band of the signature, with its band number, to one
// bucket key.
func (x *Index) bandKeys(sig Signature) []uint64 {
	keys := make([]uint64, x.cfg.Bands)
	for b := range keys {
		h := uint64(b+1) * 0x9e3779b97f4a7c15
		for _, v := range sig[b*x.cfg.Rows : (b+1)*x.cfg.Rows] {
			h = mix(h ^ v)
		}
		keys[b] = h
	}
	return keys
}

// Len returns the number of originals indexed.
func (x *Index) Len() int { return len(x.sigs) }
