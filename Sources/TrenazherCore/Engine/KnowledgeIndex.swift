import Foundation

/// The words of a knowledge base's articles (title, keywords, text, each in matching form), computed when first
/// asked for and then kept; shared by the copies of the `KnowledgeBase` that holds it. Safe from several threads.
final class KnowledgeIndex: @unchecked Sendable {
    private let articles: [KnowledgeArticle]
    private let lock = NSLock()
    // Guarded by `lock`.
    private var computed: [(title: [String], keywords: [String], text: [String])]?

    init(_ articles: [KnowledgeArticle]) {
        self.articles = articles
    }

    /// Each article's words, in the articles' order.
    var entries: [(title: [String], keywords: [String], text: [String])] {
        lock.withLock {
            if let computed { return computed }
            let entries = articles.map { article in
                (KnowledgeBase.words(article.title), article.keywords.flatMap(KnowledgeBase.words), KnowledgeBase.words(article.text))
            }
            computed = entries
            return entries
        }
    }
}
