#pragma once

#include "catalog/imagerules.h"

#include <QCoreApplication>
#include <QImage>

namespace storefront::ui {

/// catalog::PictureDecoder with Qt's image plugins. Needs QtGui but no display, so the
/// command line uses it as well as the GUI (it lives in storefront_imaging, not in the
/// widgets library).
class QtPictureDecoder : public catalog::PictureDecoder
{
    Q_DECLARE_TR_FUNCTIONS(storefront::ui::QtPictureDecoder)
public:
    [[nodiscard]] Status check(const QString &path) const override;
    [[nodiscard]] Result<QStringList> writeScaledCopies(const QString &mediaDir,
                                                        const QString &mediaName) const override;

    /// Reads and decodes the picture at `path` (orientation applied) after every check of
    /// ImageRules: name, size, signature, the format the decoder sees, dimensions. With
    /// `bytes`, also hands back the file's content as decoded, so that storing it needs no
    /// second read.
    [[nodiscard]] static Result<QImage> decode(const QString &path, QByteArray *bytes = nullptr);
    /// Writes the missing scaled copies of `image`, stored in `mediaDir` as `mediaName`;
    /// returns the files created.
    [[nodiscard]] static Result<QStringList>
    writeScaledCopiesOf(const QImage &image, const QString &mediaDir, const QString &mediaName);
};

} // namespace storefront::ui
