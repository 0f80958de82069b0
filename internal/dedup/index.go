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
	// order holds the fingerprints in arrival order, and fpOf each
	// original's, so the oldest can be forgotten (Config.Window).
	order []string
	fpOf  map[string]string
}

// NewIndex returns an empty index.
func NewIndex(cfg Config) *Index {
	return &Index{
		cfg:     cfg,
		seed:    seeds(cfg.Bands * cfg.Rows),
		exact:   map[string]string{},
		buckets: map[uint64][]string{},
		sigs:    map[string]Signature{},
		fpOf:    map[string]string{},
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
	defer x.forgetOldest()
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
			x.order = append(x.order, fp)
			return Match{Of: best, Similarity: bestSim}
		}
	}
	x.exact[fp] = id
	x.order = append(x.order, fp)
	x.fpOf[id] = fp
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

// forgetOldest drops the oldest texts beyond the window: copies are posted
// within days of their original, so memory and bucket lengths stay bounded
// by the window, not the archive.
func (x *Index) forgetOldest() {
	for len(x.order) > x.cfg.Window && x.cfg.Window > 0 {
		fp := x.order[0]
		x.order = x.order[1:]
		id, ok := x.exact[fp]
		delete(x.exact, fp)
		if !ok || x.fpOf[id] != fp {
			continue // a copy's fingerprint; its original may stay
		}
		delete(x.fpOf, id)
		if sig, ok := x.sigs[id]; ok {
			for _, key := range x.bandKeys(sig) {
				list := x.buckets[key]
				for i, o := range list {
					if o == id {
						list = append(list[:i], list[i+1:]...)
						break
					}
				}
				if len(list) == 0 {
					delete(x.buckets, key)
				} else {
					x.buckets[key] = list
				}
			}
			delete(x.sigs, id)
		}
	}
	if cap(x.order) > 4*len(x.order)+1024 {
		x.order = append([]string(nil), x.order...) // let the dropped head go
	}
}

// Len returns the number of originals indexed.
func (x *Index) Len() int { return len(x.sigs) }
