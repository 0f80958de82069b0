// Package source turns what the user points Parallax at (files, folders,
// gzip files, JSON Lines records, standard input) into news.Documents, one at
// a time.
//
// Input: paths as the user gave them. Output: a stream of Documents decoded
// to UTF-8, and for every input that cannot be read an *InputError naming it
// and the reason (one of the sentinel errors in errors.go, wrapped). The
// stream never stops at a bad input, never holds more than one input's content
// (one record, for JSON Lines) in memory, and never keeps more than
// Config.MaxBytes of any one input or record, counted after decompression.
//
// Character sets: a byte-order mark first; for HTML, then the charset the page
// declares; then valid UTF-8; then statistical detection (gogs/chardet) over
// the parts of the input that hold non-ASCII text.
package source
