// Package dedup recognises copies among articles: the same text stored
// twice, re-posted by another site, or lightly rewritten from the same wire
// copy.
//
// Input: article bodies, one at a time, with an id. Output: for each, the
// id of the earliest copy it duplicates (or none) and how alike they are.
// Exact copies are found by a fingerprint of the normalised body; near
// copies by MinHash signatures of word 5-grams, retrieved through
// locality-sensitive hashing (bands of the signature as hash keys), so the
// cost per article is a few map look-ups, not a comparison with every
// stored article.
//
// Written here because the module proxy refuses every SimHash module and
// the MinHash ones are unmaintained since 2017; the method is the textbook
// one (Broder 1997; Leskovec, Rajaraman and Ullman, ch. 3).
package dedup
