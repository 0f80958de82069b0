// Package text holds the language primitives the analysis stages share:
// word tokens with their byte offsets, stopwords, and hashed word shingles.
//
// Input is plain UTF-8 text; every token keeps Start and End byte offsets
// into it, so whatever a later stage derives from tokens can point back at
// the exact span of the source text. Nothing here allocates per call beyond
// its result, and nothing holds state.
package text
