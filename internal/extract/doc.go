// Package extract turns a news.Document (a web page or a plain-text page dump)
// into a news.Article: the article's body as paragraphs, its title, byline,
// publication date with how it was known, outlet, language and canonical URL.
//
// It is a pure stage: no I/O, no global state. An Extractor is safe for
// concurrent use. A document with no article text in it is refused with
// ErrNoArticle, never turned into an empty article.
package extract
