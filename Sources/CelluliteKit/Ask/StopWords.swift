/// Words that carry no topic: function words, chat filler and question scaffolding. Checked on the
/// folded surface form, before stemming. "why", "long", "safe" and "work" are deliberately absent:
/// they tell the cause, duration, risk and efficacy questions apart.
enum StopWords {
    static let all: Set<String> = [
        "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "anybody",
        "anyone", "anything", "are", "arent", "as", "at", "be", "been", "being", "both", "but", "by",
        "can", "cant", "could", "couldnt", "did", "didnt", "do", "does", "doesnt", "doing", "done", "dont",
        "each", "either", "else", "even", "ever", "every", "for", "from", "further", "get", "gets",
        "getting", "give", "go", "goes", "going", "gonna", "got", "had", "has", "hasnt", "have",
        "havent", "having", "he", "her", "here", "hers", "herself", "hey", "hi", "him", "himself", "his",
        "how", "hows", "i", "id", "if", "ill", "im", "in", "into", "is", "isnt", "it", "its", "itself",
        "ive", "just", "kind", "kinda", "know", "let", "lets", "like", "lol", "make", "makes", "me",
        "might", "mine", "more", "most", "much", "must", "my", "myself", "need", "no", "nor", "not",
        "now", "of", "off", "ok", "okay", "on", "once", "one", "only", "or", "other", "our", "ours",
        "out", "over", "own", "please", "pls", "plz", "pretty", "quite", "rather", "really", "same",
        "say", "she", "should", "shouldnt", "so", "some", "someone", "something", "sort", "still",
        "such", "sure", "tbh", "tell", "than", "thanks", "that", "thats", "the", "their", "theirs",
        "them", "themselves", "then", "there", "theres", "these", "they", "theyre", "thing", "things",
        "think", "this", "those", "through", "thx", "to", "too", "u", "ur", "us", "use", "very", "via",
        "wanna", "want", "was", "wasnt", "way", "we", "were", "what", "whats", "when", "where", "which",
        "while", "who", "whom", "whose", "will", "with", "wont", "would", "wouldnt", "ya", "yeah",
        "yes", "yet", "you", "youre", "your", "yours", "yourself", "anyway", "guess", "wondering",
        "wonder", "q", "someone", "anybody", "there", "actually", "basically",
        "literally", "seriously", "omg", "ugh", "hmm", "um", "idk", "btw", "does", "should", "would",
    ]
}
