// Package analyze reads the claims of an article: for now the time
// expressions it states ("on Monday", "yesterday", "18 March"), resolved to
// calendar dates against the article's publication date.
//
// Input: text and an optional reference date. Output: values with byte
// offsets into the text, so every item points back at its source. When
// there is no reference date, relative expressions stay unresolved (nil
// date) rather than guessed.
package analyze
