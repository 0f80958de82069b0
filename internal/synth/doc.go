// Package synth writes large synthetic news corpora for scale tests and
// benchmarks: invented events reported by invented outlets, generated
// deterministically from a seed.
//
// The world is made up once per run: first and last names built from
// syllables, countries with their cities, provinces, leaders, ministers,
// parties and central banks, companies with their chief executives and
// products, sports clubs with their players, and news outlets. A timeline
// then runs day by day from Config.Start: each day brings a few new events
// of many kinds (phone calls, summits, strikes, floods, earthquakes,
// elections, trials, product launches, match results, protests,
// resignations, takeovers, interest-rate decisions, wildfires, transport
// accidents), each with its participants, places and figures. Every event
// is reported by several articles spread over the days after it, written
// from the templates of its kind with varied wording (alternative phrases,
// different leads, shuffled sentences, background and reactions), 150 to
// 400 words each. About a fifth carry no publication date, and about one
// in twenty is a near-duplicate repost of an earlier article of the event
// (a new first sentence and a "This article first appeared on X" line).
//
// Articles come out one at a time in publication order (Generate), so a
// corpus of any size never sits in memory; WriteJSONL writes them in the
// JSON Lines format parallax ingests, with each article's gold event as an
// extra "event" field for scoring.
package synth
