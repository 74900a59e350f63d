#include "recsys/itemfeatures.h"

#include <QHash>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace storefront::recsys {

namespace {

const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        const char *list[] = {
            "a",     "about", "above", "after", "again", "all",     "also",  "am",    "an",
            "and",   "any",   "are",   "as",    "at",    "be",      "been",  "being", "below",
            "both",  "but",   "by",    "can",   "could", "did",     "do",    "does",  "doing",
            "down",  "each",  "few",   "for",   "from",  "further", "had",   "has",   "have",
            "he",    "her",   "here",  "hers",  "him",   "his",     "how",   "i",     "if",
            "in",    "into",  "is",    "it",    "its",   "just",    "me",    "more",  "most",
            "my",    "no",    "nor",   "not",   "now",   "of",      "off",   "on",    "once",
            "only",  "or",    "other", "our",   "out",   "over",    "own",   "same",  "she",
            "so",    "some",  "such",  "than",  "that",  "the",     "their", "them",  "then",
            "there", "these", "they",  "this",  "those", "through", "to",    "too",   "under",
            "until", "up",    "very",  "was",   "we",    "were",    "what",  "when",  "where",
            "which", "while", "who",   "whom",  "why",   "will",    "with",  "would", "you",
            "your",  "yours"};
        QSet<QString> set;
        for (const char *w : list)
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words;
}

/// L2-normalises and scales one block of (column, value) pairs.
void addBlock(std::vector<std::pair<int, float>> &row, std::vector<std::pair<int, float>> block,
              float weight)
{
    double norm = 0.0;
    for (const auto &e : block)
        norm += static_cast<double>(e.second) * e.second;
    if (norm <= 0.0 || weight <= 0.0f)
        return;
    const float scale = weight / static_cast<float>(std::sqrt(norm));
    for (auto &e : block)
        row.emplace_back(e.first, e.second * scale);
}

} // namespace

QStringList ItemFeatures::tokenize(const QString &text)
{
    QStringList tokens;
    QString current;
    auto flush = [&] {
        if (current.size() >= 2 && !stopWords().contains(current)) {
            bool numeric = true;
            for (QChar c : std::as_const(current))
                numeric = numeric && c.isDigit();
            if (!numeric)
                tokens.push_back(current);
        }
        current.clear();
    };
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            current.append(c.toCaseFolded());
        else
            flush();
    }
    flush();
    return tokens;
}

ItemFeatures ItemFeatures::build(const IdMap &items, const std::vector<ItemText> &texts,
                                 const Options &options)
{
    ItemFeatures f;
    const int n = items.size();
    std::vector<const ItemText *> byIndex(static_cast<size_t>(n), nullptr);
    for (const auto &t : texts) {
        const int i = items.indexOf(t.id);
        if (i >= 0)
            byIndex[static_cast<size_t>(i)] = &t;
    }

    QHash<QString, int> columns;
    auto column = [&](const QString &name) {
        auto it = columns.constFind(name);
        if (it != columns.constEnd())
            return it.value();
        const int c = static_cast<int>(columns.size());
        columns.insert(name, c);
        f.m_names.push_back(name);
        return c;
    };

    // Term counts per item (title twice) and document frequencies.
    std::vector<std::map<int, int>> termCounts(static_cast<size_t>(n));
    std::map<int, int> documentFrequency;
    int documents = 0;
    for (int i = 0; i < n; ++i) {
        const ItemText *t = byIndex[static_cast<size_t>(i)];
        if (!t)
            continue;
        ++documents;
        auto &counts = termCounts[static_cast<size_t>(i)];
        const QStringList title = tokenize(t->title);
        for (const QString &tok : title)
            counts[column(QStringLiteral("text:") + tok)] += 2;
        for (const QString &tok : tokenize(t->description))
            counts[column(QStringLiteral("text:") + tok)] += 1;
        for (const auto &[c, count] : counts)
            ++documentFrequency[c];
    }

    // Price bands from quantiles of the known prices.
    std::vector<double> prices;
    for (const ItemText *t : byIndex)
        if (t && t->price && std::isfinite(*t->price))
            prices.push_back(*t->price);
    std::sort(prices.begin(), prices.end());
    auto priceBand = [&](double price) {
        const auto below = std::lower_bound(prices.begin(), prices.end(), price) - prices.begin();
        const int bands = std::max(1, options.priceBands);
        return std::min(
            bands - 1,
            static_cast<int>(below * bands / std::max<long>(1, static_cast<long>(prices.size()))));
    };

    QHash<QString, int> categoryIndex;
    f.m_category.assign(static_cast<size_t>(n), -1);
    std::vector<Eigen::Triplet<float, int>> triplets;
    for (int i = 0; i < n; ++i) {
        const ItemText *t = byIndex[static_cast<size_t>(i)];
        if (!t)
            continue;
        std::vector<std::pair<int, float>> row;
        std::vector<std::pair<int, float>> text;
        for (const auto &[c, count] : termCounts[static_cast<size_t>(i)]) {
            const double tf = 1.0 + std::log(static_cast<double>(count));
            const double idf = std::log((1.0 + documents) / (1.0 + documentFrequency[c])) + 1.0;
            text.emplace_back(c, static_cast<float>(tf * idf));
        }
        addBlock(row, std::move(text), options.textWeight);

        std::vector<std::pair<int, float>> categories;
        for (const QString &path : t->categories) {
            const QStringList parts = path.split(QLatin1Char('>'), Qt::SkipEmptyParts);
            QString prefix;
            for (const QString &part : parts) {
                prefix += (prefix.isEmpty() ? QString() : QStringLiteral(" > ")) +
                          part.trimmed().toCaseFolded();
                categories.emplace_back(column(QStringLiteral("category:") + prefix), 1.0f);
            }
            if (!prefix.isEmpty() && f.m_category[static_cast<size_t>(i)] < 0) {
                auto it = categoryIndex.constFind(prefix);
                if (it == categoryIndex.constEnd())
                    it = categoryIndex.insert(prefix, static_cast<int>(categoryIndex.size()));
                f.m_category[static_cast<size_t>(i)] = it.value();
            }
        }
        addBlock(row, std::move(categories), options.categoryWeight);
        if (!t->brand.trimmed().isEmpty())
            addBlock(row,
                     {{column(QStringLiteral("brand:") + t->brand.trimmed().toCaseFolded()), 1.0f}},
                     options.brandWeight);
        std::vector<std::pair<int, float>> attributes;
        for (const QString &a : t->attributes)
            attributes.emplace_back(column(QStringLiteral("attr:") + a.trimmed().toCaseFolded()),
                                    1.0f);
        addBlock(row, std::move(attributes), options.attributeWeight);
        if (t->price && std::isfinite(*t->price))
            addBlock(
                row,
                {{column(QStringLiteral("price-band:") + QString::number(priceBand(*t->price))),
                  1.0f}},
                options.priceWeight);

        // Whole row to unit length; duplicates (a category listed twice) are summed by Eigen.
        std::sort(row.begin(), row.end());
        double norm = 0.0;
        std::vector<std::pair<int, float>> merged;
        for (const auto &e : row) {
            if (!merged.empty() && merged.back().first == e.first)
                merged.back().second += e.second;
            else
                merged.push_back(e);
        }
        for (const auto &e : merged)
            norm += static_cast<double>(e.second) * e.second;
        if (norm <= 0.0)
            continue;
        const float scale = static_cast<float>(1.0 / std::sqrt(norm));
        for (const auto &e : merged)
            triplets.emplace_back(i, e.first, e.second * scale);
    }
    f.m_categoryCount = static_cast<int>(categoryIndex.size());
    f.m_matrix.resize(n, static_cast<int>(columns.size()));
    f.m_matrix.setFromTriplets(triplets.begin(), triplets.end());
    f.m_matrix.makeCompressed();
    return f;
}

ItemFeatures ItemFeatures::fromProducts(const IdMap &items,
                                        const std::vector<catalog::Product> &products)
{
    std::vector<ItemText> texts;
    texts.reserve(products.size());
    for (const auto &p : products) {
        ItemText t;
        t.id = p.id;
        t.title = p.title;
        t.description = p.description;
        t.brand = p.brand;
        if (!p.categoryPath.isEmpty())
            t.categories.push_back(p.categoryPath);
        for (auto it = p.attributes.begin(); it != p.attributes.end(); ++it) {
            const QJsonValue v = it.value();
            const QString value =
                v.isString()   ? v.toString()
                : v.isDouble() ? QString::number(v.toDouble())
                : v.isBool()   ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                               : QString();
            if (!value.isEmpty())
                t.attributes.push_back(it.key() + QLatin1Char('=') + value);
        }
        if (p.priceCents > 0)
            t.price = static_cast<double>(p.priceCents) / 100.0;
        texts.push_back(std::move(t));
    }
    return build(items, texts);
}

void ItemFeatures::save(SnapshotWriter &out) const
{
    out.sparse(m_matrix);
    out.pod<std::uint32_t>(static_cast<std::uint32_t>(m_names.size()));
    for (const QString &name : m_names)
        out.string(name);
    out.vector(m_category);
    out.pod<std::int32_t>(m_categoryCount);
}

Status ItemFeatures::load(SnapshotReader &in)
{
    m_matrix = in.sparse();
    const auto names = in.pod<std::uint32_t>();
    m_names.clear();
    if (in.ok() && names != m_matrix.cols())
        in.setError(QStringLiteral("feature names do not match the feature matrix"));
    for (std::uint32_t k = 0; k < names && in.ok(); ++k)
        m_names.push_back(in.string());
    m_category = in.vector<int>();
    m_categoryCount = in.pod<std::int32_t>();
    if (in.ok() && m_category.size() != static_cast<size_t>(m_matrix.rows()))
        in.setError(QStringLiteral("item categories do not match the feature matrix"));
    for (int c : m_category)
        if (in.ok() && (c < -1 || c >= m_categoryCount))
            in.setError(QStringLiteral("item category out of range"));
    return in.status();
}

} // namespace storefront::recsys
