package cluster

// Config holds the clustering's tuning numbers, measured on the labelled
// development set in testdata/devset and on the seed pages.
type Config struct {
	// TitleWeight, LeadWeight: how much a term of the title and of the lead
	// counts against one of the rest of the text. The title and first
	// sentences say what happened; later paragraphs give background that
	// often recounts earlier events.
	TitleWeight, LeadWeight float64
	// LeadWords is the length of the lead, BodyWords how much of the text is
	// read at all.
	LeadWords, BodyWords int
	// DateWords is how much of the text is searched for the dates it
	// states: the happening's day is named in the first paragraphs.
	DateWords int
	// NameWeight multiplies capitalised terms (people, places, bodies):
	// who and where tell events apart better than common words.
	NameWeight float64
	// MaxTerms is how many of an item's terms (by weight before IDF) it
	// keeps: the title, lead and names come first; the rest are background.
	MaxTerms int
	// TopTerms is how many of an item's strongest terms index it for
	// candidate retrieval.
	TopTerms int
	// TitleSim and AllSim weigh the TF-IDF cosines of the titles and of
	// the whole weighted bags in the similarity of two articles (news-stream
	// clustering compares such fields apart: a word rare among titles, the
	// other party of a call, is telling there even when every body has it).
	TitleSim, AllSim float64
	// IDFFloor is added to every inverse document frequency, log((N+1) /
	// (df+1)): with 0 a term every article holds weighs nothing, which is
	// what lets a small batch about one storyline (every article names the
	// same leaders) be told apart by what differs.
	IDFFloor float64
	// TitleIDFFloor is the floor for titles: a headline is a few words,
	// and sharing even a common one ("call", "Putin") says something.
	TitleIDFFloor float64
	// Threshold is the average similarity from which two groups of articles
	// report one event.
	Threshold float64
	// SameDay, NextDay, Apart are added to the similarity of two articles
	// whose stated event dates are equal, one day apart, or further apart:
	// two happenings of the same kind a day apart (a call on the 18th,
	// another on the 19th) are two events.
	SameDay, NextDay, Apart float64
	// ApartWeekday is added when only weekdays are known and they differ
	// by two days or more: likely different happenings, but a week apart
	// would read the same.
	ApartWeekday float64
	// PubNear, PubFar are added when only publication dates are known:
	// within PubSlackDays they say little; further apart, the articles
	// likely report different happenings.
	PubNear, PubFar float64
	PubSlackDays    int
	// WindowDays is how far apart in date an item and the events it may
	// join can be, and how long events stay active.
	WindowDays int
	// UndatedWindow is how many arrivals any item stays active, and all an
	// undated one does; a dated one stays longer while its date is within
	// the window of the newest.
	UndatedWindow int
	// Keep keeps every item active, for a batch clustered in one go (the
	// cluster command), where memory holds the batch anyway and an undated
	// article may belong to any event of it.
	Keep bool
	// MaxNeighbourhood caps the items re-clustered at one arrival (the
	// events most like the new item come first), and MaxCandidates the
	// active items it is compared with: both keep an arrival's cost flat.
	MaxNeighbourhood, MaxCandidates int
	// StoryThreshold is the similarity of two events' names and subjects
	// from which they belong to one story; StoryGapDays the longest gap
	// between two events of one story.
	StoryThreshold float64
	// StoryIDFFloor weighs terms in event centroids: the words every
	// event of a storyline shares (its leaders, its subject) are what
	// chains them, so they keep weight.
	StoryIDFFloor float64
	StoryGapDays  int
}

// DefaultConfig returns the measured defaults.
func DefaultConfig() Config {
	return Config{
		TitleWeight: 2, LeadWeight: 2, LeadWords: 60, BodyWords: 400, DateWords: 120, NameWeight: 1.5, TopTerms: 12, MaxTerms: 120,
		TitleSim: 0.2, AllSim: 0.8,
		IDFFloor: 0, TitleIDFFloor: 1, Threshold: 0.08, SameDay: 0.1, NextDay: -0.2, Apart: -0.6, ApartWeekday: -0.25, PubNear: 0, PubFar: -0.3, PubSlackDays: 2,
		WindowDays: 10, UndatedWindow: 2000, MaxNeighbourhood: 80, MaxCandidates: 60,
		StoryThreshold: 0.2, StoryIDFFloor: 1, StoryGapDays: 90,
	}
}
