#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace storefront::catalog {

/// What the store accepts as a product picture and where it keeps one. Decoding needs
/// QtGui, so the decoder (ui/ProductImageImporter) asks these rules before and after it
/// decodes; core checks everything it can without pixels.
class ImageRules
{
public:
    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;
    static constexpr int kMinSide = 16;
    static constexpr int kMaxSide = 8000;

    /// Lower-case file suffixes of the accepted formats.
    [[nodiscard]] static const QStringList &allowedSuffixes();
    /// Long sides (device pixels) of the scaled copies, ascending: the grid's tile, the page.
    [[nodiscard]] static const std::vector<int> &thumbnailSides();

    /// The name's suffix is an accepted format.
    [[nodiscard]] static Status checkName(const QString &fileName);
    /// The file exists, is not empty, is at most kMaxBytes, has an accepted suffix and starts
    /// with that format's signature. `where` names the file.
    [[nodiscard]] static Status checkFile(const QString &path);
    /// Decoded dimensions within [kMinSide, kMaxSide].
    [[nodiscard]] static Status checkDimensions(int width, int height);

    /// The media-relative name of an original: "products/<first 16 hex of SHA-256>.<suffix>",
    /// so the same picture is stored once and a new picture never overwrites another.
    [[nodiscard]] static QString mediaNameFor(const QByteArray &content, const QString &suffix);
    /// The media-relative name of a scaled copy: "thumbs/<side>/<original's path>.png".
    [[nodiscard]] static QString thumbnailNameFor(const QString &mediaName, int side);
};

/// Decodes product pictures. Decoding needs QtGui, which core does not link, so a program
/// that can decode (the GUI, the command line) hands one to the import; core checks what it
/// can without pixels (ImageRules::checkFile) and asks the decoder for the rest. Called
/// from worker threads: an implementation must be thread-safe.
class PictureDecoder
{
public:
    virtual ~PictureDecoder() = default;
    /// The picture at `path` decodes and its dimensions pass ImageRules::checkDimensions;
    /// otherwise why not (the error's `where` names the file).
    [[nodiscard]] virtual Status check(const QString &path) const = 0;
    /// Writes the missing scaled copies (ImageRules::thumbnailNameFor, every
    /// ImageRules::thumbnailSides()) of the stored original `mediaName` in `mediaDir`, and
    /// returns the files it created, so that a failed import can remove them again.
    [[nodiscard]] virtual Result<QStringList> writeScaledCopies(const QString &mediaDir,
                                                                const QString &mediaName) const = 0;
};

} // namespace storefront::catalog
