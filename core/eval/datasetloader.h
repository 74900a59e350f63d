#pragma once

#include "common/result.h"
#include "eval/ratingsdataset.h"
#include "eval/splitter.h"

#include <QString>

namespace storefront::auth {
class AuthService;
class Session;
} // namespace storefront::auth

namespace storefront::storage {
class Database;
}

namespace storefront::eval {

/// A dataset with a split given by the files themselves (`--train FILE --test FILE`).
struct LoadedSplit
{
    RatingsDataset data;
    Split split;
};

/// Reads ratings datasets. Every malformed line stops the load with an Error whose `where` is
/// `file:line` and whose message says what is wrong; nothing is guessed or skipped silently.
/// A rating must be a finite number above 0 and at most 10 (MovieLens's 0.5-5 stars, 1-5
/// stars and 1-10 scores fit); a MovieLens line must have exactly its format's fields; an
/// item may have one row per items file; a ratings file must hold at least one rating.
///
/// Formats:
///  - MovieLens 100K: `u.data` (user TAB item TAB rating TAB timestamp), `u.item`
///    (id|title|release|video|url|19 genre flags, Latin-1; genre names from `u.genre` when
///    present).
///  - MovieLens 1M: `ratings.dat` (UserID::MovieID::Rating::Timestamp), `movies.dat`
///    (MovieID::Title::Genres, genres separated by `|`, Latin-1).
///  - MovieLens "latest": `ratings.csv` (userId,movieId,rating,timestamp), `movies.csv`
///    (movieId,title,genres) and, when present, `tags.csv` (userId,movieId,tag,timestamp):
///    every tag is appended to its film's description, so content features see it.
///  - Generic ratings CSV (RFC 4180, UTF-8) with a header `user,item,rating[,timestamp]`
///    (columns by name, any order; ids are strings; the MovieLens names userId/movieId are
///    accepted as aliases). A (user, item) pair may appear only once per file.
///  - Generic items CSV with a header `item,title[,categories][,brand][,description]`,
///    categories separated by `|` (MovieLens's movieId/genres accepted as aliases).
///  - The store's own database, see loadStore().
class DatasetLoader
{
public:
    /// `movielens:DIR` (100K, 1M or latest, detected by the files present), `csv:RATINGS` or
    /// `csv:RATINGS,ITEMS`.
    [[nodiscard]] static Result<RatingsDataset> load(const QString &spec);
    [[nodiscard]] static Result<RatingsDataset> loadMovieLens(const QString &directory);

    /// Adds the ratings of a generic ratings CSV (or a MovieLens ratings.csv) to `into`.
    [[nodiscard]] static Status readRatingsCsv(const QString &path, RatingsDataset &into);
    /// Adds the metadata of a generic items CSV (or a MovieLens movies.csv) to `into`.
    [[nodiscard]] static Status readItemsCsv(const QString &path, RatingsDataset &into);
    /// Appends the tags of a MovieLens tags.csv to the descriptions of films with metadata.
    [[nodiscard]] static Status readMovieLensTags(const QString &path, RatingsDataset &into);

    /// Train and test ratings files in one id space; the split is the files' own. A test
    /// pair (user, item) that the training file also holds is refused with the test file's
    /// line of the first one and how many there are.
    [[nodiscard]] static Result<LoadedSplit>
    loadTrainTest(const QString &trainPath, const QString &testPath, const QString &itemsPath = {});

    /// The store's own data, read on the calling thread's connection: every product (with its
    /// title, category path, brand and description) is an item, even when nobody rated it;
    /// every rating is an explicit record (1..5 stars). A purchase or add-to-cart of a pair
    /// the shopper did not rate becomes an implicit record with rating 5 (purchase) or 4
    /// (add to cart), so it is relevant at threshold 4 but never enters RMSE/MAE or mf's
    /// stars. Views and searches are not used. Users and items are named by their database ids.
    [[nodiscard]] static Result<RatingsDataset> loadStore(const storage::Database &db);
    /// loadStore() for someone in the program (the staff dashboard): every shopper's ratings
    /// and purchases, so refused unless `session` is valid and may view the staff dashboard
    /// (checked here, on the calling thread, at the time of the read).
    [[nodiscard]] static Result<RatingsDataset>
    loadStore(auth::AuthService &auth, const auth::Session &session, const storage::Database &db);
};

} // namespace storefront::eval
