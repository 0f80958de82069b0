// Package news holds the plain data that flows between Parallax's pipeline
// stages: the Document a source hands over and the Article that extraction
// makes of it.
//
// The types carry no behaviour beyond small derived views (Article.Body), so
// every stage can be tested with values built by hand, and the store can save
// and load them without knowing how they were made.
package news
