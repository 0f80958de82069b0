// Package cluster groups articles into events (one real-world happening on
// one date) as they arrive, and chains events into stories.
//
// Input: Items (an article's id, title, text, publication date, and the id
// of the original it duplicates, if any), one at a time. Output: for each
// item its event and story, which may change as later items show where an
// earlier one fits better; Assignments returns the current state.
//
// The method, in order:
//  1. each item becomes a weighted bag of terms (title and lead weigh more,
//     names more than common words) and a date estimate: the first date its
//     title or lead states, resolved against its publication date
//     (analyze.Dates), else its publication date, else none;
//  2. candidates are the active items sharing its strongest terms, found
//     through an inverted index, so the cost does not grow with the archive;
//  3. the events of the candidates that resemble it, with it, are clustered
//     again by average linkage (TF-IDF cosine plus a date term that keeps
//     happenings a day or more apart separate): the local re-clustering is
//     how an earlier item moves to a better event once evidence arrives;
//  4. events whose participants and subject continue one another within a
//     few weeks are chained into stories.
//
// Items older than the active window (by date) are evicted: memory is
// bounded by the window, not the archive.
package cluster
