// Package brief consolidates the articles of one event or story, with their
// analyses, into a Brief: a headline, a short summary drawn from several
// outlets' leads, a timeline of dated happenings, who said what, the figures
// each outlet reported with where they agree or conflict, the actors, and the
// coverage by outlet. Every item keeps its sources (outlet, article, URL and
// the sentence it comes from).
//
// Build is plain data in, plain data out: no I/O, no global state. Markdown
// and HTML render a Brief for people; its JSON form uses the struct tags.
package brief
