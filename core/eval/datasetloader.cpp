#include "eval/datasetloader.h"

#include "auth/authservice.h"
#include "catalog/csv.h"
#include "storage/eventrepository.h"
#include "storage/productrepository.h"
#include "storage/ratingrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <cmath>
#include <map>

namespace storefront::eval {

namespace {

QString at(const QString &file, int line)
{
    return QStringLiteral("%1:%2").arg(file).arg(line);
}

Result<QByteArray> readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read: %1").arg(f.errorString()), path);
    return f.readAll();
}

/// Lines of a Latin-1 or UTF-8 text file with their 1-based numbers; blank lines skipped.
struct Line
{
    int number = 0;
    QString text;
};

std::vector<Line> splitLines(const QString &text)
{
    std::vector<Line> lines;
    int number = 0;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        ++number;
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (!line.trimmed().isEmpty())
            lines.push_back({number, line.toString()});
    }
    return lines;
}

Result<std::vector<Line>> readLines(const QString &path, bool latin1)
{
    auto bytes = readAll(path);
    if (!bytes)
        return bytes.error();
    if (latin1)
        return splitLines(QString::fromLatin1(*bytes));
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(*bytes);
    if (decoder.hasError())
        return fail(QStringLiteral("the file is not valid UTF-8"), path);
    return splitLines(text);
}

Status sameFieldCount(const catalog::CsvRecord &header, const catalog::CsvRecord &rec,
                      const QString &path)
{
    if (rec.fields.size() == header.fields.size())
        return {};
    return fail(QStringLiteral("expected %1 fields as in the header, found %2")
                    .arg(header.fields.size())
                    .arg(rec.fields.size()),
                at(path, rec.line));
}

/// The largest rating accepted: every common scale (MovieLens's 0.5-5 stars, 1-5 stars, 1-10
/// scores) fits, while a slip such as 1e300 (infinite as a float) or 45 for 4.5 does not.
constexpr double kMaxRating = 10.0;

Result<float> parseRating(const QString &text, const QString &where)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok)
        return fail(QStringLiteral("rating \"%1\" is not a number").arg(text), where);
    if (!std::isfinite(v))
        return fail(QStringLiteral("rating \"%1\" is not a finite number").arg(text), where);
    if (!(v > 0.0 && v <= kMaxRating))
        return fail(QStringLiteral("rating \"%1\" is out of range: expected more than 0 and at "
                                   "most %2")
                        .arg(text)
                        .arg(kMaxRating),
                    where);
    return static_cast<float>(v);
}

/// Refuses a second row for the same item id within one items file.
class ItemRows
{
public:
    explicit ItemRows(QString file)
        : m_file(std::move(file))
    {}

    Status claim(const QString &id, int line)
    {
        const auto [it, inserted] = m_first.try_emplace(id, line);
        if (inserted)
            return {};
        return fail(QStringLiteral("item \"%1\" is listed a second time (first on line %2)")
                        .arg(id)
                        .arg(it->second),
                    at(m_file, line));
    }

private:
    QString m_file;
    std::map<QString, int> m_first;
};

/// A ratings file that holds no rating would train nothing; refused by name.
Status requireRatings(const RatingsDataset &data, int before, const QString &file)
{
    if (data.ratingCount() > before)
        return {};
    return fail(QStringLiteral("no ratings in the file"), file);
}

Result<qint64> parseTimestamp(const QString &text, const QString &where)
{
    if (text.trimmed().isEmpty())
        return qint64{0};
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok || v < 0)
        return fail(QStringLiteral("timestamp \"%1\" is not a non-negative integer (Unix seconds)")
                        .arg(text),
                    where);
    return v;
}

/// Adds one rating, refusing a second rating of the same pair within one file.
class RatingSink
{
public:
    RatingSink(RatingsDataset &into, QString file)
        : m_into(into)
        , m_file(std::move(file))
    {}

    Status add(const QString &user, const QString &item, const QString &rating,
               const QString &timestamp, int line)
    {
        const QString where = at(m_file, line);
        if (user.trimmed().isEmpty())
            return fail(QStringLiteral("empty user id"), where);
        if (item.trimmed().isEmpty())
            return fail(QStringLiteral("empty item id"), where);
        auto stars = parseRating(rating, where);
        if (!stars)
            return stars.error();
        auto time = parseTimestamp(timestamp, where);
        if (!time)
            return time.error();
        RatingRecord r;
        r.user = m_into.addUser(user.trimmed());
        r.item = m_into.addItem(item.trimmed());
        r.rating = *stars;
        r.timestamp = *time;
        const quint64 key = (static_cast<quint64>(static_cast<quint32>(r.user)) << 32) |
                            static_cast<quint32>(r.item);
        const auto [it, inserted] = m_seen.try_emplace(key, line);
        if (!inserted)
            return fail(QStringLiteral("user \"%1\" rates item \"%2\" a second time (first on "
                                       "line %3)")
                            .arg(user.trimmed(), item.trimmed())
                            .arg(it->second),
                        where);
        m_into.addRating(r);
        return {};
    }

private:
    RatingsDataset &m_into;
    QString m_file;
    std::map<quint64, int> m_seen;
};

/// Column positions by (case-insensitive) name; the first alias found wins.
int column(const QStringList &header, std::initializer_list<const char *> names)
{
    for (const char *name : names)
        for (qsizetype i = 0; i < header.size(); ++i)
            if (header[i].trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return static_cast<int>(i);
    return -1;
}

QStringList splitCategories(const QString &text)
{
    QStringList out;
    for (const QString &c : text.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const QString t = c.trimmed();
        if (!t.isEmpty() && t != QLatin1String("(no genres listed)"))
            out << t;
    }
    return out;
}

Status readSeparated(const QString &path, const QString &separator, int fields, bool latin1,
                     const std::function<Status(const QStringList &, int)> &row)
{
    auto lines = readLines(path, latin1);
    if (!lines)
        return lines.error();
    for (const Line &line : *lines) {
        const QStringList parts = line.text.split(separator);
        // Exactly as many fields as the format has: an extra one means a shifted or garbled
        // line, not data to ignore.
        if (parts.size() != fields)
            return fail(
                QStringLiteral("expected %1 fields separated by \"%2\", found %3")
                    .arg(fields)
                    .arg(separator == QLatin1String("\t") ? QStringLiteral("TAB") : separator)
                    .arg(parts.size()),
                at(path, line.number));
        if (Status s = row(parts, line.number); !s)
            return s;
    }
    return {};
}

Status readMovieLens100k(const QString &dir, RatingsDataset &into)
{
    const QString data = QDir(dir).filePath(QStringLiteral("u.data"));
    RatingSink sink(into, data);
    const int before = into.ratingCount();
    if (Status s = readSeparated(
            data, QStringLiteral("\t"), 4, false,
            [&](const QStringList &p, int line) { return sink.add(p[0], p[1], p[2], p[3], line); });
        !s)
        return s;
    if (Status s = requireRatings(into, before, data); !s)
        return s;
    QStringList genres = {
        QStringLiteral("unknown"),   QStringLiteral("Action"),      QStringLiteral("Adventure"),
        QStringLiteral("Animation"), QStringLiteral("Children's"),  QStringLiteral("Comedy"),
        QStringLiteral("Crime"),     QStringLiteral("Documentary"), QStringLiteral("Drama"),
        QStringLiteral("Fantasy"),   QStringLiteral("Film-Noir"),   QStringLiteral("Horror"),
        QStringLiteral("Musical"),   QStringLiteral("Mystery"),     QStringLiteral("Romance"),
        QStringLiteral("Sci-Fi"),    QStringLiteral("Thriller"),    QStringLiteral("War"),
        QStringLiteral("Western")};
    const QString genreFile = QDir(dir).filePath(QStringLiteral("u.genre"));
    if (QFileInfo::exists(genreFile)) {
        QStringList names;
        if (Status s = readSeparated(genreFile, QStringLiteral("|"), 2, true,
                                     [&](const QStringList &p, int) -> Status {
                                         names << p[0];
                                         return {};
                                     });
            !s)
            return s;
        genres = names;
    }
    const QString items = QDir(dir).filePath(QStringLiteral("u.item"));
    if (!QFileInfo::exists(items))
        return {};
    ItemRows rows(items);
    return readSeparated(items, QStringLiteral("|"), 5 + static_cast<int>(genres.size()), true,
                         [&](const QStringList &p, int line) -> Status {
                             if (Status s = rows.claim(p[0].trimmed(), line); !s)
                                 return s;
                             ItemInfo info;
                             info.title = p[1];
                             for (qsizetype g = 0; g < genres.size(); ++g) {
                                 const QString &flag = p[5 + g];
                                 if (flag != QLatin1String("0") && flag != QLatin1String("1"))
                                     return fail(QStringLiteral("genre flag %1 is \"%2\", not 0 "
                                                                "or 1")
                                                     .arg(g + 1)
                                                     .arg(flag),
                                                 at(items, line));
                                 if (flag == QLatin1String("1") &&
                                     genres[g] != QLatin1String("unknown"))
                                     info.categories << genres[g];
                             }
                             into.setItemInfo(into.addItem(p[0].trimmed()), info);
                             return {};
                         });
}

Status readMovieLens1m(const QString &dir, RatingsDataset &into)
{
    const QString data = QDir(dir).filePath(QStringLiteral("ratings.dat"));
    RatingSink sink(into, data);
    const int before = into.ratingCount();
    if (Status s = readSeparated(
            data, QStringLiteral("::"), 4, false,
            [&](const QStringList &p, int line) { return sink.add(p[0], p[1], p[2], p[3], line); });
        !s)
        return s;
    if (Status s = requireRatings(into, before, data); !s)
        return s;
    const QString items = QDir(dir).filePath(QStringLiteral("movies.dat"));
    if (!QFileInfo::exists(items))
        return {};
    ItemRows rows(items);
    return readSeparated(items, QStringLiteral("::"), 3, true,
                         [&](const QStringList &p, int line) -> Status {
                             if (Status s = rows.claim(p[0].trimmed(), line); !s)
                                 return s;
                             ItemInfo info;
                             info.title = p[1];
                             info.categories = splitCategories(p[2]);
                             into.setItemInfo(into.addItem(p[0].trimmed()), info);
                             return {};
                         });
}

} // namespace

namespace {

/// readRatingsCsv(), also giving the line of every rating it adds when `lines` is set.
Status readRatingsFile(const QString &path, RatingsDataset &into, std::vector<int> *lines)
{
    auto records = catalog::Csv::readFile(path);
    if (!records)
        return records.error();
    if (records->empty())
        return fail(QStringLiteral("empty file; expected a header user,item,rating[,timestamp]"),
                    path);
    const catalog::CsvRecord &header = records->front();
    const int user = column(header.fields, {"user", "userId", "user_id"});
    const int item = column(header.fields, {"item", "movieId", "itemId", "item_id"});
    const int rating = column(header.fields, {"rating", "stars"});
    const int time = column(header.fields, {"timestamp", "time"});
    for (auto [index, name] : {std::pair{user, "user"}, {item, "item"}, {rating, "rating"}})
        if (index < 0)
            return fail(QStringLiteral("the header has no \"%1\" column; expected "
                                       "user,item,rating[,timestamp]")
                            .arg(QLatin1String(name)),
                        at(path, header.line));
    if (records->size() == 1)
        return fail(QStringLiteral("no ratings: the file has a header and nothing else"), path);
    RatingSink sink(into, path);
    for (size_t r = 1; r < records->size(); ++r) {
        const catalog::CsvRecord &rec = (*records)[r];
        if (Status s = sameFieldCount(header, rec, path); !s)
            return s;
        if (Status s = sink.add(rec.fields[user], rec.fields[item], rec.fields[rating],
                                time >= 0 ? rec.fields[time] : QString(), rec.line);
            !s)
            return s;
        if (lines)
            lines->push_back(rec.line);
    }
    return {};
}

/// Refuses test ratings of pairs the training ratings already hold: a model that trained on
/// a test pair is scored on what it was shown. Ratings [0, trainCount) are the training ones;
/// `testLines` gives the line of each later one.
Status requireDisjoint(const RatingsDataset &data, int trainCount, const QString &trainPath,
                       const QString &testPath, const std::vector<int> &testLines)
{
    const auto key = [](const RatingRecord &r) {
        return (static_cast<quint64>(static_cast<quint32>(r.user)) << 32) |
               static_cast<quint32>(r.item);
    };
    QSet<quint64> train;
    for (int i = 0; i < trainCount; ++i)
        train.insert(key(data.ratings()[static_cast<size_t>(i)]));
    int overlapping = 0;
    int first = -1;
    for (int i = trainCount; i < data.ratingCount(); ++i) {
        if (!train.contains(key(data.ratings()[static_cast<size_t>(i)])))
            continue;
        if (first < 0)
            first = i;
        ++overlapping;
    }
    if (overlapping == 0)
        return {};
    const RatingRecord &r = data.ratings()[static_cast<size_t>(first)];
    return fail(QStringLiteral("user \"%1\" and item \"%2\" are also in the training file %3 "
                               "(%4 test pair(s) in all); a test pair must not be trained on")
                    .arg(data.userId(r.user), data.itemId(r.item), trainPath)
                    .arg(overlapping),
                at(testPath, testLines[static_cast<size_t>(first - trainCount)]));
}

} // namespace

Status DatasetLoader::readRatingsCsv(const QString &path, RatingsDataset &into)
{
    return readRatingsFile(path, into, nullptr);
}

Status DatasetLoader::readItemsCsv(const QString &path, RatingsDataset &into)
{
    auto records = catalog::Csv::readFile(path);
    if (!records)
        return records.error();
    if (records->empty())
        return fail(QStringLiteral("empty file; expected a header "
                                   "item,title[,categories][,brand][,description]"),
                    path);
    const catalog::CsvRecord &header = records->front();
    const int item = column(header.fields, {"item", "movieId", "itemId", "item_id"});
    const int title = column(header.fields, {"title", "name"});
    const int categories = column(header.fields, {"categories", "genres", "category"});
    const int brand = column(header.fields, {"brand"});
    const int description = column(header.fields, {"description"});
    if (item < 0 || title < 0)
        return fail(QStringLiteral("the header has no \"%1\" column; expected "
                                   "item,title[,categories][,brand][,description]")
                        .arg(item < 0 ? QStringLiteral("item") : QStringLiteral("title")),
                    at(path, header.line));
    ItemRows rows(path);
    for (size_t r = 1; r < records->size(); ++r) {
        const catalog::CsvRecord &rec = (*records)[r];
        if (Status s = sameFieldCount(header, rec, path); !s)
            return s;
        const QString id = rec.fields[item].trimmed();
        if (id.isEmpty())
            return fail(QStringLiteral("empty item id"), at(path, rec.line));
        if (Status s = rows.claim(id, rec.line); !s)
            return s;
        ItemInfo info;
        info.title = rec.fields[title];
        if (categories >= 0)
            info.categories = splitCategories(rec.fields[categories]);
        if (brand >= 0)
            info.brand = rec.fields[brand];
        if (description >= 0)
            info.description = rec.fields[description];
        into.setItemInfo(into.addItem(id), std::move(info));
    }
    return {};
}

Status DatasetLoader::readMovieLensTags(const QString &path, RatingsDataset &into)
{
    auto records = catalog::Csv::readFile(path);
    if (!records)
        return records.error();
    if (records->empty())
        return {};
    const catalog::CsvRecord &header = records->front();
    const int item = column(header.fields, {"movieId", "item"});
    const int tag = column(header.fields, {"tag"});
    if (item < 0 || tag < 0)
        return fail(QStringLiteral("expected a header userId,movieId,tag,timestamp"),
                    at(path, header.line));
    for (size_t r = 1; r < records->size(); ++r) {
        const catalog::CsvRecord &rec = (*records)[r];
        if (Status s = sameFieldCount(header, rec, path); !s)
            return s;
        const int index = into.itemIndex(rec.fields[item].trimmed());
        const ItemInfo *existing = into.itemInfo(index);
        if (!existing)
            continue; // a tag of a film without ratings or title adds nothing to evaluate
        ItemInfo info = *existing;
        info.description += (info.description.isEmpty() ? QString() : QStringLiteral(" ")) +
                            rec.fields[tag].trimmed();
        into.setItemInfo(index, std::move(info));
    }
    return {};
}

Result<RatingsDataset> DatasetLoader::loadMovieLens(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists())
        return fail(QStringLiteral("no such directory"), directory);
    RatingsDataset data;
    Status s;
    if (dir.exists(QStringLiteral("ratings.csv"))) {
        s = readRatingsCsv(dir.filePath(QStringLiteral("ratings.csv")), data);
        if (s && dir.exists(QStringLiteral("movies.csv")))
            s = readItemsCsv(dir.filePath(QStringLiteral("movies.csv")), data);
        if (s && dir.exists(QStringLiteral("tags.csv")))
            s = readMovieLensTags(dir.filePath(QStringLiteral("tags.csv")), data);
    } else if (dir.exists(QStringLiteral("ratings.dat"))) {
        s = readMovieLens1m(directory, data);
    } else if (dir.exists(QStringLiteral("u.data"))) {
        s = readMovieLens100k(directory, data);
    } else {
        return fail(QStringLiteral("not a MovieLens directory: expected u.data (100K), "
                                   "ratings.dat (1M) or ratings.csv (latest)"),
                    directory);
    }
    if (!s)
        return s.error();
    return data;
}

Result<RatingsDataset> DatasetLoader::load(const QString &spec)
{
    if (spec.startsWith(QLatin1String("movielens:")))
        return loadMovieLens(spec.mid(10));
    if (spec.startsWith(QLatin1String("csv:"))) {
        const QStringList files = spec.mid(4).split(QLatin1Char(','));
        if (files.size() > 2 || files.first().isEmpty())
            return fail(QStringLiteral("expected csv:RATINGS or csv:RATINGS,ITEMS"), spec);
        RatingsDataset data;
        if (Status s = readRatingsCsv(files.first(), data); !s)
            return s.error();
        if (files.size() == 2)
            if (Status s = readItemsCsv(files[1], data); !s)
                return s.error();
        return data;
    }
    return fail(QStringLiteral("unknown data source; use movielens:DIR, csv:RATINGS[,ITEMS] or "
                               "store"),
                spec);
}

Result<LoadedSplit> DatasetLoader::loadTrainTest(const QString &trainPath, const QString &testPath,
                                                 const QString &itemsPath)
{
    LoadedSplit out;
    if (Status s = readRatingsCsv(trainPath, out.data); !s)
        return s.error();
    const int trainCount = out.data.ratingCount();
    if (!testPath.isEmpty()) {
        std::vector<int> testLines;
        if (Status s = readRatingsFile(testPath, out.data, &testLines); !s)
            return s.error();
        if (Status s = requireDisjoint(out.data, trainCount, trainPath, testPath, testLines); !s)
            return s.error();
    }
    if (!itemsPath.isEmpty())
        if (Status s = readItemsCsv(itemsPath, out.data); !s)
            return s.error();
    for (int i = 0; i < out.data.ratingCount(); ++i)
        (i < trainCount ? out.split.train : out.split.test).push_back(i);
    return out;
}

Result<RatingsDataset> DatasetLoader::loadStore(auth::AuthService &auth,
                                                const auth::Session &session,
                                                const storage::Database &db)
{
    if (Status allowed = auth.requirePermission(session, auth::Permission::ViewStaffDashboard);
        !allowed)
        return allowed.error();
    return loadStore(db);
}

Result<RatingsDataset> DatasetLoader::loadStore(const storage::Database &db)
{
    auto products = storage::ProductRepository(db).all();
    if (!products)
        return products.error();
    auto ratings = storage::RatingRepository(db).all();
    if (!ratings)
        return ratings.error();
    auto events = storage::EventRepository(db).allProductEvents();
    if (!events)
        return events.error();

    RatingsDataset data;
    for (const catalog::Product &p : *products) {
        ItemInfo info;
        info.title = p.title;
        if (!p.categoryPath.isEmpty())
            info.categories << p.categoryPath;
        info.brand = p.brand;
        info.description = p.description;
        data.setItemInfo(data.addItem(QString::number(p.id)), std::move(info));
    }
    QHash<QPair<qint64, qint64>, size_t> pairs;
    for (const storage::Rating &r : *ratings) {
        RatingRecord rec;
        rec.user = data.addUser(QString::number(r.userId));
        rec.item = data.addItem(QString::number(r.productId));
        rec.rating = static_cast<float>(r.stars);
        rec.timestamp = r.updatedAt;
        pairs.insert({r.userId, r.productId}, static_cast<size_t>(data.ratingCount()));
        data.addRating(rec);
    }
    // Implicit records for purchases and add-to-carts of pairs without a rating: a purchase
    // becomes 5 and an add-to-cart 4 (so both are relevant at threshold 4), while views and
    // searches are dropped, being too weak a sign of taste to count as relevant. A purchase
    // outranks an add-to-cart, and the latest event time is kept. Documented in the README's
    // Command line section, where --data store is.
    std::vector<RatingRecord> implicit;
    QHash<QPair<qint64, qint64>, size_t> implicitIndex;
    for (const storage::Event &e : *events) {
        if (e.productId == 0 ||
            (e.type != storage::EventType::Purchase && e.type != storage::EventType::AddToCart))
            continue;
        const QPair<qint64, qint64> key{e.userId, e.productId};
        if (pairs.contains(key))
            continue;
        const float value = e.type == storage::EventType::Purchase ? 5.0f : 4.0f;
        auto it = implicitIndex.constFind(key);
        if (it == implicitIndex.constEnd()) {
            RatingRecord rec;
            rec.user = data.addUser(QString::number(e.userId));
            rec.item = data.addItem(QString::number(e.productId));
            rec.rating = value;
            rec.timestamp = e.occurredAt;
            rec.explicitRating = false;
            implicitIndex.insert(key, implicit.size());
            implicit.push_back(rec);
        } else {
            RatingRecord &rec = implicit[*it];
            rec.rating = std::max(rec.rating, value);
            rec.timestamp = std::max(rec.timestamp, e.occurredAt);
        }
    }
    for (const RatingRecord &rec : implicit)
        data.addRating(rec);
    return data;
}

} // namespace storefront::eval
