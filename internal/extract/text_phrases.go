package extract

import "strings"

// The word and phrase lists of the text extractor. They are general: the
// common function words of the major European languages, and the wording
// web pages use around an article in those languages. None is taken from a
// particular site.

// textStopwords are frequent function words of English, German, French,
// Spanish, Italian, Dutch and Portuguese. Prose is full of them; menus,
// headlines and teaser titles are not (the justext observation).
var textStopwords = makeSet(`
a about above after again against all also am an and any are as at be because been before being
between both but by can could did do does doing down during each few for from further had has
have having he her here hers him his how i if in into is it its itself just me more most my no
nor not now of off on once only or other our out over own same she should so some such than that
the their them then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your said says
der die das und ist nicht ein eine einer eines dem den des zu mit von auf für im sich auch es
sie er wir ich als bei nach aus wie wird werden wurde hat haben noch nur oder aber so vor um
le la les un une des du de et est en que qui dans pour pas sur au aux ce cette il elle ils sont
par plus avec se ne son sa ses ont été été mais ou comme
el los las del y en que es por para con una su al lo se no como más pero sus le ha fue este
il lo gli della di che è per con non una sono nel alla anche ma come più dei delle
het een van en is dat op te zijn voor met niet aan er ook als bij door om maar uit naar wordt
o os da do em um uma que não com para dos das na no se mais foi como ao
`)

// textBoilerPhrases mark page furniture: sharing, commenting, subscribing,
// newsletters, cookies, logins, legal lines, advertising. A short line with
// one of them is boilerplate; a long one needs several (textConfig).
var textBoilerPhrases = []string{
	// English
	"share this", "share on", "share post", "share article", "share via", "tweet this",
	"click here", "sign up", "sign in", "log in", "login", "register", "subscribe", "subscription",
	"newsletter", "unsubscribe", "cookie", "privacy policy", "privacy notice", "terms of use",
	"terms of service", "terms & conditions", "terms and conditions", "all rights reserved",
	"copyright", "advertisement", "advertising", "sponsored", "follow us", "like us on",
	"download the app", "get the app", "leave a reply", "leave a comment", "post a comment",
	"add a comment", "your email", "email address", "enter your", "required fields",
	"read more", "continue reading", "load more", "show more", "view comments", "comments are closed",
	"print this", "skip to content", "skip to main", "back to top", "accept all", "manage preferences",
	"exclusive offers", "special offer", "special promotions", "free trial", "already a subscriber",
	"already have an account", "create an account", "support our journalism", "donate",
	"image copyright", "image caption", "photo credit", "getty images", "shutterstock",
	"emergency number", "javascript", "your browser", "opt in", "opting in",
	"internet explorer", "update your browser", "non-commercial use", "photograph by", "photo by",
	"premium", "unlimited access", "get access", "full access", "edition of", "print edition",
	// German
	"teilen", "abonnieren", "anmelden", "abmelden", "datenschutz", "impressum", "werbung",
	"weiterlesen", "mehr lesen", "jetzt registrieren", "alle rechte vorbehalten",
	// French
	"partager", "abonnez", "s'abonner", "se connecter", "connexion", "inscrivez", "lire la suite",
	"lire aussi", "tous droits réservés", "mentions légales", "publicité", "politique de confidentialité",
	// Spanish, Portuguese, Italian
	"compartir", "suscríbete", "suscribirse", "iniciar sesión", "leer más", "todos los derechos",
	"política de privacidad", "publicidad", "partilhar", "compartilhar", "assine", "assinar",
	"leia mais", "iscriviti", "abbonati", "condividi", "leggi anche", "tutti i diritti",
	// Dutch
	"delen", "abonneer", "aanmelden", "inloggen", "lees meer", "lees ook", "nieuwsbrief",
	"alle rechten voorbehouden", "abonnee", "adverteren", "toegang tot", "editie",
	"zugang", "ausgabe", "accès illimité", "acceso ilimitado", "accesso illimitato",
}

// textBoilerIndex maps the first word of each boilerplate phrase to the
// phrases, so a line is matched against the few phrases its words can open.
var textBoilerIndex = func() map[string][]string {
	m := map[string][]string{}
	for _, p := range textBoilerPhrases {
		w := strings.Fields(p)[0]
		m[w] = append(m[w], p)
	}
	return m
}()

// textEndMarkers open what follows an article: related and popular teasers,
// comments, tags, author boxes, "more stories". A short line that starts
// with one of them (after folding) is an end marker.
var textEndMarkers = []string{
	// English
	"related", "related articles", "related posts", "related stories", "related content",
	"related news", "more like this", "more from", "more stories", "more news",
	"you may also like", "you might also like", "you may like", "also read", "read also",
	"recommended", "recommended for you", "most popular", "most read", "popular", "trending",
	"top stories", "latest news", "latest stories", "editor's picks", "editors picks", "comments",
	"comment", "leave a reply", "leave a comment", "join the conversation", "tags", "topics",
	"previous post", "next post", "previous article", "next article", "about the author",
	"share this", "share post", "share", "further reading",
	"see also", "what to read next", "in other news", "around the web", "from the web",
	// German, French, Spanish, Italian, Portuguese, Dutch
	"mehr zum thema", "das könnte sie auch interessieren", "weitere artikel", "kommentare",
	"ähnliche artikel", "à lire aussi", "lire aussi", "sur le même sujet", "articles similaires",
	"commentaires", "noticias relacionadas", "te puede interesar", "comentarios", "más noticias",
	"articoli correlati", "potrebbe interessarti", "commenti", "notícias relacionadas", "leia também",
	"comentários", "meer verhalen", "meer nieuws", "gerelateerd", "lees ook", "reacties",
}

// textCommentWords name comment sections; a short line holding one opens
// them.
var textCommentWords = makeSet(`comments comment kommentare kommentar commentaires commentaire
comentarios comentario commenti commento reacties reactie comentários comentário reactions`)

// textAdLabels are the labels text browsers leave where an advertisement
// sat, often between two paragraphs of the article: dropped, but cheap, so
// they do not split the article's block.
var textAdLabels = makeSet(`advertisement advertisements advertising ad anzeige werbung publicité
publicidad pubblicità advertentie sponsored`)

// textBylinePrefixes open a byline in the languages above.
var textBylinePrefixes = []string{"by ", "written by ", "von ", "par ", "por ", "di ", "door ", "posted by ", "author: "}

// textOriginPhrases introduce the original outlet of a syndicated copy; the
// outlet follows the phrase.
var textOriginPhrases = []string{
	"appeared first on ", "originally published on ", "originally published by ",
	"originally published in ", "originally published at ", "originally appeared on ",
	"originally appeared in ", "first published on ", "first published by ",
	"first published in ", "first appeared on ", "first appeared in ", "republished from ",
	"republished with permission from ", "erschien zuerst ", "publié initialement ",
}

func makeSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// hasPhrase reports whether the folded text s holds phrase as whole words.
func hasPhrase(s, phrase string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], phrase)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(phrase)
		if (j == 0 || !isWordByte(s[j-1])) && (end == len(s) || !isWordByte(s[end])) {
			return true
		}
		i = j + 1
	}
}

// isWordByte is true for ASCII letters and digits and for the bytes of
// multi-byte runes (letters of other scripts, accents).
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}
