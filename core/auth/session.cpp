#include "session.h"

namespace storefront::auth {

namespace {
constexpr int kTokenBytes = 32;
const auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

QString Session::tokenText() const
{
    return QString::fromLatin1(m_token.toBase64(kBase64));
}

std::optional<QByteArray> Session::tokenFromText(const QString &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        text.toLatin1(), kBase64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kTokenBytes)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace storefront::auth
