#pragma once

#include "catalog/catalogcsv.h"
#include "catalog/product.h"
#include "catalog/productvalidator.h"
#include "common/result.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace storefront::storage {
class Database;
}

namespace storefront::catalog {

class MediaLocator;
class PictureDecoder;

enum class CatalogFormat
{
    Csv,
    Json,
};

/// Progress and cancellation of a long import step (the shape of recsys::FitContext): a
/// big file's reading and checking, and its write.
struct ImportControl
{
    /// Called with a fraction in [0, 1] from the working thread.
    std::function<void(double)> progress;
    /// Polled before every row, from the working thread: it must be thread-safe and sticky
    /// (once true, stays true), e.g. a read of a std::atomic<bool>.
    std::function<bool()> cancelled;
    /// Decodes the pictures: the preview then refuses one that does not decode, and confirm
    /// writes the scaled copies the grid shows. Without one, pictures are checked by name,
    /// size and signature only, and shown from the original.
    std::shared_ptr<const PictureDecoder> pictures;

    [[nodiscard]] bool isCancelled() const { return cancelled && cancelled(); }
    void report(double fraction) const
    {
        if (progress)
            progress(fraction);
    }
};

/// One product of an import file as the preview shows it: what would be written and every
/// problem found with it (field and why). `line` is where the row (CSV) or the product's
/// object (JSON) starts, 1-based.
struct PreviewRow
{
    int line = 0;
    Product product;
    QString imageSource; ///< absolute path of the row's picture; empty when none
    std::vector<FieldProblem> problems;
    qint64 existingId = 0; ///< the product with this sku, when the row updates one
};

/// An import file read and checked, with nothing written.
struct ImportPreview
{
    QString path;
    CatalogFormat format = CatalogFormat::Csv;
    std::vector<Error> fileProblems; ///< problems with the file as a whole (header, syntax)
    std::vector<PreviewRow> rows;
    /// Reading stopped at the caller's request: `rows` is incomplete and cannot be confirmed.
    bool cancelled = false;

    [[nodiscard]] int rowProblemCount() const;
    [[nodiscard]] int newCount() const;
    /// Nothing is wrong: confirming will write every row.
    [[nodiscard]] bool canConfirm() const;
    /// Every problem as "file:line:field: why", file problems first.
    [[nodiscard]] std::vector<Error> allProblems() const;
};

/// Who writes an import, for the audit log.
struct ImportActor
{
    // Implicit: the signed-in curator's id is what nearly every caller has.
    ImportActor(qint64 id = 0) // NOLINT(google-explicit-constructor)
        : userId(id)
    {}
    qint64 userId = 0; ///< the signed-in curator; 0 for the command line
    /// The operating-system account that ran the command line (no one signs in there).
    QString osAccount;
};

struct ImportResult
{
    ImportSummary summary;
    QList<qint64> productIds; ///< every product written
};

/// Bulk import of a catalog file (CSV, see CatalogCsv, or JSON) in two steps: preview, which
/// reads and checks everything without writing, and confirm, which writes every row in one
/// transaction or nothing. JSON is `{"products": [{...}, ...]}` (or just the array) with the
/// CSV's column names as keys; price may be a number or a string, attributes an object.
///
/// Pictures are found relative to the file, else in a folder next to it named after the file
/// (`catalog.json` → `catalog/`) or `images/`; they are checked (format, size, signature,
/// and with ImportControl::pictures that they decode) and copied into the media folder on
/// confirm, with their scaled copies. A picture that would overwrite a different one there
/// is stored under a content-hash name instead.
class CatalogImport
{
public:
    /// By the file's suffix (.csv, .json).
    [[nodiscard]] static std::optional<CatalogFormat> formatFor(const QString &path);

    /// Reads and checks the file without a database (duplicate skus within the file too), in
    /// `format` or, by default, the format its suffix names. `control` reports progress per
    /// row and may stop the reading (ImportPreview::cancelled).
    [[nodiscard]] static ImportPreview read(const QString &path,
                                            std::optional<CatalogFormat> format = {},
                                            const ImportControl &control = {});
    /// read(), plus what needs the database: which skus exist, archived categories.
    [[nodiscard]] static ImportPreview preview(const storage::Database &db, const QString &path,
                                               std::optional<CatalogFormat> format = {},
                                               const ImportControl &control = {});

    /// Writes every row of a clean preview in one transaction (an existing sku is updated),
    /// with an audit entry per product (old and new values) and one for the import, by
    /// `actor`. Refuses a preview with any problem; on any
    /// failure nothing is written and no picture is left behind. Cancelled through `control`
    /// (checked before every picture and every row, and once more before the commit), the
    /// transaction is rolled back and cancelledError() returned.
    [[nodiscard]] static Result<ImportResult>
    confirm(const storage::Database &db, const ImportPreview &preview, const QString &mediaDir,
            const ImportActor &actor, qint64 now, const ImportControl &control = {});
    /// What a cancelled confirm() returns.
    [[nodiscard]] static Error cancelledError();

    /// Writes every product (active and archived) as CSV or JSON (by suffix). With `bundle`,
    /// each product's picture is copied next to the file under its relative path, so the
    /// export can be imported elsewhere as it is.
    static Status exportFile(const storage::Database &db, const QString &path,
                             const MediaLocator *bundle = nullptr);
};

} // namespace storefront::catalog
